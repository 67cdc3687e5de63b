import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recordAttempt, recordVisit, setStepChecked } from '../../src/lib/progress';
import { recordPracticeRun } from '../../src/lib/practice';
import {
  continueLesson,
  countCompleted,
  countPractice,
  lessonStatus,
  pickUpPoint,
} from '../../src/lib/progress-status';
import * as v from 'valibot';
import {
  PRACTICE_RUNS_MAX,
  lessonsSchema,
  type Lessons,
  type PracticeRun,
  type QuizAttempt,
} from '../../src/schemas/progress';

const t0 = '2026-11-01T08:00:00.000Z';
const t1 = '2026-11-02T08:00:00.000Z';
const t2 = '2026-11-03T08:00:00.000Z';

export function attempt(overrides: Partial<QuizAttempt> = {}): QuizAttempt {
  return {
    id: 'a1',
    at: t1,
    correct: 5,
    total: 6,
    score: 83,
    answers: { q1: ['b'] },
    passed: true,
    ...overrides,
  };
}

describe('recordVisit', () => {
  it('creates a lesson record on the first visit', () => {
    const lessons = recordVisit({}, 'install-vneid', new Date(t0));
    expect(lessons['install-vneid']).toEqual({
      firstVisited: t0,
      stepsChecked: [],
      attempts: [],
      bestScore: null,
      completed: null,
      practice: [],
    });
    expect(lessonStatus(lessons['install-vneid'])).toBe('in-progress');
  });

  it('keeps the first visit time on later visits and does not mutate its input', () => {
    const first = recordVisit({}, 'x', new Date(t0));
    const frozen = structuredClone(first);
    const second = recordVisit(first, 'x', new Date(t2));
    expect(second.x!.firstVisited).toBe(t0);
    expect(first).toEqual(frozen);
  });
});

