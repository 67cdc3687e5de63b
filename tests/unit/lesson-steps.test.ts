import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { stepId } from '../../src/lib/lesson-steps';
import { stepsDone } from '../../src/lib/progress-status';
import { lessonRecordSchema } from '../../src/schemas/progress';

describe('lesson steps as a checklist', () => {
  it('names steps by position, as the stored format allows', () => {
    expect([1, 2, 12].map(stepId)).toEqual(['step-1', 'step-2', 'step-12']);
    const record = {
      firstVisited: '2026-11-29T10:00:00.000Z',
      stepsChecked: Array.from({ length: 100 }, (_, i) => stepId(i + 1)),
      attempts: [],
      bestScore: null,
      completed: null,
      practice: [],
    };
    expect(v.safeParse(lessonRecordSchema, record).success).toBe(true);
  });

  it.each([
    ['nothing ticked', [], 5, { done: 0, total: 5, next: 'step-1' }],
    ['the first two', ['step-1', 'step-2'], 5, { done: 2, total: 5, next: 'step-3' }],
    ['a gap', ['step-1', 'step-3'], 3, { done: 2, total: 3, next: 'step-2' }],
    ['every step', ['step-1', 'step-2'], 2, { done: 2, total: 2, next: undefined }],
    ['steps the lesson no longer has', ['step-4', 'step-9'], 3, { done: 0, total: 3, next: 'step-1' }],
    ['a lesson without steps', [], 0, { done: 0, total: 0, next: undefined }],
  ] as const)('counts %s', (_, checked, total, expected) => {
    expect(stepsDone(checked, total)).toEqual(expected);
  });
});
