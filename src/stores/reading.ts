import * as v from 'valibot';
import { persistentAtom } from '@nanostores/persistent';
// Installs the storage engine that survives blocked or full storage, before the store below.
import './safe-storage';

/**
 * Reading comfort, remembered on the device (localStorage key `hoc-so:reading`):
 * { size: "normal" | "large" | "xlarge", contrast: "normal" | "high" | "system" }.
 * "system" follows the browser's prefers-contrast. Anything unreadable falls back to the defaults.
 */
export const readingSchema = v.object({
  size: v.fallback(v.picklist(['normal', 'large', 'xlarge']), 'normal'),
  contrast: v.fallback(v.picklist(['system', 'normal', 'high']), 'system'),
});
export type Reading = v.InferOutput<typeof readingSchema>;
const DEFAULTS: Reading = { size: 'normal', contrast: 'system' };

function decodeReading(text: string): Reading {
  try {
    return v.parse(readingSchema, JSON.parse(text));
  } catch {
    return DEFAULTS;
  }
}

export const $reading = persistentAtom<Reading>('hoc-so:reading', DEFAULTS, {
  encode: JSON.stringify,
  decode: decodeReading,
});

export function setReading(change: Partial<Reading>): void {
  $reading.set({ ...$reading.get(), ...change });
}

const moreContrast = window.matchMedia('(prefers-contrast: more)');

/** The page follows the choice: CSS reads `data-text-size` and `data-contrast` on <html>. */
function apply({ size, contrast }: Reading): void {
  const root = document.documentElement;
  root.dataset.textSize = size;
  root.dataset.contrast = contrast === 'system' ? (moreContrast.matches ? 'high' : 'normal') : contrast;
}
$reading.subscribe(apply);
moreContrast.addEventListener('change', () => apply($reading.get()));
