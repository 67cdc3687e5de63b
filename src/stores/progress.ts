import { computed } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { recordAttempt, recordVisit } from '../lib/progress';
import { mergeLessons } from '../lib/merge';
import {
  createProfile,
  currentLessons,
  deleteProfile,
  emptyStore,
  renameProfile,
  resetProfile,
  switchProfile,
  updateCurrentLessons,
} from '../lib/profiles';
import { decodeStored } from '../lib/progress-migrations';
import type { ExportFile, QuizAttempt, StoredProgress } from '../schemas/progress';
import { makeExportFile } from '../lib/transfer';
import { createSafeStorage } from './safe-storage';

export const PROGRESS_KEY = 'hoc-so:progress';
/** A stored record this version can't read, kept instead of overwritten (the progress page offers it). */
export const UNREADABLE_PROGRESS_KEY = 'hoc-so:progress:unreadable';
/** The exact stored text from before the last import, so "Undo import" restores it byte for byte. */
export const BEFORE_IMPORT_KEY = 'hoc-so:progress:before-import';

export const storage = createSafeStorage(() => window.localStorage);
setPersistentEngine(storage, windowPersistentEvents);

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

const update = (change: (state: StoredProgress) => StoredProgress) => $store.set(change($store.get()));

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

export const addProfile = (name: string) => update((s) => createProfile(s, newId(), name, new Date()));
export const renameLearner = (id: string, name: string) => update((s) => renameProfile(s, id, name));
export const switchLearner = (id: string) => update((s) => switchProfile(s, id));
export const removeProfile = (id: string) => update((s) => deleteProfile(s, id));
export const resetLearner = (id: string) => update((s) => resetProfile(s, id));

/** Merges an import into the current profile, first keeping the exact stored text for undo. */
export function applyImport(file: ExportFile): void {
  const before = storage[PROGRESS_KEY] ?? JSON.stringify($store.get());
  storage[BEFORE_IMPORT_KEY] = before;
  update((state) => updateCurrentLessons(state, (lessons) => mergeLessons(lessons, file.lessons)));
}

export function canUndoImport(): boolean {
  return BEFORE_IMPORT_KEY in storage;
}

export function undoImport(): void {
  const before = storage[BEFORE_IMPORT_KEY];
  if (before === undefined) return;
  const state = decodeStored(before, new Date());
  if (state) $store.set(state);
  // Put back the very same text, not a re-encoding of it.
  storage[PROGRESS_KEY] = before;
  Reflect.deleteProperty(storage, BEFORE_IMPORT_KEY);
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
