/**
 * A lesson's numbered steps as the learner's checklist. A step's id is its position in the lesson,
 * `step-1`, `step-2`, …, counted over every step list in it: the same in every language, since
 * both versions of a lesson have the same steps in the same order.
 */
export const stepId = (position: number): string => `step-${position}`;

export interface StepsDone {
  /** Ticked steps among the lesson's `total` (ids of steps the lesson no longer has don't count). */
  done: number;
  total: number;
  /** The first step not yet ticked, where the learner picks up; undefined when all are done. */
  next: string | undefined;
}

export function stepsDone(stepsChecked: readonly string[], total: number): StepsDone {
  const ids = Array.from({ length: total }, (_, i) => stepId(i + 1));
  const ticked = new Set(stepsChecked);
  return {
    done: ids.filter((id) => ticked.has(id)).length,
    total,
    next: ids.find((id) => !ticked.has(id)),
  };
}
