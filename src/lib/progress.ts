import type { LessonRecord, Lessons, QuizAttempt } from '../schemas/progress';
import { capAttempts, capStepsChecked } from './progress-limits';

/**
 * Pure functions over one learner's lesson records (see schemas/progress.ts for the format): what a
 * lesson page changes. What lists of lessons show is in lib/progress-status.ts.
 */

/** A lesson's record at its first visit (or first attempt or practice run). */
export function newLesson(firstVisited: string): LessonRecord {
  return { firstVisited, stepsChecked: [], attempts: [], bestScore: null, completed: null, practice: [] };
}

/** Notes the first visit to a lesson; later visits change nothing. */
export function recordVisit(lessons: Lessons, slug: string, at: Date): Lessons {
  if (lessons[slug]) return lessons;
  return { ...lessons, [slug]: newLesson(at.toISOString()) };
}

/** Records lessons opened while the progress store wasn't loaded ({ slug: ISO time }; lib/start/visit-log.ts). */
export function recordVisits(lessons: Lessons, visits: Readonly<Record<string, string>>): Lessons {
  return Object.entries(visits).reduce((all, [slug, at]) => recordVisit(all, slug, new Date(at)), lessons);
}

/**
 * Adds a quiz attempt, in time order. The best score only rises, and the completion time is the first
 * passing attempt's: a later failed retake never un-completes a lesson. Past the attempt limit the
 * middle attempts go (see progress-limits.ts); best score and completion still count them.
 */
export function recordAttempt(lessons: Lessons, slug: string, attempt: QuizAttempt): Lessons {
  const lesson = lessons[slug] ?? newLesson(attempt.at);
  if (lesson.attempts.some((a) => a.id === attempt.id)) return lessons;
  const updated: LessonRecord = {
    ...lesson,
    firstVisited: lesson.firstVisited < attempt.at ? lesson.firstVisited : attempt.at,
    attempts: capAttempts([...lesson.attempts, attempt]),
    bestScore: Math.max(lesson.bestScore ?? 0, attempt.score),
    completed:
      attempt.passed && (lesson.completed === null || attempt.at < lesson.completed)
        ? attempt.at
        : lesson.completed,
  };
  return { ...lessons, [slug]: updated };
}

/** Ticks or unticks one step of a lesson's checklist (kept sorted and within the limit). */
export function setStepChecked(
  lessons: Lessons,
  slug: string,
  step: string,
  checked: boolean,
  at: Date,
): Lessons {
  const lesson = lessons[slug] ?? newLesson(at.toISOString());
  const others = lesson.stepsChecked.filter((s) => s !== step);
  const stepsChecked = checked ? capStepsChecked(others, step) : capStepsChecked(others);
  return { ...lessons, [slug]: { ...lesson, stepsChecked } };
}
