/**
 * What the lesson page's reading aids say about a lesson, worked out at build time: the quiz's
 * length in questions and minutes. Build-time only.
 */

/**
 * Seconds one quiz question takes, on average: reading the question and its options at an
 * unhurried pace (about 20 s for our usual 25-40 words), choosing and pressing Check (about 10 s),
 * and reading the explanation (about 10 s). Lessons carry no timing for their quiz, so this is the
 * stated rule rather than a measurement; the line says "about".
 */
export const SECONDS_PER_QUESTION = 40;

/** About how many minutes a quiz of `questions` questions takes: 40 s each, to the nearest minute, at least 1. */
export function quizMinutes(questions: number): number {
  if (!Number.isInteger(questions) || questions < 0)
    throw new RangeError(`Not a question count: ${questions}`);
  return Math.max(1, Math.round((questions * SECONDS_PER_QUESTION) / 60));
}
