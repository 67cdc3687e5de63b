import * as v from 'valibot';
import { WORKSHOP_NAME_MAX, workshopNameSchema } from '../schemas/workshop';
import { calendarDaySchema } from '../schemas/calendar-day';
import type { ClassBook } from '../schemas/class-book';
import type { ClassDetails } from './class-book';

/**
 * Workshop sessions on the trainer's device. A workshop IS a class of the class book
 * (lib/class-book.ts): starting one makes it the current class, whose session id the projector's
 * title screen shows as a QR code (elements/session-qr.ts) and learners' slips carry.
 */

// Here, not in schemas/workshop.ts, which every page loads with the progress schema.
/** Where a workshop is held: plain text on one line, may be empty. */
export const workshopPlaceSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(WORKSHOP_NAME_MAX),
  v.check((place) => !Array.from(place).some((ch) => ch < ' ' || ch === '\u007f')),
);

/** What a trainer types to start a workshop (the trainer hub); it becomes a class (class-book). */
export const workshopDetailsSchema = v.strictObject({
  name: workshopNameSchema,
  date: calendarDaySchema,
  place: workshopPlaceSchema,
});

/** Why the details typed on the trainer hub can't start a workshop. */
export type WorkshopDetailsProblem = 'name-missing' | 'bad-text' | 'bad-date';

/** The details, trimmed, or what is wrong with them. */
export function checkWorkshopDetails(
  details: ClassDetails,
): { ok: true; details: ClassDetails } | { ok: false; problem: WorkshopDetailsProblem } {
  const parsed = v.safeParse(workshopDetailsSchema, details);
  if (parsed.success) return { ok: true, details: parsed.output };
  const field = parsed.issues[0].path?.[0]?.key;
  if (field === 'date') return { ok: false, problem: 'bad-date' };
  if (field === 'name' && !details.name.trim()) return { ok: false, problem: 'name-missing' };
  return { ok: false, problem: 'bad-text' };
}

/** Ends the current workshop: no class is current, so the projector shows no session code. */
export function endWorkshop(book: ClassBook): ClassBook {
  return book.current === null ? book : { ...book, current: null };
}
