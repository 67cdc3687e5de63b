import {
  REVIEWS_PER_LESSON_MAX,
  type LessonRecord,
  type Lessons,
  type ReviewPutOff,
  type ReviewRound,
  type ReviewRun,
} from '../schemas/progress';
import { newLesson } from './progress';
import { firstAndLatest } from './progress-limits';

/**
 * "Ôn lại 2 phút" (issue #21): warnings fade within weeks unless reviewed, so 14 and 28 days after a
 * learner first finishes a scam lesson (its quiz passed, or its simulation played to a debrief) the
 * home page offers three review questions they haven't seen. No server and no notification: the
 * dates come from the learner's own progress (format in schemas/progress.ts). Pure functions.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The scheduled reviews: round 1 at 14 days, round 2 at 28. */
export const REVIEW_ROUNDS: ReadonlyArray<{ round: 1 | 2; days: number }> = [
  { round: 1, days: 14 },
  { round: 2, days: 28 },
];

/** How many questions one review shows: about two minutes. */
export const QUESTIONS_PER_REVIEW = 3;

/** How long "Later" hides a due review. */
export const SNOOZE_DAYS = 1;

/** A review question as the pool offers it: its id and the manipulation technique it trains. */
export interface PoolQuestion {
  id: string;
  technique: string;
}

export interface DueReview {
  slug: string;
  round: 1 | 2;
  /** When it fell due (ISO time). */
  dueAt: string;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

/**
 * When the lesson was first finished, which starts its review clock: the earlier of the quiz's
 * first pass and the first run of its simulation that reached a debrief (every stored run did).
 */
export function reviewStart(record: LessonRecord | undefined): string | undefined {
  if (!record) return undefined;
  const times = [record.completed, ...record.practice.map((run) => run.at)].filter(
    (at): at is string => at !== null,
  );
  return times.length ? times.reduce((a, b) => (a < b ? a : b)) : undefined;
}

/**
 * The lesson's review that is due at `now`, if any: only the latest round that has fallen due
 * counts. `putOffs: false` leaves snoozes and dismissals aside (a review taken anyway still counts).
 */
/** Whether the learner has taken review `round` of this lesson. */
const taken = (record: LessonRecord, round: number) =>
  (record.reviews ?? []).some((review) => review.round === round);

function dueFor(
  slug: string,
  record: LessonRecord | undefined,
  now: Date,
  putOffs = true,
): DueReview | undefined {
  const start = reviewStart(record);
  if (!start || !record) return undefined;
  const at = now.toISOString();
  const fallen = REVIEW_ROUNDS.filter(({ days }) => addDays(start, days) <= at).at(-1);
  if (!fallen) return undefined;
  const { round, days } = fallen;
  // A later round supersedes an earlier one missed: a learner back after a month gets one review.
  if (taken(record, round)) return undefined;
  const putOff = (record.reviewPutOff ?? []).find((p) => p.round === round);
  if (putOffs && putOff && (putOff.until === null || at < putOff.until)) return undefined;
  return { slug, round, dueAt: addDays(start, days) };
}

/** The review to offer now among the lessons with a review pool: the one due longest, if any. */
export function dueReview(lessons: Lessons, pooled: readonly string[], now: Date): DueReview | undefined {
  return pooled
    .map((slug) => dueFor(slug, lessons[slug], now))
    .filter((due): due is DueReview => due !== undefined)
    .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.slug < b.slug ? -1 : 1))[0];
}

/** The next scheduled review of these lessons after `now` (ISO time), to tell a learner who came early. */
export function nextReviewDate(lessons: Lessons, pooled: readonly string[], now: Date): string | undefined {
  const at = now.toISOString();
  const dates = pooled.flatMap((slug) => {
    const record = lessons[slug];
    const start = reviewStart(record);
    if (!start || !record) return [];
    return REVIEW_ROUNDS.filter(
      ({ round }) =>
        !taken(record, round) &&
        !(record.reviewPutOff ?? []).some((p) => p.round === round && p.until === null),
    )
      .map(({ days }) => addDays(start, days))
      .filter((date) => date > at);
  });
  return dates.sort()[0];
}

