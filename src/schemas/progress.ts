import * as v from 'valibot';
import { workshopSchema } from './workshop';

/**
 * The learner's progress: how it is stored in the browser and how it travels in export files.
 * Valibot, not zod, because these decoders ship to phones (≈1 KB where zod/mini added 7 KB).
 *
 * Stored (localStorage key `hoc-so:progress`), format "hoc-so-progress" version 6:
 * {
 *   format: "hoc-so-progress", version: 6,
 *   current: "<profile id>",                      // the profile this browser is using now
 *   profiles: {
 *     "<profile id>": { name: "Lan", created: ISO time, learnerId: "3fa85f64c2b1", lessons: Lessons,
 *                       workshop?: Workshop, signed?: ["HSK:…", …] }
 *   }                                             // name "" = main profile
 * }
 * learnerId: 12 random hex digits, made once per profile, so a room of phones (each with a "main"
 * profile) stays a room of different learners on a trainer's class sheet.
 * workshop (optional, added within version 3: a reader of version 3 without it still reads every
 * record, and a record without it is still valid): the workshop this learner last joined by
 * scanning a projector's session QR, { session: "K7M2QX", name: "Ấp 3, xã An Minh", joined: ISO
 * time } (schemas/workshop.ts). Their progress slip carries the session id.
 * signed (issue #22, version 6; absent until the first): the slips trainers signed for this learner,
 * as received on the progress page (lib/signed-receive.ts), each the text of the QR code, "HSK:"
 * and Base45 (lib/signed-slip.ts reads it; not imported here, as this schema ships to every page).
 * Ordered by the day each was signed, then by text, so the newest is last; at most
 * SIGNED_SLIPS_MAX, the newest kept. Only one carrying the profile's learner id is received, but an
 * import keeps those the file brings (the learner's own, from another phone).
 * Export file (what "Download my progress" saves; one profile), same format name and version:
 * { format: "hoc-so-progress", version: 6, exported: ISO time, profile: "Lan" | null,
 *   learnerId: "3fa85f64c2b1" | null, workshop?: Workshop, signed?: ["HSK:…", …], lessons: Lessons }
 *   // null: from a version 1 or 2 file; importing keeps the later-joined workshop (lib/merge.ts) and
 *   // unites the signed slips (lib/signed-receive.ts)
 *
 * Lessons = {
 *   "<slug>": {                        // slugs are the same in every language, so progress is too
 *     firstVisited: ISO time,          // the first visit; merges keep the earliest
 *     stepsChecked: ["<step id>", …],  // steps ticked in a lesson's checklist
 *     attempts: [{ id, at, correct, total, score, answers: { "<question id>": ["<answer>", …] }, passed }],
 *     bestScore: 0-100 | null,         // never lowered; null before any attempt
 *     completed: ISO time | null,      // first passing attempt; never cleared by a later attempt
 *     practice: [{ id, at, simulation, variant, end, traps, wrong }], // finished simulation runs
 *     reviews?: [{ id, at, round, questions, correct }],               // "2-minute reviews" done
 *     reviewPutOff?: [{ round, until }]                                 // reviews snoozed or dismissed
 *   }
 * }
 * answers: chosen option values, flagged part ids, or step ids in the order placed; the first try.
 * practice (issue #21; a record read without it has []): one entry per run of the lesson's simulation played to a debrief, in time
 * order: the simulation's id, the version played (null if it has none), the debrief reached, the
 * traps that caught the learner on the way, in order ([] for a clean run) and how many choices
 * were not the good one.
 * The outcome, never a score.
 * reviews (issue #21, version 5; absent until the first): each "Ôn lại 2 phút" done for the lesson:
 * its round (1 = 14 days after the lesson or its simulation was first finished, 2 = 28 days, 0 = one
 * taken when none was due), the review questions shown (which ones the learner has seen is the union
 * of these), and how many were right first time. reviewPutOff: per round, `until` an ISO time
 * (snoozed) or null (dismissed: that round is passed over). lib/review.ts works out what is due.
 *
 * Limits (the constants below; the schema uses them, so code that keeps within them can't drift):
 * at most ATTEMPTS_PER_LESSON_MAX attempts and STEPS_CHECKED_MAX ticked steps per lesson,
 * ANSWERS_PER_QUESTION_MAX answers per question, TEXT_MAX characters per id, slug or answer,
 * PROFILE_NAME_MAX per name. `lib/progress-limits.ts` keeps long lists within them: it drops middle
 * attempts (never the first or the latest) and the alphabetically last ticked steps; bestScore and
 * completed are kept apart from the attempts, so capping never changes them.
 *
 * Version 5 had no signed slips; version 4 had no reviews; version 3 had no practice list; version 2 had no learnerId. Version 1 (before profiles; stored and exported alike):
 * { format, version: 1, lessons } whose lesson records had no stepsChecked. `lib/progress-migrations.ts` turns any older version into the
 * current one, so an old stored record or an old export file always loads.
 */
