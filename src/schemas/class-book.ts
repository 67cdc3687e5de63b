import * as v from 'valibot';
import { calendarDaySchema } from './calendar-day';
import { ATTEMPTS_PER_LESSON_MAX, learnerIdSchema, PRACTICE_RUNS_MAX, PROFILE_NAME_MAX } from './progress';
import { sessionIdSchema } from './workshop';

/**
 * A trainer's classes: how the class sheet page stores them (localStorage key `hoc-so:classes`,
 * apart from the trainer's own learning progress) and how they travel as a JSON file.
 *
 * { format: "hoc-so-classes", version: 1,
 *   current: "<class id>" | null,                     // the class the sheet page shows
 *   classes: [{                                        // in the order they were made
 *     id: "<random id>", session: "K7M2QX",            // the workshop session id slips carry
 *     name: "Ấp 3, xã An Minh", date: "2026-03-12", place: "Nhà văn hoá ấp 3",
 *     members: [{ learnerId: "3fa85f64c2b1", name: "Lan", date: "2026-03-12", session?: "K7M2QX",
 *                 renamed?: true,                      // the trainer's name, kept over later slips'
 *                 lessons: [{ code: 3, completed: true, bestScore: 90, failedAttempts: 1,
 *                             practice?: { runs: 2, everSafe: true, lastSafe: true } }] }]
 * practice (optional, added within version 1): the lesson's simulation runs (lib/slip.ts).
 *   }] }
 * A member is the newest progress slip (or export file) read from that learner (lib/class-sheet.ts).
 */
export const CLASS_BOOK_FORMAT = 'hoc-so-classes';
export const CLASS_BOOK_VERSION = 1;
export const CLASS_TEXT_MAX = 80;
/** A class of 150 and then some; a sheet beyond this is not a class. */
export const CLASS_MEMBERS_MAX = 1000;
export const CLASSES_MAX = 200;

const day = calendarDaySchema;
const classText = v.pipe(
  v.string(),
  v.maxLength(CLASS_TEXT_MAX),
  v.check((text) => !Array.from(text).some((ch) => ch < ' ' || ch === '\u007f')),
);
export { sessionIdSchema };

const slipLessonSchema = v.strictObject({
  code: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535)),
  completed: v.boolean(),
  bestScore: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  failedAttempts: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(ATTEMPTS_PER_LESSON_MAX)),
  practice: v.optional(
    v.pipe(
      v.strictObject({
        runs: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(PRACTICE_RUNS_MAX)),
        everSafe: v.boolean(),
        lastSafe: v.boolean(),
      }),
      v.check((p) => p.everSafe || !p.lastSafe, 'the last run safe but none safe'),
    ),
  ),
});

export const classMemberSchema = v.strictObject({
  learnerId: learnerIdSchema,
  name: v.pipe(v.string(), v.maxLength(PROFILE_NAME_MAX)),
  date: day,
  session: v.optional(sessionIdSchema),
  /** The trainer renamed the row; later slips keep the name. */
  renamed: v.optional(v.literal(true)),
  lessons: v.pipe(
    v.array(slipLessonSchema),
    v.maxLength(65535),
    v.check((ls) => new Set(ls.map((l) => l.code)).size === ls.length, 'a lesson appears twice'),
  ),
});

export const classSheetSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-zA-Z0-9-]{1,64}$/)),
  session: sessionIdSchema,
  name: classText,
  date: day,
  place: classText,
  members: v.pipe(
    v.array(classMemberSchema),
    v.maxLength(CLASS_MEMBERS_MAX),
    v.check((ms) => new Set(ms.map((m) => m.learnerId)).size === ms.length, 'a learner appears twice'),
  ),
});

export const classBookSchema = v.pipe(
  v.strictObject({
    format: v.literal(CLASS_BOOK_FORMAT),
    version: v.literal(CLASS_BOOK_VERSION),
    current: v.nullable(v.string()),
    classes: v.pipe(
      v.array(classSheetSchema),
      v.maxLength(CLASSES_MAX),
      v.check((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'a class id appears twice'),
    ),
  }),
  v.check(
    (b) => b.current === null || b.classes.some((c) => c.id === b.current),
    'the current class must exist',
  ),
);

export type ClassBook = v.InferOutput<typeof classBookSchema>;
