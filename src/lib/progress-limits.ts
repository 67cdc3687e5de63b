import { ATTEMPTS_PER_LESSON_MAX, STEPS_CHECKED_MAX, type QuizAttempt } from '../schemas/progress';

/**
 * Keeping a lesson record within the stored format's list limits (schemas/progress.ts). A record over
 * a limit would not decode on the next load, and the learner's whole progress would be set aside, so
 * every function that grows a list passes it through here.
 */

/**
 * Time order, then id, so attempts made in the same millisecond still have one order. Code-unit
 * order, not localeCompare: ISO times sort by time that way, and it is the same on every phone.
 */
export function byTime(a: { at: string; id: string }, b: { at: string; id: string }): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Attempts in time order, at most the limit: the earliest attempt and the most recent ones. The
 * middle goes because the first try and the latest tries are what a learner and a trainer look back
 * at. bestScore and completed live outside the list, so they still count every attempt ever made.
 */
export function capAttempts(attempts: readonly QuizAttempt[]): QuizAttempt[] {
  return firstAndLatest(attempts, ATTEMPTS_PER_LESSON_MAX);
}

/** The first item and the latest ones, in time order, at most `max`. */
export function firstAndLatest<T extends { at: string; id: string }>(items: readonly T[], max: number): T[] {
  const sorted = [...items].sort(byTime);
  if (sorted.length <= max) return sorted;
  return [sorted[0]!, ...sorted.slice(sorted.length - (max - 1))];
}

/**
 * Ticked steps, unique and sorted, at most the limit. Only a lesson whose step ids changed many times
 * can reach it, and we can't tell stale ids from current ones, so the alphabetically last go: a rule
 * that depends on the ids alone keeps merges order-independent. A step just ticked always stays, so
 * the learner's tick never springs back.
 */
export function capStepsChecked(steps: readonly string[], justTicked?: string): string[] {
  const others = [...new Set(steps)].filter((step) => step !== justTicked).sort();
  if (justTicked === undefined) return others.slice(0, STEPS_CHECKED_MAX);
  return [...others.slice(0, STEPS_CHECKED_MAX - 1), justTicked].sort();
}
