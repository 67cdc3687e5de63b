import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { mergeLessons } from '../../src/lib/merge';
import { emptyStore, updateCurrentLessons } from '../../src/lib/current-learner';
import { byTime, capAttempts, capStepsChecked } from '../../src/lib/progress-limits';
import { decodeStored } from '../../src/lib/progress-migrations';
import { IMPORT_MAX_BYTES, readProgressFile } from '../../src/lib/progress-file';
import { recordAttempt, recordVisit, setStepChecked } from '../../src/lib/progress';
import { recordPracticeRun } from '../../src/lib/practice';
import { makeExportFile } from '../../src/lib/export-file';
import { previewImport } from '../../src/lib/transfer';
import {
  ATTEMPTS_PER_LESSON_MAX,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  STEPS_CHECKED_MAX,
  profileNameSchema,
  storedProgressSchema,
  type LessonRecord,
  type Lessons,
  type ProgressV1,
  type QuizAttempt,
  type StoredProgress,
} from '../../src/schemas/progress';

/**
 * Every pure function that writes progress keeps it within the stored format's limits, so what it
 * writes always loads again. Run counts are small because records at the limits hold a thousand
 * attempts; this file runs on every `npm test`.
 */
const now = new Date('2026-11-29T10:00:00.000Z');
/** No shrinking: a thousand-attempt input takes minutes to shrink; the first failing one is reported. */
const runs = (numRuns: number) => ({ numRuns, endOnFailure: true });
const T0 = Date.parse('2025-01-01T00:00:00.000Z');
const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const arbSeconds = fc.integer({ min: 0, max: 2 * 365 * 24 * 3600 });
const arbTime = arbSeconds.map(iso);
const arbSlug = fc.constantFrom('install-vneid', 'pay-by-qr', 'sell-online', 'scam-calls');
const arbStep = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

const arbAnswers = fc.dictionary(
  fc.stringMatching(/^[a-z]{1,6}(-[a-z0-9]{1,4})?$/),
  fc.array(fc.string({ maxLength: 100 }), { maxLength: 5 }),
  { maxKeys: 4 },
);
/** A few attempts with every field varied. */
const arbAttempt: fc.Arbitrary<QuizAttempt> = fc.record({
  id: fc.uuid(),
  at: arbTime,
  correct: fc.nat(10),
  total: fc.constant(10),
  score: fc.integer({ min: 0, max: 100 }),
  answers: arbAnswers,
  passed: fc.boolean(),
});

/** Many attempts cheaply: ids `<prefix><n>`, random times, scores and passes. */
const arbManyAttempts = (prefix: string, minLength: number, maxLength: number) =>
  fc
    .array(fc.tuple(arbSeconds, fc.integer({ min: 0, max: 100 }), fc.boolean()), {
      minLength,
      maxLength,
      size: 'max',
    })
    .map((rows) =>
      rows.map(([seconds, score, passed], n): QuizAttempt => ({
        id: `${prefix}${n}`,
        at: iso(seconds),
        correct: Math.round(score / 10),
        total: 10,
        score,
        answers: { q1: ['b'], order: ['s2', 's1', 's3'] },
        passed,
      })),
    );

/** A record as the app keeps it: best score and completion agree with the attempts, or earlier ones. */
function recordOf(attempts: QuizAttempt[], steps: string[] = [], firstVisited = iso(0)): LessonRecord {
  const passes = attempts.filter((a) => a.passed).map((a) => a.at);
  return {
    firstVisited,
    stepsChecked: [...new Set(steps)].sort(),
    attempts,
    bestScore: attempts.length ? Math.max(...attempts.map((a) => a.score)) : null,
    completed: passes.length ? passes.reduce((a, b) => (a < b ? a : b)) : null,
    practice: [],
  };
}

