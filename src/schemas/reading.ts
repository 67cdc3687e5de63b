/**
 * Reading comfort, remembered on the device (localStorage key `hoc-so:reading`):
 * { size: "normal" | "large" | "xlarge", contrast: "normal" | "high" | "system" }.
 * "system" follows the browser's prefers-contrast. A field that can't be read falls back to its
 * default on its own, so one bad value never resets the other.
 *
 * Read by plain code rather than a schema library: every page applies it before anything else
 * loads, within the few bytes of script a lesson page starts with.
 */
export const READING_KEY = 'hoc-so:reading';
export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export const CONTRASTS = ['system', 'normal', 'high'] as const;
export interface Reading {
  size: (typeof TEXT_SIZES)[number];
  contrast: (typeof CONTRASTS)[number];
}
export const READING_DEFAULTS: Reading = { size: 'normal', contrast: 'system' };

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** The stored text as settings; anything unreadable gives the defaults, field by field. */
export function decodeReading(text: string | null | undefined): Reading {
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? 'null');
  } catch {
    stored = null;
  }
  const fields = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return {
    size: pick(TEXT_SIZES, fields['size'], READING_DEFAULTS.size),
    contrast: pick(CONTRASTS, fields['contrast'], READING_DEFAULTS.contrast),
  };
}
