import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countCompleted,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  lessonStatus,
  recordAttempt,
  recordVisit,
} from '../../src/lib/progress';
import type { Progress, QuizAttempt } from '../../src/schemas/progress';

const t0 = '2026-11-01T08:00:00.000Z';
const t1 = '2026-11-02T08:00:00.000Z';
const t2 = '2026-11-03T08:00:00.000Z';

function attempt(overrides: Partial<QuizAttempt> = {}): QuizAttempt {
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
    const p = recordVisit(emptyProgress(), 'install-vneid', new Date(t0));
    expect(p.lessons['install-vneid']).toEqual({
      firstVisited: t0,
      attempts: [],
      bestScore: null,
      completed: null,
    });
    expect(lessonStatus(p.lessons['install-vneid'])).toBe('in-progress');
  });

  it('keeps the first visit time on later visits and does not mutate its input', () => {
    const first = recordVisit(emptyProgress(), 'x', new Date(t0));
    const frozen = structuredClone(first);
    const second = recordVisit(first, 'x', new Date(t2));
    expect(second.lessons.x!.firstVisited).toBe(t0);
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
    const p = attempts.reduce<Progress>((state, a) => recordAttempt(state, 'l', a), emptyProgress());
    const lesson = p.lessons.l!;
    expect(lesson.bestScore).toBe(best);
    expect(lesson.completed).toBe(completed);
    expect(lesson.attempts.length).toBe(new Set(attempts.map((a) => a.id)).size);
    expect(lessonStatus(lesson)).toBe(completed ? 'completed' : 'in-progress');
  });

  it('creates the lesson record when the quiz is the first thing recorded', () => {
    const p = recordAttempt(emptyProgress(), 'l', attempt());
    expect(p.lessons.l!.firstVisited).toBe(t1);
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
        let p = recordVisit(emptyProgress(), 'l', new Date(t0));
        let best = -1;
        let completed = false;
        for (const a of attempts) {
          p = recordAttempt(p, 'l', a);
          const lesson = p.lessons.l!;
          expect(lesson.bestScore ?? -1).toBeGreaterThanOrEqual(best);
          best = lesson.bestScore ?? -1;
          if (completed) expect(lesson.completed).not.toBeNull();
          completed = lesson.completed !== null;
        }
        const lesson = p.lessons.l!;
        expect(lesson.bestScore).toBe(attempts.length ? Math.max(...attempts.map((a) => a.score)) : null);
        const passes = attempts
          .filter((a) => a.passed)
          .map((a) => a.at)
          .sort();
        expect(lesson.completed).toBe(passes[0] ?? null);
        expect(decodeProgress(encodeProgress(p))).toEqual(p);
      }),
    );
  });
});

describe('countCompleted', () => {
  it('counts only the listed lessons that are completed', () => {
    let p = recordAttempt(emptyProgress(), 'a', attempt());
    p = recordAttempt(p, 'gone', attempt());
    p = recordVisit(p, 'b', new Date(t0));
    expect(countCompleted(p, ['a', 'b', 'c'])).toBe(1);
    expect(lessonStatus(p.lessons.c)).toBe('not-started');
  });
});

describe('decodeProgress', () => {
  const valid = encodeProgress(recordAttempt(emptyProgress(), 'install-vneid', attempt()));
  it.each([
    ['nothing stored', null, 'empty'],
    ['an empty string', '', 'empty'],
    ['a valid record', valid, 'same'],
    ['text that is not JSON', '{oops', 'unreadable'],
    ['JSON of another shape', '{"lessons":[]}', 'unreadable'],
    ['an unknown future version', valid.replace('"version":1', '"version":99'), 'unreadable'],
    ['a score out of range', valid.replace('"score":83', '"score":130'), 'unreadable'],
    ['a bad time', valid.replace(t1, 'yesterday'), 'unreadable'],
  ] as const)('%s', (_, text, expected) => {
    const result = decodeProgress(text);
    if (expected === 'empty') expect(result).toEqual(emptyProgress());
    if (expected === 'same') expect(result).toEqual(JSON.parse(valid));
    if (expected === 'unreadable') expect(result).toBeUndefined();
  });
});
