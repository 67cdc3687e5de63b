import { computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { recordAttempt, recordVisit } from '../lib/progress';
import { currentLessons, emptyStore, updateCurrentLessons } from '../lib/profiles';
import { decodeStored } from '../lib/progress-migrations';
import type { ExportFile, QuizAttempt, StoredProgress } from '../schemas/progress';
import { makeExportFile } from '../lib/transfer';
import { storage } from './safe-storage';

export const PROGRESS_KEY = 'hoc-so:progress';
/** A stored record this version can't read, kept instead of overwritten (the progress page offers it). */
export const UNREADABLE_PROGRESS_KEY = 'hoc-so:progress:unreadable';

export const $store = persistentAtom<StoredProgress>(PROGRESS_KEY, emptyStore(new Date()), {
  encode: JSON.stringify,
  decode(text) {
    const progress = decodeStored(text, new Date());
    if (progress) return progress;
    if (!(UNREADABLE_PROGRESS_KEY in storage)) storage[UNREADABLE_PROGRESS_KEY] = text;
    return emptyStore(new Date());
  },
});

/** The current learner's lessons: what every lesson, status and score element shows. */
export const $lessons = computed($store, currentLessons);
export const $profile = computed($store, (state) => ({
  id: state.current,
  ...state.profiles[state.current]!,
}));

/** Applies a pure change to the stored state (the one way the state changes). */
export const update = (change: (state: StoredProgress) => StoredProgress) => $store.set(change($store.get()));

export function visitLesson(slug: string): void {
  update((state) => updateCurrentLessons(state, (lessons) => recordVisit(lessons, slug, new Date())));
}

export function saveQuizAttempt(slug: string, attempt: QuizAttempt): void {
  update((state) => updateCurrentLessons(state, (lessons) => recordAttempt(lessons, slug, attempt)));
}

export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The current learner's progress as an export file. */
export function currentExport(): ExportFile {
  return makeExportFile($profile.get().name, $lessons.get(), new Date());
}

/** The text kept when stored progress could not be read, if any. */
export function unreadableBackup(): string | undefined {
  return storage[UNREADABLE_PROGRESS_KEY];
}

export function discardUnreadableBackup(): void {
  Reflect.deleteProperty(storage, UNREADABLE_PROGRESS_KEY);
}
