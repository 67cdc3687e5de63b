import * as v from 'valibot';
import {
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  progressV1Schema,
  type LessonProgress,
  type Progress,
  type QuizAttempt,
} from '../schemas/progress';

export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, lessons: {} };
}

function newLesson(firstVisited: string): LessonProgress {
  return { firstVisited, attempts: [], bestScore: null, completed: null };
}

/** Notes the first visit to a lesson; later visits change nothing. */
export function recordVisit(progress: Progress, slug: string, at: Date): Progress {
  if (progress.lessons[slug]) return progress;
  return { ...progress, lessons: { ...progress.lessons, [slug]: newLesson(at.toISOString()) } };
}

/**
 * Adds a quiz attempt. The best score only rises, and the completion time is the first passing
 * attempt's: a later failed retake never un-completes a lesson.
 */
export function recordAttempt(progress: Progress, slug: string, attempt: QuizAttempt): Progress {
  const lesson = progress.lessons[slug] ?? newLesson(attempt.at);
  if (lesson.attempts.some((a) => a.id === attempt.id)) return progress;
  const updated: LessonProgress = {
    firstVisited: lesson.firstVisited < attempt.at ? lesson.firstVisited : attempt.at,
    attempts: [...lesson.attempts, attempt],
    bestScore: Math.max(lesson.bestScore ?? 0, attempt.score),
    completed:
      attempt.passed && (lesson.completed === null || attempt.at < lesson.completed)
        ? attempt.at
        : lesson.completed,
  };
  return { ...progress, lessons: { ...progress.lessons, [slug]: updated } };
}

export function lessonStatus(lesson: LessonProgress | undefined): LessonStatus {
  if (!lesson) return 'not-started';
  return lesson.completed ? 'completed' : 'in-progress';
}

/** How many of the given lessons are completed (lessons the site no longer has are not counted). */
export function countCompleted(progress: Progress, slugs: readonly string[]): number {
  return slugs.filter((slug) => lessonStatus(progress.lessons[slug]) === 'completed').length;
}

/**
 * Reads stored text into progress. Returns undefined when the text is not a progress record this
 * version understands, so the caller can keep the unreadable text instead of overwriting it.
 */
export function decodeProgress(text: string | null | undefined): Progress | undefined {
  if (text === null || text === undefined || text === '') return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(progressV1Schema, data);
  return parsed.success ? parsed.output : undefined;
}

export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
