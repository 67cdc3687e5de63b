import { z } from 'astro/zod';

/**
 * A lesson's review pool (issue #21): `content/reviews/<locale>/<lesson slug>.mdx`, questions for
 * "Ôn lại 2 phút", written as in a quiz (<Question>, <Option>, <Message>, <Part>) without a <Quiz>
 * around them, each naming the manipulation technique it trains (`technique="urgency"`). The home
 * page offers three a learner hasn't seen 14 and 28 days after they finish the lesson
 * (lib/review.ts). Checked at build time by data/reviews.ts.
 */

/** The manipulation techniques review questions train, as the scam lessons name them. */
export const REVIEW_TECHNIQUES = [
  'urgency',
  'fake-authority',
  'secrecy',
  'move-money',
  'link-or-app',
  'otp-request',
  'lookalike-address',
  'fee-first',
  'too-good-to-be-true',
  'after-the-scam',
] as const;
export type ReviewTechnique = (typeof REVIEW_TECHNIQUES)[number];

export const reviewTechnique = z.enum(REVIEW_TECHNIQUES, {
  error: `must be one of ${REVIEW_TECHNIQUES.join(', ')}`,
});

/** At least this many questions per lesson and language: two reviews of three, none repeated. */
export const REVIEW_POOL_MIN = 6;

/** A pool file's front matter. */
export const reviewPoolSchema = z.strictObject({
  /** The lesson reviewed: the file's name too. */
  lesson: z.string({ error: 'is required' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lesson slug'),
  /** The techniques its questions train; each question names one of these. */
  techniques: z.array(reviewTechnique, { error: 'is required' }).min(1, 'names at least one technique'),
});
