import { z } from 'astro/zod';
import { locales } from '../i18n/locales';

/** Text given once per site language; a missing language fails the build. */
const perLocale = z.object(
  Object.fromEntries(locales.map((locale) => [locale, z.string().trim().min(1)])) as Record<
    (typeof locales)[number],
    z.ZodString
  >,
);

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/, 'a colour as #rrggbb (lower case)');

/** A track groups lessons on one theme (`content/tracks/<id>.json`; the file name is the id lessons use). */
export const trackSchema = z.strictObject({
  /** Position on the home page, 1 first. */
  order: z.number().int().min(1),
  /** Track name per language. */
  title: perLocale,
  /** One sentence per language saying what the track teaches. */
  summary: perLocale,
  /**
   * The topic's colour, as #rrggbb: `light` on the light theme's backgrounds and `dark` on the
   * dark's, each at least 4.5:1 (checked at build, lib/build/topic-identity.ts). High contrast uses
   * the site's own accent instead.
   */
  accent: z.strictObject({ light: hexColour, dark: hexColour }),
  /** The topic's icon: an SVG of our own beside this file, drawn on a 24×24 grid in plain shapes. */
  icon: z.string().regex(/^[a-z0-9-]+\.svg$/, 'the name of an .svg file in content/tracks/'),
});

export type Track = z.infer<typeof trackSchema>;
