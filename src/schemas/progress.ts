import * as v from 'valibot';

/**
 * The learner's progress as stored in the browser (localStorage key `hoc-so:progress`).
 *
 * Format "hoc-so-progress", version 1:
 * {
 *   format: "hoc-so-progress", version: 1,
 *   lessons: {
 *     "<slug>": {                      // slugs are the same in every language, so progress is too
 *       firstVisited: ISO time,         // set once, on the first visit to the lesson
 *       attempts: [{ id, at, correct, total, score, answers: { "<questionId>": ["<answer>", …] }, passed }],
 *                                     // answers: chosen option values, flagged part ids, or step ids in
 *                                     // the order placed; always the first try at each question
 *       bestScore: 0-100 | null,        // highest attempt score; null before any attempt
 *       completed: ISO time | null      // first time a quiz attempt passed; never cleared
 *     }
 *   }
 * }
 * Lifecycle: created empty; a lesson record appears on the first visit; attempts are only appended.
 * Migration: a later version adds a schema here and a step in `lib/progress-migrations.ts`, so
 * any older record still loads. Valibot, not zod, because
 * this decoder ships to phones: it adds about 1 KB where zod/mini added 7 KB.
 */
export const PROGRESS_FORMAT = 'hoc-so-progress';
export const PROGRESS_VERSION = 1;

const isoTime = v.pipe(v.string(), v.isoTimestamp());
const percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const quizAttemptSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  at: isoTime,
  correct: count,
  total: count,
  score: percent,
  answers: v.record(v.string(), v.array(v.string())),
  passed: v.boolean(),
});

export const lessonProgressSchema = v.object({
  firstVisited: isoTime,
  attempts: v.array(quizAttemptSchema),
  bestScore: v.nullable(percent),
  completed: v.nullable(isoTime),
});

export const progressV1Schema = v.object({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(1),
  lessons: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), lessonProgressSchema),
});

export type QuizAttempt = v.InferOutput<typeof quizAttemptSchema>;
export type LessonProgress = v.InferOutput<typeof lessonProgressSchema>;
export type Progress = v.InferOutput<typeof progressV1Schema>;
