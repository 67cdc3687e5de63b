import { defaultLocale, localeFromPath, type Locale } from '../i18n/locales';
import { sitePath } from './urls';

/**
 * Which lesson a page's URL path shows (under any base path), and the MDX file it comes from (for build error messages).
 * A page that shows several lessons (a booklet) has no slug or file: the lesson's own page reports
 * content problems, naming the file.
 */
export function lessonFromPath(urlPath: string): { locale: Locale; slug: string; file: string } {
  const pathname = sitePath(urlPath);
  const locale = localeFromPath(pathname) ?? defaultLocale;
  const [, section, slug = ''] = pathname.split('/').filter(Boolean);
  if (section !== 'lessons' || !slug) return { locale, slug: '', file: '' };
  return { locale, slug, file: `content/lessons/${locale}/${slug}.mdx` };
}
