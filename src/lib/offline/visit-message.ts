// In a module of its own: every page sends this (lib/start/offline-visit.ts), so it must not bring
// the topic-list code into the few KB a page starts with (issue #18).

/** The message a page sends its service worker after each visit (lib/start/offline-visit.ts). */
export const VISIT_MESSAGE = 'hoc-so:visit';
export interface VisitMessage {
  type: typeof VISIT_MESSAGE;
  /** The page being read, without its #fragment: kept even if it was loaded before the worker. */
  page: string;
  /** A lesson page's topic list, whose lessons are kept in the background. */
  topic?: string | undefined;
  /** The browser asks sites to save data (Data Saver): keep only the page itself. */
  saveData: boolean;
}

/** Whether the browser asks sites to save data (Chrome's Data Saver, `Save-Data`). */
export const browserSavesData = (): boolean =>
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

export const isVisitMessage = (data: unknown): data is VisitMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === VISIT_MESSAGE &&
  typeof (data as { page?: unknown }).page === 'string';
