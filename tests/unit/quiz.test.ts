import { describe, expect, it } from 'vitest';
import { DEFAULT_PASS_MARK, scoreQuiz } from '../../src/lib/quiz';

describe('scoreQuiz', () => {
  it.each([
    { answers: [true, true, true, true, true, true], passMark: 80, score: 100, passed: true },
    { answers: [true, true, true, true, true, false], passMark: 80, score: 83, passed: true },
    { answers: [true, true, true, true, false, false], passMark: 80, score: 66, passed: false },
    { answers: [true, true, true, true, false], passMark: 80, score: 80, passed: true },
    { answers: [true, false, true], passMark: 67, score: 66, passed: false },
    { answers: [false, false], passMark: 80, score: 0, passed: false },
    { answers: [], passMark: 80, score: 0, passed: false },
  ])('$answers at pass mark $passMark → $score%, passed $passed', ({ answers, passMark, score, passed }) => {
    const result = scoreQuiz(answers, passMark);
    expect(result).toEqual({ correct: answers.filter(Boolean).length, total: answers.length, score, passed });
  });

  it('uses 80% as the default pass mark', () => {
    expect(DEFAULT_PASS_MARK).toBe(80);
    expect(scoreQuiz([true, true, true, true, false]).passed).toBe(true);
    expect(scoreQuiz([true, true, true, false]).passed).toBe(false);
  });
});
