import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { isStoredTrainerKey, type StoredTrainerKey } from '../lib/trainer-key';

/**
 * Where the trainer's signing key lives: IndexedDB, the one browser store that keeps a
 * non-extractable CryptoKey as it is (localStorage holds only text). It belongs to this site
 * address: the same site at another address (a laptop's hotspot, another domain) has none.
 */
let store: UseStore | undefined;

/** WebCrypto, which signing needs, exists only in secure contexts: not at a hotspot's http://192.168… */
const canSignHere = (): boolean =>
  globalThis.isSecureContext && (globalThis.crypto as Partial<Crypto> | undefined)?.subtle !== undefined;

const keyStore = () => (store ??= createStore('hoc-so-trainer', 'keys'));
const SIGNING_KEY = 'signing-key';

/**
 * What the browser gave back: the key, none yet, no IndexedDB (private mode, blocked), or an
 * address where no key can be used at all (not a secure context).
 */
export type LoadedTrainerKey =
  | { state: 'ready'; key: StoredTrainerKey }
  | { state: 'none' }
  | { state: 'unavailable' }
  | { state: 'insecure' };

export async function loadTrainerKey(): Promise<LoadedTrainerKey> {
  if (!canSignHere()) return { state: 'insecure' };
  try {
    const value: unknown = await get(SIGNING_KEY, keyStore());
    // Anything else under the name (from a later version, or damaged) is left untouched.
    if (value === undefined) return { state: 'none' };
    return isStoredTrainerKey(value) ? { state: 'ready', key: value } : { state: 'unavailable' };
  } catch {
    return { state: 'unavailable' };
  }
}

/** Keeps a new key; false if the browser refused (then nothing was kept). */
export async function saveTrainerKey(key: StoredTrainerKey): Promise<boolean> {
  try {
    await set(SIGNING_KEY, key, keyStore());
    return true;
  } catch {
    return false;
  }
}

export async function forgetTrainerKey(): Promise<boolean> {
  try {
    await del(SIGNING_KEY, keyStore());
    return true;
  } catch {
    return false;
  }
}
