import * as v from 'valibot';
import { SIGNED_SLIPS_MAX, SIGNED_TEXT_MAX } from './progress';

/**
 * A signed slip's text: "HSK:" then Base45, whose alphabet is QR's alphanumeric one. Only its
 * shape: lib/signed-slip.ts reads the rest, on the pages that show it. Not in schemas/progress.ts,
 * which every lesson page loads: only the progress page and imports check a slip's text.
 */
export const signedSlipTextSchema = v.pipe(
  v.string(),
  v.maxLength(SIGNED_TEXT_MAX),
  v.regex(/^HSK:[0-9A-Z $%*+\-./:]+$/),
);
/** A profile's signed slips, newest last. */
export const signedSlipsSchema = v.pipe(v.array(signedSlipTextSchema), v.maxLength(SIGNED_SLIPS_MAX));
