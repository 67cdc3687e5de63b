import type { QuizAttempt } from '../schemas/progress';
import { scoreQuiz } from './quiz';

/** A question's first answer in one go at a quiz: what the score counts and what review shows. */
export interface FirstAnswer {
  /** Chosen option values, flagged part ids, or item ids in the order placed. */
  answer: string[];
  correct: boolean;
}

/**
 * The attempt to record once every question has a first answer: scored from those answers
 * (see `scoreQuiz`), with each answer kept by question id, in the order they were given.
 */
export function quizAttempt(
  firstAnswers: Iterable<readonly [questionId: string, first: FirstAnswer]>,
  passMark: number,
  id: string,
  at: Date,
): QuizAttempt {
  const answers = [...firstAnswers];
  const result = scoreQuiz(
    answers.map(([, first]) => first.correct),
    passMark,
  );
  return {
    id,
    at: at.toISOString(),
    ...result,
    answers: Object.fromEntries(answers.map(([questionId, first]) => [questionId, [...first.answer]])),
  };
}
