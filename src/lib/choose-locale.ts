import { defaultLocale, locales, type Locale } from '../i18n/locales';

/** The site language for a browser's preference list: the first one we have, else Vietnamese. */
export function chooseLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = locales.find((locale) => locale === base);
    if (match) return match;
  }
  return defaultLocale;
}
