import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { quizAttempt, type FirstAnswer } from '../../src/lib/quiz-attempt';
import { quizAttemptSchema } from '../../src/schemas/progress';

const at = new Date('2026-11-29T10:00:00.000Z');
const first = (correct: boolean, ...answer: string[]): FirstAnswer => ({ answer, correct });

describe('quizAttempt', () => {
  it.each([
    ['all right', [true, true, true, true, true], 80, { correct: 5, total: 5, score: 100, passed: true }],
    [
      'exactly the pass mark',
      [true, true, true, true, false],
      80,
      { correct: 4, total: 5, score: 80, passed: true },
    ],
    ['below the pass mark', [true, true, false], 80, { correct: 2, total: 3, score: 66, passed: false }],
    ['a lower pass mark', [true, true, false], 60, { correct: 2, total: 3, score: 66, passed: true }],
  ] as const)('scores %s', (_, corrects, passMark, expected) => {
    const answers = corrects.map((correct, i) => [`q${i + 1}`, first(correct, 'a')] as const);
    expect(quizAttempt(answers, passMark, 'id-1', at)).toMatchObject(expected);
  });

  it('keeps every first answer by question id, with the attempt’s id and time', () => {
    const answers = new Map([
      ['scam-sms', first(false, 'link', 'sender')],
      ['order-steps', first(true, 'open', 'scan', 'pay')],
    ]);
    const attempt = quizAttempt(answers, 80, 'attempt-7', at);
    expect(attempt).toEqual({
      id: 'attempt-7',
      at: '2026-11-29T10:00:00.000Z',
      correct: 1,
      total: 2,
      score: 50,
      passed: false,
      answers: { 'scam-sms': ['link', 'sender'], 'order-steps': ['open', 'scan', 'pay'] },
    });
    expect(v.safeParse(quizAttemptSchema, attempt).success).toBe(true);
  });

  it('copies the answers, so a question reset later cannot change a recorded attempt', () => {
    const answer = ['a'];
    const attempt = quizAttempt([['q1', { answer, correct: true }]], 80, 'x', at);
    answer.push('b');
    expect(attempt.answers.q1).toEqual(['a']);
  });
});
