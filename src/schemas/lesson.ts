import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** Lesson codes fit in two bytes of a progress slip. */
export const LESSON_CODE_MAX = 65535;

/** YAML reads 2024-04-23 as a Date but 2024-04 as text; both become the text form. */
const sourceDate = z.union([
  z.date().transform((date) => date.toISOString().slice(0, 10)),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use YYYY-MM-DD, YYYY-MM or YYYY'),
]);

/** Front matter of `content/lessons/<locale>/<slug>.mdx`. Each field's line doubles as author documentation. */
export const lessonSchema = z.strictObject({
  /** Lesson title, shown as the page heading. */
  title: text,
  /** One or two sentences for the lesson list on the home page. */
  summary: text,
  /** Id of the track (a file name in `content/tracks/`, without `.json`). */
  track: z.string().regex(/^[a-z0-9-]+$/, 'use the track file name, e.g. "vneid"'),
  /** Position inside the track, 1 first; unique within a track. */
  order: z.number().int().min(1),
  /**
   * The lesson's permanent number, the same in every language: progress slips and class sheets
   * name lessons by it, so it never changes and is never given to another lesson, even after this
   * one is retired (list retired codes in content/retired-lesson-codes.json).
   */
  code: z.number().int().min(1).max(LESSON_CODE_MAX),
  /** Minutes a learner needs alone. */
  duration: z.number().int().min(1).max(240),
  /** How much the learner needs to know already. */
  level: z.enum(['beginner', 'intermediate', 'advanced']),
  /** What the learner can do afterwards. */
  objectives: z.array(text).min(1),
  /** Words the lesson explains, with their everyday meaning. */
  keyTerms: z.array(z.strictObject({ term: text, meaning: text })).min(1),
  /** Where the lesson's facts come from; every claim about law, money or numbers needs one. */
  sources: z
    .array(
      z.strictObject({
        title: text,
        /**
         * The article itself, copied from the fact sheets (content/facts/), never a bare home page.
         * Leave it out where the sheet has no link; the title then names the site and the article.
         */
        url: z.url({ protocol: /^https?$/ }).optional(),
        /**
         * Publication date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY.
         * Leave it out when the source has no date, rather than guessing one.
         */
        date: sourceDate.optional(),
      }),
    )
    .min(1),
  /** When the facts were last checked against their sources, YYYY-MM-DD. */
  updated: z.coerce.date(),
  /**
   * When a fact in the lesson may stop being true (a rule with an end date), YYYY-MM-DD. After it,
   * learners see a notice that the rules may have changed, and the build lists the lesson as due.
   */
  reviewBy: z.coerce.date().optional(),
  /** For the trainer running this lesson as a workshop. */
  trainerNotes: z.strictObject({
    /** Length of the workshop in minutes. */
    workshopMinutes: z.number().int().min(5).max(480),
    /** Phones, projector and so on the session needs. */
    devices: z.array(text).min(1),
    /** Printouts and other things to bring. */
    materials: z.array(text).min(1),
    /** The workshop plan, in order. */
    activities: z
      .array(z.strictObject({ title: text, minutes: z.number().int().min(1), description: text }))
      .min(1),
    /** Questions learners often ask in the workshop, with the answer to give (from the lesson's sources). */
    commonQuestions: z.array(z.strictObject({ question: text, answer: text })).default([]),
  }),
});

export type LessonFrontMatter = z.infer<typeof lessonSchema>;

/**
 * content/retired-lesson-codes.json: the codes of lessons taken off the site, which no other lesson
 * may ever use (slips and class sheets made before still name them).
 */
export const retiredLessonCodesSchema = z.array(
  z.strictObject({
    code: z.number().int().min(1).max(LESSON_CODE_MAX),
    /** The retired lesson's slug. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use the lesson's slug"),
    /** When it left the site, YYYY-MM-DD. */
    retired: z.coerce.date(),
  }),
);