export const PROGRESS_FORMAT = 'hoc-so-progress';
export const PROGRESS_VERSION = 6;
export const PROFILE_NAME_MAX = 40;
export const ATTEMPTS_PER_LESSON_MAX = 1000;
export const STEPS_CHECKED_MAX = 100;
/** Finished simulation runs kept per lesson: the first and the latest (lib/progress-limits.ts). */
export const PRACTICE_RUNS_MAX = 200;
/** Traps one run can fall into (a simulation declares a handful). */
export const TRAPS_PER_RUN_MAX = 20;
export const ANSWERS_PER_QUESTION_MAX = 50;
/** Reviews kept per lesson: a learner takes two scheduled ones, and any number more. */
export const REVIEWS_PER_LESSON_MAX = 200;
/** Questions in one review (three are shown). */
export const QUESTIONS_PER_REVIEW_MAX = 10;
/** Questions in one quiz (an attempt's correct and total). */
export const QUESTION_COUNT_MAX = 1000;
/** Characters in an id, a slug, an answer or the current profile's id. */
export const TEXT_MAX = 100;
/** Signed slips kept per profile: the newest. A trainer signs a learner a few times a year. */
export const SIGNED_SLIPS_MAX = 20;
/** Characters in a signed slip's text: a long name, key and workshop id and 150 lessons fit. */
export const SIGNED_TEXT_MAX = 1000;

export const isoTimeSchema = v.pipe(v.string(), v.isoTimestamp());
const isoTime = isoTimeSchema;
const percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(QUESTION_COUNT_MAX));
/** Lesson slugs and ids: lowercase-kebab only, which also keeps keys like `__proto__` out. */
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(TEXT_MAX));
const shortText = v.pipe(v.string(), v.maxLength(TEXT_MAX));

export const quizAttemptSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(TEXT_MAX)),
  at: isoTime,
  correct: count,
  total: count,
  score: percent,
  answers: v.record(slug, v.pipe(v.array(shortText), v.maxLength(ANSWERS_PER_QUESTION_MAX))),
  passed: v.boolean(),
});

export const practiceRunSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(TEXT_MAX)),
  at: isoTime,
  simulation: slug,
  variant: v.nullable(slug),
  end: slug,
  traps: v.pipe(v.array(slug), v.maxLength(TRAPS_PER_RUN_MAX)),
  wrong: count,
});

/**
 * Which "2-minute review" of a lesson: 0 = taken when none was due, 1 = at 14 days, 2 = at 28.
 * Written with the checks the other numbers use rather than `v.picklist`, whose code every lesson
 * page would then load (the stored format is checked on every page; lesson pages' JS is counted).
 */
const round = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(2));

export const reviewRunSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(TEXT_MAX)),
  at: isoTime,
  round: round(0),
  questions: v.pipe(v.array(slug), v.minLength(1), v.maxLength(QUESTIONS_PER_REVIEW_MAX)),
  correct: count,
});

