import * as v from 'valibot';

/**
 * A calendar day written YYYY-MM-DD that exists (2026-02-30 doesn't): a workshop's date, a class
 * member's day. Made of checks every page already loads rather than `v.isoDate()`: valibot is one
 * module, so any of its functions used anywhere lands in the chunk every lesson page loads.
 */
export const calendarDaySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((day) => !Number.isNaN(Date.parse(day)) && new Date(day).toISOString().startsWith(day)),
);
