import { readonlyType } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { READING_DEFAULTS, READING_KEY, decodeReading, type Reading } from '../schemas/reading';
// Installs the storage engine that survives blocked or full storage, before the store below.
import './safe-storage';

const $stored = persistentAtom<Reading>(READING_KEY, READING_DEFAULTS, {
  encode: JSON.stringify,
  decode: decodeReading,
});

/** Text size and contrast chosen on this device (format: schemas/reading.ts). */
export const $reading = readonlyType($stored);

export function setReading(change: Partial<Reading>): void {
  $stored.set({ ...$stored.get(), ...change });
}
