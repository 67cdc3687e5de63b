import { defaultLocale, localeFromPath, type Locale } from '../i18n/locales';

/** Which lesson a page path shows, and the MDX file it comes from (for build error messages). */
export function lessonFromPath(pathname: string): { locale: Locale; slug: string; file: string } {
  const locale = localeFromPath(pathname) ?? defaultLocale;
  const slug = pathname.split('/').filter(Boolean)[2] ?? '';
  return { locale, slug, file: `content/lessons/${locale}/${slug}.mdx` };
}
