import * as v from 'valibot';

/**
 * A workshop session as learners see it: the id the trainer's class carries (schemas/class-book.ts)
 * and progress slips repeat (lib/slip.ts), the workshop's name, and, in a learner's profile, when
 * they joined (schemas/progress.ts). A leaf module, so the progress schema every page loads can
 * use it without the class book or the slip encoder.
 */
export const SESSION_ID_MAX = 16;
/** Capital letters, digits and hyphens: QR's alphanumeric mode, and easy to read aloud. */
export const SESSION_ID_PATTERN = new RegExp(`^[A-Z0-9-]{1,${SESSION_ID_MAX}}$`);
export const sessionIdSchema = v.pipe(v.string(), v.regex(SESSION_ID_PATTERN));

/** As long as a class's name may be (class-book CLASS_TEXT_MAX). */
export const WORKSHOP_NAME_MAX = 80;
/** A workshop's name: plain text on one line, not empty. */
export const workshopNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(WORKSHOP_NAME_MAX),
  v.check((name) => !Array.from(name).some((ch) => ch < ' ' || ch === '\u007f')),
);

/** The workshop a learner last joined by scanning its session QR (the join page). */
export const workshopSchema = v.strictObject({
  session: sessionIdSchema,
  name: workshopNameSchema,
  /** When this phone joined, ISO time. */
  joined: v.pipe(v.string(), v.isoTimestamp()),
});

export type Workshop = v.InferOutput<typeof workshopSchema>;