/** Reviews done and put off (issue #21): absent from most records, as stored. */
const arbReviews = fc.record({
  reviews: fc.array(
    fc.record({
      id: fc.uuid(),
      at: arbTime,
      round: fc.constantFrom(0 as const, 1 as const, 2 as const),
      questions: fc.array(arbStep, { minLength: 1, maxLength: 3 }),
      correct: fc.nat(3),
    }),
    { maxLength: 3 },
  ),
  reviewPutOff: fc.uniqueArray(
    fc.record({ round: fc.constantFrom(1 as const, 2 as const), until: fc.option(arbTime, { nil: null }) }),
    { selector: (p) => p.round, maxLength: 2 },
  ),
});
const arbSmallRecord = fc
  .tuple(
    fc.array(arbAttempt, { maxLength: 5 }),
    fc.array(arbStep, { maxLength: 6 }),
    arbTime,
    fc.option(arbReviews, { nil: undefined }),
  )
  .map(([attempts, steps, first, reviews]) => ({ ...recordOf(attempts, steps, first), ...reviews }));
const arbBigRecord = (prefix: string, min: number, max: number) =>
  arbManyAttempts(prefix, min, max).map((attempts) => recordOf(attempts));
/** Valid progress: mostly small, now and then a lesson at the attempt limit. */
const arbLessons: fc.Arbitrary<Lessons> = fc.dictionary(
  arbSlug,
  fc.oneof({ weight: 5, arbitrary: arbSmallRecord }, { weight: 1, arbitrary: arbBigRecord('x', 990, 1000) }),
  { maxKeys: 3 },
);

const LEARNER = '3fa85f64c2b1';
const storeWith = (lessons: Lessons): StoredProgress =>
  updateCurrentLessons(emptyStore(now, LEARNER), () => lessons);

/** What the next page load does with the state: it must read it back unchanged. */
function expectLoads(lessons: Lessons): void {
  const store = storeWith(lessons);
  const parsed = v.safeParse(storedProgressSchema, store);
  expect(
    parsed.success,
    parsed.issues?.map((i) => `${String(v.getDotPath(i))}: ${i.message}`).join('\n'),
  ).toBe(true);
}

const earliestPass = (attempts: QuizAttempt[], before: string | null) =>
  attempts
    .filter((a) => a.passed)
    .reduce<string | null>((e, a) => (e === null || a.at < e ? a.at : e), before);

describe('the capping rules', () => {
  it('keep the earliest attempt and the latest ones, in time order (property)', () => {
    fc.assert(
      fc.property(arbManyAttempts('a', 0, 1200), (attempts) => {
        const kept = capAttempts(attempts);
        const sorted = [...attempts].sort(byTime);
        expect(kept.length).toBe(Math.min(attempts.length, ATTEMPTS_PER_LESSON_MAX));
        expect(kept).toEqual([...kept].sort(byTime));
        if (attempts.length === 0) return;
        expect(kept[0]).toBe(sorted[0]);
        const latest = sorted.slice(-(ATTEMPTS_PER_LESSON_MAX - 1));
        expect(kept.slice(-latest.length)).toEqual(latest);
      }),
      runs(20),
    );
  });

  it('keep ticked steps unique, sorted and within the limit, a just-ticked step always (property)', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 150, size: 'max' }), arbStep, (steps, ticked) => {
        const kept = capStepsChecked(steps);
        expect(kept).toEqual([...new Set(steps)].sort().slice(0, STEPS_CHECKED_MAX));
        const withTick = capStepsChecked(steps, ticked);
        expect(withTick).toContain(ticked);
        expect(withTick).toEqual([...new Set(withTick)].sort());
        expect(withTick.length).toBeLessThanOrEqual(STEPS_CHECKED_MAX);
      }),
      runs(50),
    );
  });
});

