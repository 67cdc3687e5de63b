import { z } from 'astro/zod';
import { locales } from '../i18n/locales';

/** Text given once per site language; a missing language fails the build. */
const perLocale = z.object(
  Object.fromEntries(locales.map((locale) => [locale, z.string().trim().min(1)])) as Record<
    (typeof locales)[number],
    z.ZodString
  >,
);

/** A track groups lessons on one theme (`content/tracks/<id>.json`; the file name is the id lessons use). */
export const trackSchema = z.strictObject({
  /** Position on the home page, 1 first. */
  order: z.number().int().min(1),
  /** Track name per language. */
  title: perLocale,
  /** One sentence per language saying what the track teaches. */
  summary: perLocale,
});

export type Track = z.infer<typeof trackSchema>;
