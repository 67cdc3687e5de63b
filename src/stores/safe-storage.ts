import { atom, readonlyType, type WritableAtom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { NOTICE_EVENT, announce } from '../lib/start/storage-keys';

/**
 * False once the browser refuses to store data (storage disabled, private mode, quota full).
 * Learning goes on from memory; the page tells the learner their results won't be kept.
 */
const $works = atom(true);
export const $storageWorks = readonlyType($works);
// The notices' code may not be on the page yet: ask for it (lib/start/site-notices-start.ts).
$works.listen((works) => {
  if (!works) announce(new Event(NOTICE_EVENT));
});

/**
 * A storage engine for @nanostores/persistent that never throws: reads and writes go to
 * localStorage when it works and to memory when it doesn't, so broken storage can't break a lesson.
 */
export function createSafeStorage(
  getStorage: () => Storage,
  works: WritableAtom<boolean> = $works,
): Record<string, string> {
  const memory = new Map<string, string>();
  const attempt = <T>(action: (storage: Storage) => T): T | undefined => {
    try {
      return action(getStorage());
    } catch {
      works.set(false);
      return undefined;
    }
  };
  const values: Record<string, string> = {};
  return new Proxy(values, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      if (memory.has(key)) return memory.get(key);
      return attempt((s) => s.getItem(key)) ?? undefined;
    },
    has(_, key) {
      if (typeof key !== 'string') return false;
      return memory.has(key) || attempt((s) => s.getItem(key) !== null) === true;
    },
    set(_, key, value: string) {
      if (typeof key !== 'string') return false;
      // Write through; keep the value in memory only while storage fails, so this visit still works.
      if (attempt((s) => (s.setItem(key, value), true))) memory.delete(key);
      else memory.set(key, value);
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'string') return false;
      memory.delete(key);
      attempt((s) => s.removeItem(key));
      return true;
    },
  });
}

/**
 * The one storage every persistent store uses, installed before any store is created: importing
 * this module (as each store does) is what makes persistence safe.
 */
export const storage = createSafeStorage(() => window.localStorage);
setPersistentEngine(storage, windowPersistentEvents);