describe('every write can be loaded again', () => {
  it('recordAttempt, from any record up to past the limit (property)', () => {
    fc.assert(
      fc.property(
        arbBigRecord('old', 995, 1200),
        fc.oneof(arbManyAttempts('new', 1, 8), fc.array(arbAttempt, { minLength: 1, maxLength: 4 })),
        (start, added) => {
          let lessons: Lessons = { 'install-vneid': start };
          for (const attempt of added) {
            const before = lessons['install-vneid']!;
            lessons = recordAttempt(lessons, 'install-vneid', attempt);
            expectLoads(lessons);
            const after = lessons['install-vneid']!;
            // Best score and completion count every attempt ever made, kept or not.
            expect(after.bestScore).toBe(Math.max(before.bestScore ?? 0, attempt.score));
            expect(after.completed).toBe(earliestPass([attempt], before.completed));
            expect(after.attempts[0]).toEqual([...before.attempts, attempt].sort(byTime)[0]);
            expect(after.attempts.at(-1)).toEqual([...before.attempts, attempt].sort(byTime).at(-1));
          }
        },
      ),
      runs(10),
    );
  });

  it('setStepChecked, from any checklist up to past the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbStep, { maxLength: 130, size: 'max' }),
        fc.array(fc.tuple(arbStep, fc.boolean()), { minLength: 1, maxLength: 10 }),
        (steps, changes) => {
          let lessons: Lessons = { l: recordOf([], steps) };
          for (const [step, checked] of changes) {
            lessons = setStepChecked(lessons, 'l', step, checked, now);
            expectLoads(lessons);
            expect(lessons.l!.stepsChecked.includes(step)).toBe(checked);
          }
        },
      ),
      runs(40),
    );
  });

  it('recordPracticeRun, up to past the limit: the first run and the latest stay (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 190, max: 215 }),
        fc.array(fc.constantFrom([], ['otp-to-caller'], ['believed-fake-police', 'moved-money'])),
        (count, trapsSeen) => {
          let lessons: Lessons = {};
          for (let i = 0; i < count; i++) {
            const traps = trapsSeen.length ? trapsSeen[i % trapsSeen.length]! : [];
            lessons = recordPracticeRun(lessons, 'recognise-scams', {
              id: `run-${i}`,
              at: new Date(Date.parse(now.toISOString()) + i * 60_000).toISOString(),
              simulation: 'police-call',
              variant: null,
              end: traps.length ? 'moved-money-end' : 'hung-up',
              traps: [...traps],
              wrong: traps.length,
            });
          }
          expectLoads(lessons);
          const kept = lessons['recognise-scams']!.practice;
          expect(kept[0]!.id).toBe('run-0');
          expect(kept.at(-1)!.id).toBe(`run-${count - 1}`);
        },
      ),
      runs(5),
    );
  });

  it('recordVisit (property)', () => {
    fc.assert(
      fc.property(arbLessons, arbSlug, arbTime, (lessons, slug, at) => {
        expectLoads(recordVisit(lessons, slug, new Date(at)));
      }),
      runs(30),
    );
  });

  it('mergeLessons, also of two records up to past the limit (property)', () => {
    const arbSide = fc.oneof(
      arbLessons,
      fc.dictionary(fc.constantFrom('install-vneid', 'pay-by-qr'), arbBigRecord('b', 500, 1200), {
        maxKeys: 2,
      }),
    );
    fc.assert(
      fc.property(arbSide, arbSide, (a, b) => {
        const merged = mergeLessons(a, b);
        expectLoads(merged);
        for (const [slug, record] of Object.entries(merged)) {
          const sides = [a[slug], b[slug]].filter((r): r is LessonRecord => r !== undefined);
          const all = sides.flatMap((r) => r.attempts);
          const bests = sides.flatMap((r) => (r.bestScore === null ? [] : [r.bestScore]));
          expect(record.bestScore).toBe(bests.length ? Math.max(...bests, ...all.map((x) => x.score)) : null);
          expect(record.completed).toBe(
            sides.reduce<string | null>(
              (e, r) => (r.completed !== null && (e === null || r.completed < e) ? r.completed : e),
              null,
            ),
          );
        }
      }),
      runs(15),
    );
  });

  it('mergeLessons keeps its laws at the limits (property)', () => {
    // Both sides draw from one pool, as after an earlier export and import.
    const arbSides = fc
      .tuple(
        arbManyAttempts('p', 900, 1600),
        fc.array(arbStep, { minLength: 80, maxLength: 160, size: 'max' }),
      )
      .chain(([attempts, steps]) => {
        const side = fc
          .tuple(fc.subarray(attempts), fc.subarray(steps))
          .map(([own, ticked]) => ({ l: recordOf(own, ticked) }));
        return fc.tuple(side, side, side);
      });
    fc.assert(
      fc.property(arbSides, ([a, b, c]) => {
        expect(mergeLessons(a, b)).toEqual(mergeLessons(b, a));
        const left = mergeLessons(mergeLessons(a, b), c);
        expect(left).toEqual(mergeLessons(a, mergeLessons(b, c)));
        expect(mergeLessons(left, left)).toEqual(left);
        expectLoads(left);
        const all = [a, b, c].flatMap((side) => side.l.attempts);
        if (all.length) expect(left.l!.attempts[0]).toEqual([...all].sort(byTime)[0]);
      }),
      runs(8),
    );
  });

  it('the import preview counts new attempts by id, even when a full record drops old ones', () => {
    const current = { l: recordOf(Array.from({ length: 1000 }, (_, n) => attemptAt('c', n, n * 60))) };
    const incoming = { l: recordOf([attemptAt('i', 0, 2_000_000), attemptAt('i', 1, 2_000_060)]) };
    const preview = previewImport(current, incoming, ['l']);
    expect(preview.changed).toEqual([
      { slug: 'l', newAttempts: 2, bestBefore: 50, bestAfter: 50, completes: false },
    ]);
  });
});

