import * as v from 'valibot';

/**
 * Reading comfort, remembered on the device (localStorage key `hoc-so:reading`):
 * { size: "normal" | "large" | "xlarge", contrast: "normal" | "high" | "system" }.
 * "system" follows the browser's prefers-contrast. A field that can't be read falls back to its
 * default on its own, so one bad value never resets the other.
 */
export const readingSchema = v.object({
  size: v.fallback(v.picklist(['normal', 'large', 'xlarge']), 'normal'),
  contrast: v.fallback(v.picklist(['system', 'normal', 'high']), 'system'),
});
export type Reading = v.InferOutput<typeof readingSchema>;
export const READING_DEFAULTS: Reading = { size: 'normal', contrast: 'system' };
