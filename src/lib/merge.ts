import type { LessonRecord, Lessons, PracticeRun, QuizAttempt, ReviewRun } from '../schemas/progress';
import type { Workshop } from '../schemas/workshop';
import { capAttempts, capStepsChecked } from './progress-limits';
import { capPracticeRuns } from './practice';
import { capReviews, mergePutOffs } from './review';

/**
 * Merging two records of the same learner (an import into this phone's progress) never loses
 * anything: attempts, simulation runs and reviews are united by id, a put-off review keeps the longer
 * put-off, the earliest first visit and completion win, the best
 * score is the higher one, ticked steps are united. The result doesn't depend on which side is
 * "ours" (commutative) or on grouping (associative), and merging a record with itself changes nothing.
 * The one exception to "never loses": past a list limit the capping rules of progress-limits.ts
 * drop middle attempts and the alphabetically last steps; both rules keep the laws above.
 */
const earliest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

/** Same id on both sides but different content (should not happen): keep one, chosen by content, not by side. */
function pickByContent<T>(a: T, b: T): T {
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

/** Both sides' items, one per id. */
function unitedById<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen ? pickByContent(seen, item) : item);
  }
  return [...byId.values()];
}

export function mergeLessonRecords(a: LessonRecord, b: LessonRecord): LessonRecord {
  const attempts = capAttempts(unitedById<QuizAttempt>(a.attempts, b.attempts));
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
    practice: capPracticeRuns(unitedById<PracticeRun>(a.practice, b.practice)),
    // Reviews are there only once a learner met one, so a record without stays as it was.
    ...(a.reviews || b.reviews
      ? { reviews: capReviews(unitedById<ReviewRun>(a.reviews ?? [], b.reviews ?? [])) }
      : {}),
    ...(a.reviewPutOff || b.reviewPutOff
      ? { reviewPutOff: mergePutOffs(a.reviewPutOff, b.reviewPutOff)! }
      : {}),
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
