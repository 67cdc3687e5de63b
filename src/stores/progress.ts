import { computed, readonlyType } from 'nanostores';
import { recordAttempt, recordVisit, setStepChecked } from '../lib/progress';
import { currentLessons } from '../lib/current-learner';
import type { QuizAttempt } from '../schemas/progress';
import { quizAttempt, type FirstAnswer } from '../lib/quiz-attempt';
import { stepId } from '../lib/lesson-steps';
import { newId } from '../lib/new-id';
import { $storedProgress, $unreadableText, changeLessons } from './progress-state';

/**
 * The learner's progress, read-only (format: schemas/progress.ts), and the actions every lesson
 * page may take. Profile and import actions live apart so only the progress page downloads them.
 */
export const $progress = readonlyType($storedProgress);
/** The current learner's lessons: what every lesson, status and score element shows. */
export const $lessons = computed($storedProgress, currentLessons);
/** The text kept when stored progress could not be read, if any. */
export const $unreadableProgress = readonlyType($unreadableText);

export function visitLesson(slug: string): void {
  changeLessons((lessons) => recordVisit(lessons, slug, new Date()));
}

/** Records a finished go at a lesson's quiz, from each question's first answer; returns the attempt. */
export function saveQuizAttempt(
  slug: string,
  firstAnswers: ReadonlyMap<string, FirstAnswer>,
  passMark: number,
): QuizAttempt {
  const attempt = quizAttempt(firstAnswers, passMark, newId(), new Date());
  changeLessons((lessons) => recordAttempt(lessons, slug, attempt));
  return attempt;
}

/** Ticks or unticks a lesson's step, given by its position in the lesson (1, 2, …). */
export function tickStep(slug: string, position: number, ticked: boolean): void {
  changeLessons((lessons) => setStepChecked(lessons, slug, stepId(position), ticked, new Date()));
}

export function discardUnreadableBackup(): void {
  $unreadableText.set(undefined);
}
