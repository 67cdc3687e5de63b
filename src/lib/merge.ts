import type { LessonRecord, Lessons, QuizAttempt } from '../schemas/progress';
import type { Workshop } from '../schemas/workshop';
import { capAttempts, capStepsChecked } from './progress-limits';

/**
 * Merging two records of the same learner (an import into this phone's progress) never loses
 * anything: attempts are united by id, the earliest first visit and completion win, the best
 * score is the higher one, ticked steps are united. The result doesn't depend on which side is
 * "ours" (commutative) or on grouping (associative), and merging a record with itself changes nothing.
 * The one exception to "never loses": past a list limit the capping rules of progress-limits.ts
 * drop middle attempts and the alphabetically last steps; both rules keep the laws above.
 */
const earliest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

/** Same id on both sides but different content (should not happen): keep one, chosen by content, not by side. */
function pickAttempt(a: QuizAttempt, b: QuizAttempt): QuizAttempt {
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

export function mergeLessonRecords(a: LessonRecord, b: LessonRecord): LessonRecord {
  const byId = new Map<string, QuizAttempt>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    const seen = byId.get(attempt.id);
    byId.set(attempt.id, seen ? pickAttempt(seen, attempt) : attempt);
  }
  const attempts = capAttempts([...byId.values()]);
  // Every score seen counts, even of a duplicate attempt not kept, so grouping can't change the best.
  const scores = [
    a.bestScore,
    b.bestScore,
    ...a.attempts.map((x) => x.score),
    ...b.attempts.map((x) => x.score),
  ];
  const best = scores.filter((score): score is number => score !== null);
  return {
    firstVisited: earliest(a.firstVisited, b.firstVisited)!,
    stepsChecked: capStepsChecked([...a.stepsChecked, ...b.stepsChecked]),
    attempts,
    bestScore: best.length ? Math.max(...best) : null,
    completed: earliest(a.completed, b.completed),
  };
}

export function mergeLessons(a: Lessons, b: Lessons): Lessons {
  const merged: Lessons = {};
  for (const slug of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const left = a[slug];
    const right = b[slug];
    // A one-sided record goes through the same rules, so its attempts and best score stay consistent.
    merged[slug] = mergeLessonRecords(left ?? right!, right ?? left!);
  }
  return merged;
}

/**
 * The workshop a profile keeps when two records meet (an import): the one joined later, since a
 * profile notes the latest workshop only. Same time: chosen by content, so the laws above hold.
 */
export function mergeWorkshops(a: Workshop | undefined, b: Workshop | undefined): Workshop | undefined {
  if (!a || !b) return a ?? b;
  if (a.joined !== b.joined) return a.joined > b.joined ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}