describe('recordAttempt', () => {
  const cases: Array<{ name: string; attempts: QuizAttempt[]; best: number; completed: string | null }> = [
    {
      name: 'a failed attempt',
      attempts: [attempt({ score: 50, passed: false })],
      best: 50,
      completed: null,
    },
    { name: 'a passing attempt', attempts: [attempt()], best: 83, completed: t1 },
    {
      name: 'a failed retake after passing keeps completion and best score',
      attempts: [attempt(), attempt({ id: 'a2', at: t2, score: 33, passed: false })],
      best: 83,
      completed: t1,
    },
    {
      name: 'a better later pass raises the best score but keeps the first completion',
      attempts: [attempt(), attempt({ id: 'a2', at: t2, score: 100, passed: true })],
      best: 100,
      completed: t1,
    },
    {
      name: 'the same attempt recorded twice counts once',
      attempts: [attempt(), attempt()],
      best: 83,
      completed: t1,
    },
  ];
  it.each(cases)('$name', ({ attempts, best, completed }) => {
    const lessons = attempts.reduce<Lessons>((state, a) => recordAttempt(state, 'l', a), {});
    const lesson = lessons.l!;
    expect(lesson.bestScore).toBe(best);
    expect(lesson.completed).toBe(completed);
    expect(lesson.attempts.length).toBe(new Set(attempts.map((a) => a.id)).size);
    expect(lessonStatus(lesson)).toBe(completed ? 'completed' : 'in-progress');
  });

  it('creates the lesson record when the quiz is the first thing recorded', () => {
    expect(recordAttempt({}, 'l', attempt()).l!.firstVisited).toBe(t1);
  });

  it('never lowers the best score or loses completion, whatever the attempts (property)', () => {
    const arbAttempt = fc.record({
      id: fc.uuid(),
      at: fc
        .date({ min: new Date('2025-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      correct: fc.nat(10),
      total: fc.constant(10),
      score: fc.integer({ min: 0, max: 100 }),
      answers: fc.constant({}),
      passed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbAttempt, { maxLength: 20 }), (attempts) => {
        let lessons = recordVisit({}, 'l', new Date(t0));
        let best = -1;
        for (const a of attempts) {
          const wasCompleted = lessons.l!.completed !== null;
          lessons = recordAttempt(lessons, 'l', a);
          expect(lessons.l!.bestScore ?? -1).toBeGreaterThanOrEqual(best);
          best = lessons.l!.bestScore ?? -1;
          if (wasCompleted) expect(lessons.l!.completed).not.toBeNull();
        }
        expect(lessons.l!.bestScore).toBe(attempts.length ? Math.max(...attempts.map((a) => a.score)) : null);
        const passes = attempts
          .filter((a) => a.passed)
          .map((a) => a.at)
          .sort();
        expect(lessons.l!.completed).toBe(passes[0] ?? null);
      }),
    );
  });
});

describe('setStepChecked', () => {
  it('ticks and unticks steps, keeping them sorted and unique', () => {
    let lessons = setStepChecked({}, 'l', 'scan', true, new Date(t0));
    lessons = setStepChecked(lessons, 'l', 'install', true, new Date(t1));
    lessons = setStepChecked(lessons, 'l', 'scan', true, new Date(t1));
    expect(lessons.l!.stepsChecked).toEqual(['install', 'scan']);
    expect(lessons.l!.firstVisited).toBe(t0);
    expect(setStepChecked(lessons, 'l', 'scan', false, new Date(t2)).l!.stepsChecked).toEqual(['install']);
  });
});

describe('countCompleted and continueLesson', () => {
  const lessons: Lessons = {
    ...recordAttempt({}, 'a', attempt()),
    ...recordVisit({}, 'b', new Date(t0)),
    ...recordAttempt({}, 'c', attempt({ id: 'c1', at: t2, passed: false, score: 10 })),
    ...recordAttempt({}, 'gone', attempt()),
  };

  it('counts only the listed lessons that are completed', () => {
    expect(countCompleted(lessons, ['a', 'b', 'c', 'd'])).toBe(1);
    expect(lessonStatus(lessons.d)).toBe('not-started');
  });

  it('continues the unfinished lesson touched last, then the first not started', () => {
    expect(continueLesson(lessons, ['a', 'b', 'c', 'd'])).toBe('c');
    expect(continueLesson(lessons, ['a', 'd'])).toBe('d');
    expect(continueLesson(lessons, ['a'])).toBeUndefined();
  });

  it('picks up at the first unticked step, at the top when none is ticked, at the quiz when all are', () => {
    const course = [
      { slug: 'a', steps: 2 },
      { slug: 'b', steps: 3 },
    ];
    expect(pickUpPoint({}, course)).toEqual({
      lesson: course[0],
      steps: { done: 0, total: 2, next: 'step-1' },
      anchor: '',
    });
    let ticked = setStepChecked({}, 'b', 'step-1', true, new Date(t0));
    expect(pickUpPoint(ticked, course)?.anchor).toBe('#step-2');
    ticked = ['step-2', 'step-3'].reduce(
      (all, id) => setStepChecked(all, 'b', id, true, new Date(t1)),
      ticked,
    );
    expect(pickUpPoint(ticked, course)).toMatchObject({ lesson: course[1], anchor: '#quiz' });
    expect(pickUpPoint(lessons, [{ slug: 'a', steps: 1 }])).toBeUndefined();
  });
});

describe('recordPracticeRun (issue #21)', () => {
  const run = (overrides: Partial<PracticeRun> = {}): PracticeRun => ({
    id: 'r1',
    at: t1,
    simulation: 'scan-qr',
    variant: 'swapped',
    end: 'recovery-scam-end',
    traps: ['recovery-scam'],
    wrong: 2,
    ...overrides,
  });

  it('keeps the outcome of each run, which trap caught the learner, in time order', () => {
    let lessons = recordVisit({}, 'scan-to-pay', new Date(t0));
    lessons = recordPracticeRun(
      lessons,
      'scan-to-pay',
      run({ id: 'r2', at: t2, traps: [], end: 'safe-end', wrong: 0 }),
    );
    lessons = recordPracticeRun(lessons, 'scan-to-pay', run());
    const record = lessons['scan-to-pay']!;
    expect(record.practice.map((r) => [r.id, r.traps])).toEqual([
      ['r1', ['recovery-scam']],
      ['r2', []],
    ]);
    // Practice alone is not the quiz: the lesson is not completed by it.
    expect(record.completed).toBeNull();
    expect(v.safeParse(lessonsSchema, lessons).success).toBe(true);
  });

  it('starts a record for a lesson never opened, and counts the same run once', () => {
    const once = recordPracticeRun({}, 'recognise-scams', run({ at: t2 }));
    expect(once['recognise-scams']).toMatchObject({ firstVisited: t2, attempts: [], completed: null });
    expect(recordPracticeRun(once, 'recognise-scams', run({ at: t2 }))).toBe(once);
  });

  describe('countPractice, for a topic on the progress page', () => {
    const safe = (id: string, at: string) => run({ id, at, traps: [], end: 'safe-end', wrong: 0 });
    const caught = (id: string, at: string) => run({ id, at });
    const played = (...runs: PracticeRun[]) =>
      runs.reduce<Lessons>((lessons, r) => recordPracticeRun(lessons, 'scan-to-pay', r), {});
    it.each([
      ['nothing played', {}, { practised: 0, lastSafe: 0 }],
      [
        'a lesson opened, its simulation not played',
        recordVisit({}, 'scan-to-pay', new Date(t0)),
        { practised: 0, lastSafe: 0 },
      ],
      ['one safe run', played(safe('r1', t1)), { practised: 1, lastSafe: 1 }],
      ['one run a trap caught', played(caught('r1', t1)), { practised: 1, lastSafe: 0 }],
      [
        'caught, then safe: the latest counts',
        played(caught('r1', t1), safe('r2', t2)),
        { practised: 1, lastSafe: 1 },
      ],
      [
        'safe, then caught: the latest counts',
        played(safe('r1', t1), caught('r2', t2)),
        { practised: 1, lastSafe: 0 },
      ],
    ])('%s', (_, lessons: Lessons, expected) => {
      expect(countPractice(lessons, ['scan-to-pay', 'register-birth'])).toEqual(expected);
    });

    it('counts only the listed lessons, each once however many runs', () => {
      let lessons = played(safe('r1', t1), safe('r2', t2));
      lessons = recordPracticeRun(lessons, 'register-birth', caught('b1', t1));
      lessons = recordPracticeRun(lessons, 'recognise-scams', safe('s1', t1));
      expect(countPractice(lessons, ['scan-to-pay', 'register-birth'])).toEqual({
        practised: 2,
        lastSafe: 1,
      });
      expect(countPractice(lessons, [])).toEqual({ practised: 0, lastSafe: 0 });
    });
  });

  it('keeps within the stored limit: the first run and the latest', () => {
    let lessons: Lessons = {};
    for (let i = 0; i < PRACTICE_RUNS_MAX + 5; i++)
      lessons = recordPracticeRun(
        lessons,
        'scan-to-pay',
        run({ id: `r${i}`, at: new Date(Date.parse(t0) + i * 1000).toISOString() }),
      );
    const kept = lessons['scan-to-pay']!.practice;
    expect(kept).toHaveLength(PRACTICE_RUNS_MAX);
    expect(kept[0]!.id).toBe('r0');
    expect(kept.at(-1)!.id).toBe(`r${PRACTICE_RUNS_MAX + 4}`);
    expect(v.safeParse(lessonsSchema, lessons).success).toBe(true);
  });
});
