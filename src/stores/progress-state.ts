import { persistentAtom } from '@nanostores/persistent';
import { emptyStore } from '../lib/current-learner';
import { newLearnerId } from '../lib/new-id';
import { decodeStored } from '../lib/progress-migrations';
import type { StoredProgress } from '../schemas/progress';
import { recordVisits } from '../lib/progress';
import { updateCurrentLessons } from '../lib/current-learner';
import { readVisits } from '../lib/start/visit-log';
import {
  NOTICE_EVENT,
  PROGRESS_EVENT,
  PROGRESS_KEY,
  UNREADABLE_PROGRESS_KEY,
  VISITS_KEY,
  announce,
} from '../lib/start/storage-keys';
// Installs the storage engine that survives blocked or full storage, before the stores below.
import { storage } from './safe-storage';

/**
 * The writable progress state, for the modules in stores/ only: elements read the read-only
 * `$progress` and change it through the actions in stores/progress.ts, profile-actions.ts and
 * import.ts, so every change is a named verb over a pure function from lib/.
 */
export { PROGRESS_KEY, UNREADABLE_PROGRESS_KEY };

/** The raw unreadable text; `undefined` deletes the key. */
export const $unreadableText = persistentAtom<string | undefined>(UNREADABLE_PROGRESS_KEY, undefined);

/** Whether what storage holds is already the state as decoded (not missing, older or unreadable). */
let stored = false as boolean; // set by decode, which TypeScript can’t follow

export const $storedProgress = persistentAtom<StoredProgress>(
  PROGRESS_KEY,
  emptyStore(new Date(), newLearnerId()),
  {
    encode: JSON.stringify,
    decode(text) {
      let upgraded = false;
      const progress = decodeStored(text, new Date(), newLearnerId, () => (upgraded = true));
      stored = progress !== undefined && !upgraded;
      if (progress) return progress;
      // Keep the first unreadable copy: a second bad write must not replace the learner's real data.
      if ($unreadableText.get() === undefined) {
        $unreadableText.set(text);
        announce(new Event(NOTICE_EVENT));
      }
      return emptyStore(new Date(), newLearnerId());
    },
  },
);
// A learner id made or given just now must be the same on the next page: store it at once.
// `.value`, not get(): reading must not start listening to storage before anything subscribes.
const initial = $storedProgress.value;
if (!stored && initial) $storedProgress.set({ ...initial });

// Lessons opened on pages that didn't load this store (lib/start/visit-log.ts) now count for the
// current learner.
const visits = readVisits(storage[VISITS_KEY]);
if (Object.keys(visits).length > 0) {
  changeLessons((lessons) => recordVisits(lessons, visits));
  Reflect.deleteProperty(storage, VISITS_KEY);
}
/** Applies a pure change to the current learner's lessons. */
export function changeLessons(change: Parameters<typeof updateCurrentLessons>[1]): void {
  changeProgress((state) => updateCurrentLessons(state, change));
}
/** Applies a pure change to the stored state: the one way the state changes. */
export function changeProgress(change: (state: StoredProgress) => StoredProgress): void {
  $storedProgress.set(change($storedProgress.get()));
  // The header's badge draws without this store (elements/profile-badge.ts): tell it.
  announce(new CustomEvent(PROGRESS_EVENT, { detail: $storedProgress.get() }));
}
