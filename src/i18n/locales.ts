/** The site's languages. Vietnamese comes first: it is the default and the fallback. */
export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

/** Each language named in itself, for the language switch. */
export const localeNames: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale a site path belongs to (`/en/lessons/x/` → `en`), or undefined for `/` and `/404`. */
export function localeFromPath(pathname: string): Locale | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : undefined;
}

/** The same page in another language: every page exists in both, under the same path after the prefix. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const parts = pathname.split('/');
  if (isLocale(parts[1])) parts[1] = to;
  else return `/${to}/`;
  return parts.join('/');
}
