import { describe, expect, it } from 'vitest';
import { quizMinutes, SECONDS_PER_QUESTION } from '../../src/lib/build/reading-aids';

describe('quizMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 2],
    [7, 5],
    [8, 5],
    [9, 6],
    [15, 10],
  ])('%i questions take about %i minutes', (questions, minutes) => {
    expect(quizMinutes(questions)).toBe(minutes);
  });

  it('is the stated rule: the questions times 40 s, to the nearest minute', () => {
    expect(SECONDS_PER_QUESTION).toBe(40);
    for (let n = 2; n <= 60; n++) expect(Math.abs(quizMinutes(n) * 60 - n * 40)).toBeLessThanOrEqual(30);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s as a count', (questions) => {
    expect(() => quizMinutes(questions)).toThrow(RangeError);
  });
});
