/** Default share of questions a learner must get right first time to pass (percent). */
export const DEFAULT_PASS_MARK = 80;

export interface QuizResult {
  correct: number;
  total: number;
  /** Whole percent, rounded down so a score never looks better than it is. */
  score: number;
  passed: boolean;
}

/**
 * Scores a quiz from each question's first answer. The first try counts because that is what the
 * learner knew; retrying after the explanation is for learning, not for the score.
 */
export function scoreQuiz(firstTryCorrect: readonly boolean[], passMark = DEFAULT_PASS_MARK): QuizResult {
  const total = firstTryCorrect.length;
  const correct = firstTryCorrect.filter(Boolean).length;
  const score = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { correct, total, score, passed: total > 0 && score >= passMark };
}