/** Every review question this learner has been shown for the lesson. */
export function seenQuestions(record: LessonRecord | undefined): Set<string> {
  return new Set((record?.reviews ?? []).flatMap((review) => review.questions));
}

/**
 * The questions for a review: ones not seen yet first, in pool order, each of a technique not yet
 * picked while there are such (so one review trains several techniques); once unseen ones run out,
 * seen ones again, those shown longest ago first.
 */
export function chooseQuestions(
  pool: readonly PoolQuestion[],
  record: LessonRecord | undefined,
  count = QUESTIONS_PER_REVIEW,
): PoolQuestion[] {
  const seen = seenQuestions(record);
  const chosen: PoolQuestion[] = [];
  const pick = (candidates: readonly PoolQuestion[]) => {
    for (const distinct of [true, false])
      for (const question of candidates) {
        if (chosen.length >= count) return;
        if (chosen.includes(question)) continue;
        if (distinct && chosen.some((c) => c.technique === question.technique)) continue;
        chosen.push(question);
      }
  };
  pick(pool.filter((question) => !seen.has(question.id)));
  // Last shown: the latest review that held it; never shown sorts first, then the oldest.
  const lastShown = new Map<string, string>();
  for (const review of record?.reviews ?? [])
    for (const id of review.questions)
      if ((lastShown.get(id) ?? '') < review.at) lastShown.set(id, review.at);
  const shown = (question: PoolQuestion) => lastShown.get(question.id) ?? '';
  pick([...pool].sort((a, b) => (shown(a) < shown(b) ? -1 : shown(a) > shown(b) ? 1 : 0)));
  return chosen;
}

/** Reviews in time order within the limit: the first and the latest. */
export function capReviews(reviews: readonly ReviewRun[]): ReviewRun[] {
  return firstAndLatest(reviews, REVIEWS_PER_LESSON_MAX);
}

/** Records a review done; the same review twice counts once. */
export function recordReview(lessons: Lessons, slug: string, review: ReviewRun): Lessons {
  const lesson = lessons[slug] ?? newLesson(review.at);
  const reviews = lesson.reviews ?? [];
  if (reviews.some((r) => r.id === review.id)) return lessons;
  return { ...lessons, [slug]: { ...lesson, reviews: capReviews([...reviews, review]) } };
}

/**
 * Puts a due review off: `until` a time (Later), or null (Not now: this round is passed over and
 * the next round's date stands). Only ever later: a put-off is never shortened.
 */
export function putOffReview(lessons: Lessons, slug: string, round: 1 | 2, until: string | null): Lessons {
  const lesson = lessons[slug];
  if (!lesson) return lessons;
  return {
    ...lessons,
    [slug]: { ...lesson, reviewPutOff: mergePutOffs(lesson.reviewPutOff, [{ round, until }]) },
  };
}

/** When "Later" hides a review until. */
export const snoozedUntil = (now: Date): string => addDays(now.toISOString(), SNOOZE_DAYS);

/** Two sides' put-offs, one per round: dismissed beats snoozed, and a later snooze an earlier one. */
export function mergePutOffs(
  a: readonly ReviewPutOff[] | undefined,
  b: readonly ReviewPutOff[] | undefined,
): ReviewPutOff[] | undefined {
  if (!a && !b) return undefined;
  const byRound = new Map<number, ReviewPutOff>();
  for (const putOff of [...(a ?? []), ...(b ?? [])]) {
    const kept = byRound.get(putOff.round);
    const later =
      !kept || putOff.until === null || (kept.until !== null && putOff.until > kept.until) ? putOff : kept;
    byRound.set(putOff.round, later);
  }
  return [...byRound.values()].sort((x, y) => x.round - y.round);
}

/** The round a review taken now counts as: the due one (even if put off), or 0 when none is due. */
export function roundNow(record: LessonRecord | undefined, slug: string, now: Date): ReviewRound {
  return dueFor(slug, record, now, false)?.round ?? 0;
}
