import { describe, expect, it } from 'vitest';
import {
  chooseQuestions,
  dueReview,
  nextReviewDate,
  putOffReview,
  recordReview,
  reviewStart,
  roundNow,
  seenQuestions,
  snoozedUntil,
  type PoolQuestion,
} from '../../src/lib/review';
import { newLesson } from '../../src/lib/progress';
import type { LessonRecord, Lessons, ReviewRun } from '../../src/schemas/progress';

const DAY = 24 * 60 * 60 * 1000;
const finished = '2026-11-01T08:00:00.000Z';
const after = (days: number, hours = 0) => new Date(Date.parse(finished) + days * DAY + hours * 3600e3);
const pooled = ['if-scammed', 'recognise-scams'];

const completedLesson = (completed = finished): LessonRecord => ({
  ...newLesson(completed),
  attempts: [],
  bestScore: 90,
  completed,
});
const review = (round: 0 | 1 | 2, at: Date, questions: string[], id = `r${round}`): ReviewRun => ({
  id,
  at: at.toISOString(),
  round,
  questions,
  correct: 2,
});

const pool: PoolQuestion[] = [
  { id: 'a', technique: 'urgency' },
  { id: 'b', technique: 'urgency' },
  { id: 'c', technique: 'secrecy' },
  { id: 'd', technique: 'otp-request' },
  { id: 'e', technique: 'secrecy' },
  { id: 'f', technique: 'link-or-app' },
  { id: 'g', technique: 'urgency' },
];

describe('when a review is due', () => {
  const lessons: Lessons = { 'recognise-scams': completedLesson() };

  it('starts from the first pass of the quiz, or the first simulation run if earlier', () => {
    expect(reviewStart(undefined)).toBeUndefined();
    expect(reviewStart(newLesson(finished))).toBeUndefined();
    expect(reviewStart(completedLesson())).toBe(finished);
    const practised: LessonRecord = {
      ...newLesson(finished),
      practice: [
        {
          id: 'p',
          at: '2026-10-20T00:00:00.000Z',
          simulation: 's',
          variant: null,
          end: 'e',
          traps: [],
          wrong: 0,
        },
      ],
    };
    expect(reviewStart(practised)).toBe('2026-10-20T00:00:00.000Z');
    expect(reviewStart({ ...practised, completed: finished })).toBe('2026-10-20T00:00:00.000Z');
  });

  it('is nothing before 14 days, round 1 from day 14, round 2 from day 28', () => {
    expect(dueReview(lessons, pooled, after(13, 23))).toBeUndefined();
    expect(dueReview(lessons, pooled, after(14))).toEqual({
      slug: 'recognise-scams',
      round: 1,
      dueAt: after(14).toISOString(),
    });
    expect(dueReview(lessons, pooled, after(27))?.round).toBe(1);
    expect(dueReview(lessons, pooled, after(28))?.round).toBe(2);
    expect(dueReview(lessons, pooled, after(400))?.round).toBe(2);
  });

  it('only for lessons with a review pool, and only once finished', () => {
    expect(dueReview({ 'install-vneid': completedLesson() }, pooled, after(20))).toBeUndefined();
    expect(dueReview({ 'recognise-scams': newLesson(finished) }, pooled, after(20))).toBeUndefined();
  });

  it('goes once the round is done, and comes back for round 2', () => {
    const done = recordReview(lessons, 'recognise-scams', review(1, after(15), ['a', 'c', 'd']));
    expect(dueReview(done, pooled, after(15))).toBeUndefined();
    expect(dueReview(done, pooled, after(28))?.round).toBe(2);
    const both = recordReview(done, 'recognise-scams', review(2, after(29), ['b', 'e', 'f']));
    expect(dueReview(both, pooled, after(60))).toBeUndefined();
  });

  it('offers one review to a learner back after a month: round 1 is passed over', () => {
    const done = recordReview(lessons, 'recognise-scams', review(2, after(35), ['a', 'c', 'd']));
    expect(dueReview(done, pooled, after(36))).toBeUndefined();
  });

  it('"Tomorrow" hides it for a day; "Skip" until the next round', () => {
    const snoozed = putOffReview(lessons, 'recognise-scams', 1, snoozedUntil(after(14, 2)));
    expect(dueReview(snoozed, pooled, after(14, 3))).toBeUndefined();
    expect(dueReview(snoozed, pooled, after(15, 1))).toBeUndefined();
    expect(dueReview(snoozed, pooled, after(15, 2))?.round).toBe(1);

    const skipped = putOffReview(lessons, 'recognise-scams', 1, null);
    expect(dueReview(skipped, pooled, after(20))).toBeUndefined();
    expect(dueReview(skipped, pooled, after(27, 23))).toBeUndefined();
    expect(dueReview(skipped, pooled, after(28))?.round).toBe(2);
    const skippedBoth = putOffReview(skipped, 'recognise-scams', 2, null);
    expect(dueReview(skippedBoth, pooled, after(100))).toBeUndefined();
  });

  it('a put-off is never shortened, and a dismissal is not undone by a snooze', () => {
    const long = putOffReview(lessons, 'recognise-scams', 1, after(20).toISOString());
    const shorter = putOffReview(long, 'recognise-scams', 1, after(16).toISOString());
    expect(shorter['recognise-scams']!.reviewPutOff).toEqual([{ round: 1, until: after(20).toISOString() }]);
    const dismissed = putOffReview(long, 'recognise-scams', 1, null);
    expect(
      putOffReview(dismissed, 'recognise-scams', 1, after(30).toISOString())['recognise-scams']!.reviewPutOff,
    ).toEqual([{ round: 1, until: null }]);
    // A lesson never visited has nothing to put off.
    expect(putOffReview({}, 'recognise-scams', 1, null)).toEqual({});
  });

  it('picks the lesson due longest when several are', () => {
    const two: Lessons = {
      'recognise-scams': completedLesson('2026-11-03T00:00:00.000Z'),
      'if-scammed': completedLesson(finished),
    };
    expect(dueReview(two, pooled, after(20))?.slug).toBe('if-scammed');
    const oneDone = recordReview(two, 'if-scammed', review(1, after(20), ['a', 'c', 'd']));
    expect(dueReview(oneDone, pooled, after(20))?.slug).toBe('recognise-scams');
  });

  it('tells the next date to a learner who came early, or none once both rounds are over', () => {
    expect(nextReviewDate(lessons, pooled, after(3))).toBe(after(14).toISOString());
    const done = recordReview(lessons, 'recognise-scams', review(1, after(15), ['a', 'c', 'd']));
    expect(nextReviewDate(done, pooled, after(15))).toBe(after(28).toISOString());
    const both = recordReview(done, 'recognise-scams', review(2, after(29), ['b', 'e', 'f']));
    expect(nextReviewDate(both, pooled, after(29))).toBeUndefined();
  });

  it('counts a review taken while put off as that round, and one taken early as round 0', () => {
    const snoozed = putOffReview(lessons, 'recognise-scams', 1, snoozedUntil(after(14)));
    expect(roundNow(snoozed['recognise-scams'], 'recognise-scams', after(14, 1))).toBe(1);
    expect(roundNow(lessons['recognise-scams'], 'recognise-scams', after(3))).toBe(0);
  });
});

