import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PASS_MARK, scoreQuiz } from '../../src/lib/quiz';
import { displayOrder, gradeOrder, gradeSelection, moveItem } from '../../src/lib/quiz-answers';

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

describe('gradeSelection (single, multiple, true/false and red flags)', () => {
  it.each([
    {
      name: 'single: the right option',
      chosen: ['b'],
      right: ['b'],
      correct: true,
      found: ['b'],
      missed: [],
      wrong: [],
    },
    {
      name: 'single: a wrong option',
      chosen: ['a'],
      right: ['b'],
      correct: false,
      found: [],
      missed: ['b'],
      wrong: ['a'],
    },
    {
      name: 'multiple: all right ones',
      chosen: ['c', 'a'],
      right: ['a', 'c'],
      correct: true,
      found: ['a', 'c'],
      missed: [],
      wrong: [],
    },
    {
      name: 'multiple: partial is wrong',
      chosen: ['a'],
      right: ['a', 'c'],
      correct: false,
      found: ['a'],
      missed: ['c'],
      wrong: [],
    },
    {
      name: 'multiple: all right plus a wrong one',
      chosen: ['a', 'b', 'c'],
      right: ['a', 'c'],
      correct: false,
      found: ['a', 'c'],
      missed: [],
      wrong: ['b'],
    },
    {
      name: 'red flags: none chosen',
      chosen: [],
      right: ['p2'],
      correct: false,
      found: [],
      missed: ['p2'],
      wrong: [],
    },
    {
      name: 'red flags: a decoy flagged',
      chosen: ['p1', 'p2'],
      right: ['p2'],
      correct: false,
      found: ['p2'],
      missed: [],
      wrong: ['p1'],
    },
    {
      name: 'nothing right to find is never correct',
      chosen: [],
      right: [],
      correct: false,
      found: [],
      missed: [],
      wrong: [],
    },
  ])('$name', ({ chosen, right, correct, found, missed, wrong }) => {
    expect(gradeSelection(chosen, right)).toEqual({ correct, found, missed, wrong });
  });

  it('counts a repeated choice once', () => {
    expect(gradeSelection(['a', 'a'], ['a']).correct).toBe(true);
  });

  it('is right exactly when the chosen set equals the right set (property)', () => {
    const ids = fc.subarray(['a', 'b', 'c', 'd', 'e']);
    fc.assert(
      fc.property(ids, ids, (chosen, right) => {
        const grade = gradeSelection(chosen, right);
        const same =
          right.length > 0 && chosen.length === right.length && chosen.every((id) => right.includes(id));
        expect(grade.correct).toBe(same);
        expect(grade.found.length + grade.missed.length).toBe(right.length);
      }),
    );
  });
});

describe('gradeOrder', () => {
  it('marks every step in or out of place', () => {
    expect(gradeOrder(['b', 'a', 'c'], ['a', 'b', 'c'])).toEqual({
      correct: false,
      placements: [
        { id: 'b', position: 1, rightPosition: 2, inPlace: false },
        { id: 'a', position: 2, rightPosition: 1, inPlace: false },
        { id: 'c', position: 3, rightPosition: 3, inPlace: true },
      ],
    });
    expect(gradeOrder(['a', 'b', 'c'], ['a', 'b', 'c']).correct).toBe(true);
  });

  it('is wrong when steps are missing or unknown', () => {
    expect(gradeOrder(['a', 'b'], ['a', 'b', 'c']).correct).toBe(false);
    expect(gradeOrder(['a', 'b', 'x'], ['a', 'b', 'c']).correct).toBe(false);
  });
});

describe('moveItem', () => {
  it.each([
    { items: ['a', 'b', 'c'], from: 1, step: -1, expected: ['b', 'a', 'c'] },
    { items: ['a', 'b', 'c'], from: 1, step: 1, expected: ['a', 'c', 'b'] },
    { items: ['a', 'b', 'c'], from: 0, step: -1, expected: ['a', 'b', 'c'] },
    { items: ['a', 'b', 'c'], from: 2, step: 1, expected: ['a', 'b', 'c'] },
    { items: ['a', 'b', 'c'], from: 5, step: 1, expected: ['a', 'b', 'c'] },
  ] as const)('moves $from by $step', ({ items, from, step, expected }) => {
    expect(moveItem(items, from, step)).toEqual(expected);
  });
});

describe('displayOrder', () => {
  it('is the same every time for the same question id', () => {
    expect(displayOrder(['a', 'b', 'c', 'd', 'e'], 'activation-order')).toEqual(
      displayOrder(['a', 'b', 'c', 'd', 'e'], 'activation-order'),
    );
  });

  it('is a mix of the same steps and never already solved (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.string(), (count, seed) => {
        const items = Array.from({ length: count }, (_, i) => String(i));
        const shown = displayOrder(items, seed);
        expect([...shown].sort()).toEqual([...items].sort());
        expect(shown).not.toEqual(items);
      }),
    );
  });
});
