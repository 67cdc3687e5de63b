import { newId } from '../lib/new-id';
import { putOffReview, recordReview, snoozedUntil } from '../lib/review';
import type { ReviewRound } from '../schemas/progress';
import { changeLessons } from './progress-state';

/**
 * "Ôn lại 2 phút" (issue #21): what the home page's offer and a review page change in the current
 * learner's progress. Apart from stores/progress.ts, which every lesson page loads.
 */
/** Records a review done: its round, the questions shown, how many were right first time. */
export function saveReview(slug: string, round: ReviewRound, questions: string[], correct: number): void {
  const review = { id: newId(), at: new Date().toISOString(), round, questions, correct };
  changeLessons((lessons) => recordReview(lessons, slug, review));
}

/** "Tomorrow": hides the due review for a day. */
export function snoozeReview(slug: string, round: 1 | 2): void {
  changeLessons((lessons) => putOffReview(lessons, slug, round, snoozedUntil(new Date())));
}

/** "Skip this one": this round is passed over; the next round's date stands. */
export function dismissReview(slug: string, round: 1 | 2): void {
  changeLessons((lessons) => putOffReview(lessons, slug, round, null));
}
