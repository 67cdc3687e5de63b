import { mergeLessons, mergeWorkshops } from '../lib/merge';
import { updateCurrentLessons } from '../lib/current-learner';
import { noteWorkshop } from '../lib/profiles';
import { mergeSignedSlips, noteSignedSlips } from '../lib/signed-receive';
import { decodeStored } from '../lib/progress-migrations';
import type { ExportFile } from '../schemas/export-file';
import { $storedProgress, changeProgress, PROGRESS_KEY } from './progress-state';
import { storage } from './safe-storage';

/** The exact stored text from before the last import, so "Undo import" restores it byte for byte. */
export const BEFORE_IMPORT_KEY = 'hoc-so:progress:before-import';

// Import and undo live apart from the progress store so only the progress page downloads them.
/** Merges an import into the current profile, first keeping the exact stored text for undo. */
export function applyImport(file: ExportFile): void {
  const before = storage[PROGRESS_KEY] ?? JSON.stringify($storedProgress.get());
  storage[BEFORE_IMPORT_KEY] = before;
  changeProgress((state) => {
    const merged = updateCurrentLessons(state, (lessons) => mergeLessons(lessons, file.lessons));
    const profile = merged.profiles[merged.current];
    const workshop = mergeWorkshops(profile?.workshop, file.workshop);
    const joined = workshop && workshop !== profile?.workshop ? noteWorkshop(merged, workshop) : merged;
    return file.signed
      ? noteSignedSlips(joined, mergeSignedSlips(profile?.signed ?? [], file.signed))
      : joined;
  });
}

export function canUndoImport(): boolean {
  return BEFORE_IMPORT_KEY in storage;
}

export function undoImport(): void {
  const before = storage[BEFORE_IMPORT_KEY];
  if (before === undefined) return;
  const state = decodeStored(before, new Date());
  if (state) $storedProgress.set(state);
  // Put back the very same text, not a re-encoding of it.
  storage[PROGRESS_KEY] = before;
  Reflect.deleteProperty(storage, BEFORE_IMPORT_KEY);
}