function attemptAt(prefix: string, n: number, seconds: number): QuizAttempt {
  return {
    id: `${prefix}${n}`,
    at: iso(seconds),
    correct: 5,
    total: 10,
    score: 50,
    answers: {},
    passed: false,
  };
}

describe('every older version loads as the current one', () => {
  const arbV1Lessons = fc.dictionary(
    arbSlug,
    fc
      .oneof({ weight: 4, arbitrary: arbSmallRecord }, { weight: 1, arbitrary: arbBigRecord('v', 990, 1000) })
      .map(({ stepsChecked: _, ...record }) => record),
    { maxKeys: 3 },
  );

  it('a stored or exported version 1 record (property)', () => {
    fc.assert(
      fc.property(arbV1Lessons, (lessons) => {
        const v1: ProgressV1 = { format: PROGRESS_FORMAT, version: 1, lessons };
        const state = decodeStored(JSON.stringify(v1), now)!;
        expect(v.is(storedProgressSchema, state)).toBe(true);
        const migrated = state.profiles[state.current]!.lessons;
        for (const [slug, record] of Object.entries(lessons)) {
          expect(migrated[slug]).toEqual({ ...record, stepsChecked: [] });
        }
        const text = JSON.stringify(v1);
        const file = readProgressFile(text, Buffer.byteLength(text), now);
        expect(file.ok && file.file.lessons).toEqual(migrated);
      }),
      runs(15),
    );
  });

  it('a stored version 2 record: every profile and record kept, each profile its own learner id (property)', () => {
    fc.assert(
      fc.property(fc.array(arbLessons, { minLength: 1, maxLength: 4 }), (lessonsPerProfile) => {
        const profiles = Object.fromEntries(
          lessonsPerProfile.map((lessons, i) => [
            i === 0 ? 'main' : `p${i}`,
            { name: i === 0 ? '' : `Người ${i}`, created: iso(i), lessons },
          ]),
        );
        const v2 = { format: PROGRESS_FORMAT, version: 2, current: 'main', profiles };
        let made = 0;
        const state = decodeStored(JSON.stringify(v2), now, () => String(++made).padStart(12, '0'))!;
        expect(v.is(storedProgressSchema, state)).toBe(true);
        for (const [id, profile] of Object.entries(profiles)) {
          const { learnerId: _made, ...kept } = state.profiles[id]!;
          expect(kept).toEqual(profile);
        }
        const ids = Object.values(state.profiles).map((profile) => profile.learnerId);
        expect(new Set(ids).size).toBe(lessonsPerProfile.length);
      }),
      runs(15),
    );
  });

  it('a record over the limits, written before they were enforced, is capped, not set aside (property)', () => {
    fc.assert(
      fc.property(
        arbManyAttempts('o', 1001, 1300),
        fc.array(arbStep, { minLength: 101, maxLength: 140, size: 'max' }),
        fc.constantFrom(1, 2),
        (attempts, steps, version) => {
          const record = { ...recordOf(attempts), stepsChecked: steps };
          const written =
            version === 1
              ? { format: PROGRESS_FORMAT, version, lessons: { l: { ...record, stepsChecked: undefined } } }
              : storeWith({ l: record });
          const state = decodeStored(JSON.stringify(written), now);
          expect(state).toBeDefined();
          expect(v.is(storedProgressSchema, state)).toBe(true);
          const loaded = state!.profiles[state!.current]!.lessons.l!;
          expect(loaded.attempts).toEqual(capAttempts(attempts));
          expect(loaded.bestScore).toBe(record.bestScore);
          expect(loaded.completed).toBe(record.completed);
          if (version === 2) expect(loaded.stepsChecked).toEqual(capStepsChecked(steps));
          const file = makeExportFile({ name: 'Lan', learnerId: LEARNER, lessons: { l: record } }, now);
          const text = JSON.stringify(file);
          const reading = readProgressFile(text, Buffer.byteLength(text), now);
          expect(reading.ok && reading.file.lessons.l!.attempts).toEqual(capAttempts(attempts));
        },
      ),
      runs(4),
    );
  });

  it('other mistakes in an over-limit record are still refused', () => {
    const attempts = Array.from({ length: 1001 }, (_, n) => attemptAt('o', n, n));
    const bad = storeWith({ l: { ...recordOf(attempts), bestScore: 101 } });
    expect(decodeStored(JSON.stringify(bad), now)).toBeUndefined();
    const badAttempt = storeWith({ l: recordOf([...attempts.slice(1), { ...attempts[0]!, score: -1 }]) });
    expect(decodeStored(JSON.stringify(badAttempt), now)).toBeUndefined();
  });
});

