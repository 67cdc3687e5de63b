/**
 * The learner's progress keys in localStorage, in a module of their own: the code every page
 * starts with reads them without loading the progress store.
 */
export const PROGRESS_KEY = 'hoc-so:progress';
/** A stored record this version can't read, kept instead of overwritten (the site notices offer it). */
export const UNREADABLE_PROGRESS_KEY = 'hoc-so:progress:unreadable';
/**
 * Lessons opened since the progress store last ran: { "<slug>": ISO time of the first opening }.
 * A lesson page notes its visit here at once, without loading the store (which comes only with
 * the quiz or the step ticks); the store adds them to the current learner when it next loads.
 */
export const VISITS_KEY = 'hoc-so:visits';
/** Asks the page to show its notices (site-notices): storage failed, or progress couldn't be read. */
export const NOTICE_EVENT = 'hoc-so:notice';
/** Sent by the progress store after each change, with the new state: for parts drawn without it. */
export const PROGRESS_EVENT = 'hoc-so:progress';

/** Sends a page-wide event; a no-op in Node, where the unit tests run the stores. */
export function announce(event: Event): void {
  if (typeof dispatchEvent === 'function') dispatchEvent(event);
}
