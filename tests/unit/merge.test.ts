import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeLessons } from '../../src/lib/merge';
import type {
  LessonRecord,
  Lessons,
  PracticeRun,
  QuizAttempt,
  ReviewPutOff,
  ReviewRun,
} from '../../src/schemas/progress';

const time = fc
  .date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
// A small id pool so both sides often share attempts, as after an earlier export and import.
const arbAttempt: fc.Arbitrary<QuizAttempt> = fc.record({
  id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6'),
  at: time,
  correct: fc.nat(10),
  total: fc.constant(10),
  score: fc.integer({ min: 0, max: 100 }),
  answers: fc.constant({ q: ['a'] }),
  passed: fc.boolean(),
});
const arbRun: fc.Arbitrary<PracticeRun> = fc.record({
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4'),
  at: time,
  simulation: fc.constant('register'),
  variant: fc.constantFrom(null, 'honest', 'swapped'),
  end: fc.constantFrom('safe-end', 'fell-for-it'),
  traps: fc.constantFrom([], ['otp-to-caller'], ['otp-to-caller', 'card-photo']),
  wrong: fc.nat(5),
});
const arbReview: fc.Arbitrary<ReviewRun> = fc.record({
  id: fc.constantFrom('v1', 'v2', 'v3'),
  at: time,
  round: fc.constantFrom(0 as const, 1 as const, 2 as const),
  questions: fc.constantFrom(['q1', 'q2', 'q3'], ['q4', 'q5', 'q6']),
  correct: fc.nat(3),
});
const arbPutOff: fc.Arbitrary<ReviewPutOff> = fc.record({
  round: fc.constantFrom(1 as const, 2 as const),
  until: fc.option(time, { nil: null }),
});
const arbRecord: fc.Arbitrary<LessonRecord> = fc
  .record(
    {
      firstVisited: time,
      stepsChecked: fc.uniqueArray(fc.constantFrom('s1', 's2', 's3')),
      attempts: fc.uniqueArray(arbAttempt, { selector: (a) => a.id, maxLength: 4 }),
      bestScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      completed: fc.option(time, { nil: null }),
      practice: fc.uniqueArray(arbRun, { selector: (r) => r.id, maxLength: 3 }),
      // Absent on most records, as stored: only a lesson whose review came due has them.
      reviews: fc.uniqueArray(arbReview, { selector: (r) => r.id, maxLength: 3 }),
      reviewPutOff: fc.uniqueArray(arbPutOff, { selector: (p) => p.round, maxLength: 2 }),
    },
    { requiredKeys: ['firstVisited', 'stepsChecked', 'attempts', 'bestScore', 'completed', 'practice'] },
  )
  .map((r) => ({ ...r, stepsChecked: [...r.stepsChecked].sort() }));
const arbLessons: fc.Arbitrary<Lessons> = fc.dictionary(
  fc.constantFrom('install-vneid', 'pay-by-qr', 'sell-online'),
  arbRecord,
);

/** What a merge must keep: ignoring order and which copy of a shared attempt is kept. */
const normal = (lessons: Lessons) => mergeLessons(lessons, {});

describe('mergeLessons', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(arbLessons, arbLessons, (a, b) => {
        expect(mergeLessons(a, b)).toEqual(mergeLessons(b, a));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(arbLessons, arbLessons, arbLessons, (a, b, c) => {
        expect(mergeLessons(mergeLessons(a, b), c)).toEqual(mergeLessons(a, mergeLessons(b, c)));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbLessons, (a) => {
        const once = mergeLessons(a, a);
        expect(once).toEqual(normal(a));
        expect(mergeLessons(once, once)).toEqual(once);
      }),
    );
  });

  it('never drops an attempt, a lesson or a ticked step', () => {
    fc.assert(
      fc.property(arbLessons, arbLessons, (a, b) => {
        const merged = mergeLessons(a, b);
        for (const side of [a, b]) {
          for (const [slug, record] of Object.entries(side)) {
            const ids = merged[slug]!.attempts.map((x) => x.id);
            for (const x of record.attempts) expect(ids).toContain(x.id);
            for (const step of record.stepsChecked) expect(merged[slug]!.stepsChecked).toContain(step);
          }
        }
      }),
    );
  });

  it('never drops a review, and never shortens a put-off review', () => {
    fc.assert(
      fc.property(arbLessons, arbLessons, (a, b) => {
        const merged = mergeLessons(a, b);
        for (const side of [a, b])
          for (const [slug, record] of Object.entries(side)) {
            const m = merged[slug]!;
            for (const review of record.reviews ?? [])
              expect(m.reviews?.map((r) => r.id)).toContain(review.id);
            for (const putOff of record.reviewPutOff ?? []) {
              const kept = m.reviewPutOff?.find((p) => p.round === putOff.round);
              expect(kept).toBeDefined();
              // Dismissed (null) stays dismissed; a snooze ends no earlier than either side's.
              if (putOff.until === null) expect(kept!.until).toBeNull();
              else if (kept!.until !== null) expect(kept!.until >= putOff.until).toBe(true);
            }
          }
      }),
    );
  });

  it('never lowers a best score, and keeps the earliest first visit and completion', () => {
    fc.assert(
      fc.property(arbLessons, arbLessons, (a, b) => {
        const merged = mergeLessons(a, b);
        for (const side of [a, b]) {
          for (const [slug, record] of Object.entries(side)) {
            const m = merged[slug]!;
            if (record.bestScore !== null) expect(m.bestScore!).toBeGreaterThanOrEqual(record.bestScore);
            expect(m.firstVisited <= record.firstVisited).toBe(true);
            if (record.completed) expect(m.completed !== null && m.completed <= record.completed).toBe(true);
          }
        }
      }),
    );
  });

  it('merges a worked example as a person would expect', () => {
    const a: Lessons = {
      x: {
        firstVisited: '2026-11-02T00:00:00.000Z',
        stepsChecked: ['s1'],
        attempts: [
          {
            id: 'a1',
            at: '2026-11-02T01:00:00.000Z',
            correct: 1,
            total: 2,
            score: 50,
            answers: {},
            passed: false,
          },
        ],
        bestScore: 50,
        completed: null,
        practice: [],
      },
    };
    const b: Lessons = {
      x: {
        firstVisited: '2026-11-01T00:00:00.000Z',
        stepsChecked: ['s2'],
        attempts: [
          {
            id: 'b1',
            at: '2026-11-03T01:00:00.000Z',
            correct: 2,
            total: 2,
            score: 100,
            answers: {},
            passed: true,
          },
        ],
        bestScore: 100,
        completed: '2026-11-03T01:00:00.000Z',
        practice: [],
      },
      y: {
        firstVisited: '2026-11-04T00:00:00.000Z',
        stepsChecked: [],
        attempts: [],
        bestScore: null,
        completed: null,
        practice: [],
      },
    };
    const merged = mergeLessons(a, b);
    expect(merged.x).toEqual({
      firstVisited: '2026-11-01T00:00:00.000Z',
      stepsChecked: ['s1', 's2'],
      attempts: [a.x!.attempts[0], b.x!.attempts[0]],
      bestScore: 100,
      completed: '2026-11-03T01:00:00.000Z',
      practice: [],
    });
    expect(merged.y).toEqual(b.y);
  });
});