describe('which questions a review shows', () => {
  it('three unseen ones, of different techniques while there are such', () => {
    expect(chooseQuestions(pool, undefined).map((q) => q.id)).toEqual(['a', 'c', 'd']);
  });

  it('none seen before while unseen ones remain, and every question once before any repeats', () => {
    let lessons: Lessons = { l: completedLesson() };
    const shown: string[] = [];
    for (let i = 0; i < 2; i++) {
      const chosen = chooseQuestions(pool, lessons['l']).map((q) => q.id);
      expect(chosen).toHaveLength(3);
      for (const id of chosen) expect(shown).not.toContain(id);
      shown.push(...chosen);
      lessons = recordReview(lessons, 'l', review(0, after(i), chosen, `x${i}`));
    }
    // One unseen left: it comes first, then the ones shown longest ago.
    const third = chooseQuestions(pool, lessons['l']).map((q) => q.id);
    expect(third[0]).toBe(pool.map((q) => q.id).find((id) => !shown.includes(id)));
    expect(third).toHaveLength(3);
    expect(shown.slice(0, 3)).toEqual(expect.arrayContaining(third.slice(1)));
    expect(seenQuestions(lessons['l'])).toEqual(new Set(shown));
  });

  it('recording the same review twice counts it once', () => {
    const once = recordReview({}, 'l', review(1, after(14), ['a', 'c', 'd']));
    expect(recordReview(once, 'l', review(1, after(14), ['a', 'c', 'd']))).toBe(once);
    expect(once['l']!.reviews).toHaveLength(1);
  });
});
