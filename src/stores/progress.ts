import { computed } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { decodeProgress, emptyProgress, encodeProgress, recordAttempt, recordVisit } from '../lib/progress';
import type { Progress, QuizAttempt } from '../schemas/progress';
import { createSafeStorage } from './safe-storage';

export const PROGRESS_KEY = 'hoc-so:progress';
/** Where a stored record this version can't read is kept, instead of being overwritten. */
export const UNREADABLE_PROGRESS_KEY = 'hoc-so:progress:unreadable';

const storage = createSafeStorage(() => window.localStorage);
setPersistentEngine(storage, windowPersistentEvents);

export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: encodeProgress,
  decode(text) {
    const progress = decodeProgress(text);
    if (progress) return progress;
    if (!(UNREADABLE_PROGRESS_KEY in storage)) storage[UNREADABLE_PROGRESS_KEY] = text;
    return emptyProgress();
  },
});

export const $lessons = computed($progress, (progress) => progress.lessons);

export function visitLesson(slug: string): void {
  $progress.set(recordVisit($progress.get(), slug, new Date()));
}

export function saveQuizAttempt(slug: string, attempt: QuizAttempt): void {
  $progress.set(recordAttempt($progress.get(), slug, attempt));
}

export function newAttemptId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
