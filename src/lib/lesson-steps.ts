/**
 * A lesson's numbered steps as the learner's checklist. A step's id is its position in the lesson,
 * `step-1`, `step-2`, …, counted over every step list in it: the same in every language, since
 * both versions of a lesson have the same steps in the same order.
 */
export const stepId = (position: number): string => `step-${position}`;
