import { VISITS_KEY } from './storage-keys';

export type VisitLog = Record<string, string>;

/** The visits noted so far; anything unreadable is no visits, never an error. */
export function readVisits(text: string | null | undefined): VisitLog {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '{}');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const visits: VisitLog = {};
  for (const [slug, at] of Object.entries(parsed))
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) visits[slug] = at;
  return visits;
}

/** Notes that a lesson was opened, keeping the first time. Storage that fails only loses the note. */
export function noteVisit(
  getStorage: () => Pick<Storage, 'getItem' | 'setItem'>,
  slug: string,
  at: Date,
): void {
  try {
    // Even reaching localStorage throws where the browser blocks it.
    const storage = getStorage();
    const visits = readVisits(storage.getItem(VISITS_KEY));
    if (visits[slug]) return;
    visits[slug] = at.toISOString();
    storage.setItem(VISITS_KEY, JSON.stringify(visits));
  } catch {
    // Private mode or full storage: the learner still reads the lesson.
  }
}