export const reviewPutOffSchema = v.strictObject({
  round: round(1),
  /** Snoozed until then; null: dismissed, so this round is passed over. */
  until: v.nullable(isoTime),
});

export const lessonRecordSchema = v.strictObject({
  firstVisited: isoTime,
  stepsChecked: v.pipe(v.array(slug), v.maxLength(STEPS_CHECKED_MAX)),
  attempts: v.pipe(v.array(quizAttemptSchema), v.maxLength(ATTEMPTS_PER_LESSON_MAX)),
  bestScore: v.nullable(percent),
  completed: v.nullable(isoTime),
  // Optional in what is read (a version 3 record has none: [] then), always there once read.
  practice: v.optional(v.pipe(v.array(practiceRunSchema), v.maxLength(PRACTICE_RUNS_MAX)), []),
  // Absent until the learner meets a review (most lessons have none), so other records stay as they were.
  reviews: v.optional(v.pipe(v.array(reviewRunSchema), v.maxLength(REVIEWS_PER_LESSON_MAX))),
  reviewPutOff: v.optional(v.pipe(v.array(reviewPutOffSchema), v.maxLength(2))),
});

export const lessonsSchema = v.record(slug, lessonRecordSchema);

/** A learner's name on a shared phone: plain text, no markup, short. */
export const profileNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(PROFILE_NAME_MAX),
  v.check((name) => !Array.from(name).some((ch) => ch === '<' || ch === '>' || ch < ' ' || ch === '\u007f')),
);

/** 12 lowercase hex digits: the 6 bytes a progress slip carries (lib/slip.ts). */
export const learnerIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{12}$/));

export const profileSchema = v.strictObject({
  name: profileNameSchema,
  created: isoTime,
  learnerId: learnerIdSchema,
  lessons: lessonsSchema,
  workshop: v.optional(workshopSchema),
  // Absent until the learner receives a first signature, so other profiles stay as they were.
  // Only the list's bounds here: each way a slip comes in checks its text in full (receiving reads
  // it, importing checks schemas/signed-slips.ts), and this schema ships to every lesson page.
  signed: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.maxLength(SIGNED_TEXT_MAX))), v.maxLength(SIGNED_SLIPS_MAX)),
  ),
});

const profileId = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.maxLength(TEXT_MAX));
export const storedProgressSchema = v.pipe(
  v.strictObject({
    format: v.literal(PROGRESS_FORMAT),
    version: v.literal(PROGRESS_VERSION),
    current: v.pipe(v.string(), v.minLength(1), v.maxLength(TEXT_MAX)),
    profiles: v.record(profileId, profileSchema),
  }),
  // The current profile must exist. (No message: nobody reads it, and every page loads this.)
  v.check((s) => s.current in s.profiles),
);

export type QuizAttempt = v.InferOutput<typeof quizAttemptSchema>;
export type PracticeRun = v.InferOutput<typeof practiceRunSchema>;
export type ReviewRound = 0 | 1 | 2;
export type ReviewRun = v.InferOutput<typeof reviewRunSchema>;
export type ReviewPutOff = v.InferOutput<typeof reviewPutOffSchema>;
export type LessonRecord = v.InferOutput<typeof lessonRecordSchema>;
export type Lessons = v.InferOutput<typeof lessonsSchema>;
export type Profile = v.InferOutput<typeof profileSchema>;
export type StoredProgress = v.InferOutput<typeof storedProgressSchema>;
/**
 * Version 1, before profiles and step checklists; version 2, before learner ids. Older versions
 * have no schema of their own: lib/progress-migrations.ts brings their data up to the current
 * shape, and the current schema checks every field.
 */
export interface ProgressV1 {
  format: typeof PROGRESS_FORMAT;
  version: 1;
  lessons: Record<string, Omit<LessonRecord, 'stepsChecked' | 'practice'>>;
}