describe('export then import', () => {
  const arbName = fc
    .oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', 'Nguyễn Thị Lan', '  Bà Tư  ', 'Đào'))
    .filter((name) => v.is(profileNameSchema, name));

  it('gives back the same lessons and name, for any progress (property)', () => {
    fc.assert(
      fc.property(arbName, arbLessons, (name, lessons) => {
        const file = makeExportFile({ name, learnerId: LEARNER, lessons }, now);
        // As downloadExport writes it.
        const text = JSON.stringify(file, null, 2);
        // Big records included: a lesson at the attempt limit writes about half a megabyte.
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(IMPORT_MAX_BYTES);
        const reading = readProgressFile(text, Buffer.byteLength(text), now);
        expect(reading).toEqual({ ok: true, file, fromVersion: PROGRESS_VERSION });
        if (!reading.ok) return;
        expect(reading.file.lessons).toEqual(lessons);
        expect(reading.file.profile).toBe(name.trim() || null);
      }),
      runs(30),
    );
  });
});

describe('the reproduced case (issue #15)', () => {
  it('1,001 attempts recorded one by one still load', () => {
    let state = emptyStore(now, LEARNER);
    for (let n = 0; n < 1001; n++) {
      state = updateCurrentLessons(state, (lessons) =>
        recordAttempt(lessons, 'install-vneid', {
          ...attemptAt('a', n, n * 60),
          score: n === 1 ? 100 : n % 100,
          passed: n === 1,
        }),
      );
    }
    const loaded = decodeStored(JSON.stringify(state), now);
    expect(loaded).toEqual(state);
    const record = loaded!.profiles[loaded!.current]!.lessons['install-vneid']!;
    expect(record.attempts.length).toBe(ATTEMPTS_PER_LESSON_MAX);
    expect(record.attempts[0]!.id).toBe('a0');
    expect(record.attempts[1]!.id).toBe('a2');
    expect(record.attempts.at(-1)!.id).toBe('a1000');
    // Attempt a1, the only one dropped, was the best and the only pass: both outlive it.
    expect(record.bestScore).toBe(100);
    expect(record.completed).toBe(iso(60));
  });

  it('two 600-attempt records merged still load', () => {
    const side = (prefix: string, offset: number) =>
      recordOf(Array.from({ length: 600 }, (_, n) => attemptAt(prefix, n, offset + n * 120)));
    const state = storeWith(mergeLessons({ l: side('a', 0) }, { l: side('b', 60) }));
    const loaded = decodeStored(JSON.stringify(state), now);
    expect(loaded).toEqual(state);
    const attempts = loaded!.profiles[loaded!.current]!.lessons.l!.attempts;
    expect(attempts.length).toBe(ATTEMPTS_PER_LESSON_MAX);
    expect(attempts[0]!.id).toBe('a0');
    expect(attempts.at(-1)!.id).toBe('b599');
  });
});
