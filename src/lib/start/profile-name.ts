/** Longest name a badge shows; stored names are shorter (PROFILE_NAME_MAX), this only guards the header. */
const SHOWN_MAX = 60;

/**
 * The current learner's name in stored progress of any version, read without the progress store
 * (the header shows it on every page, before that store loads): "" is the main learner, and so is
 * anything unreadable; the store itself decides, and reports, what it can't read.
 */
export function currentProfileName(state: unknown): string {
  if (typeof state !== 'object' || state === null) return '';
  const { current, profiles } = state as { current?: unknown; profiles?: unknown };
  if (typeof current !== 'string' || typeof profiles !== 'object' || profiles === null) return '';
  const name = (profiles as Record<string, { name?: unknown } | undefined>)[current]?.name;
  return typeof name === 'string' ? name.slice(0, SHOWN_MAX) : '';
}

/** The name as stored in `text` (the raw localStorage value). */
export function storedProfileName(text: string | null): string {
  try {
    return currentProfileName(JSON.parse(text ?? 'null'));
  } catch {
    return '';
  }
}
