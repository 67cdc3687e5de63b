import * as v from 'valibot';
import { readonlyType } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { READING_DEFAULTS, readingSchema, type Reading } from '../schemas/reading';
// Installs the storage engine that survives blocked or full storage, before the store below.
import './safe-storage';

function decodeReading(text: string): Reading {
  try {
    return v.parse(readingSchema, JSON.parse(text));
  } catch {
    return READING_DEFAULTS;
  }
}

const $stored = persistentAtom<Reading>('hoc-so:reading', READING_DEFAULTS, {
  encode: JSON.stringify,
  decode: decodeReading,
});

/** Text size and contrast chosen on this device (format: schemas/reading.ts). */
export const $reading = readonlyType($stored);

export function setReading(change: Partial<Reading>): void {
  $stored.set({ ...$stored.get(), ...change });
}
