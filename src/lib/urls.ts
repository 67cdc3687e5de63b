import type { Locale } from '../i18n/locales';
import { joinBase, normalizeBasePath, stripBase } from './site-address';

/**
 * The one way pages make URLs. The site may be served under any base path (HOCSO_BASE_PATH, see
 * README › Deploy), so no template writes a root-absolute path by hand: it asks here.
 */
export const BASE = normalizeBasePath(import.meta.env.BASE_URL);

/** A site path (`vi/progress/`, leading slash optional) as a URL path under the base. */
export const url = (path: string) => joinBase(BASE, path);

/** Where a page is within the site, whatever the base: `/hoc-so/vi/x/` → `/vi/x/`. */
export const sitePath = (pathname: string) => stripBase(BASE, pathname) ?? pathname;

/** A language's home page, optionally at an anchor (`lessons`, `track-vneid`). */
export const homeUrl = (locale: Locale, anchor?: string) => url(`${locale}/${anchor ? `#${anchor}` : ''}`);

/** A topic's page: all its lessons, and saving it for offline. */
/** Where anyone checks a trainer-signed slip (issue #22). */
export const checkSlipUrl = (locale: Locale) => url(`${locale}/check/`);

export const trackUrl = (locale: Locale, track: string) => url(`${locale}/tracks/${track}/`);

/** A topic's list of files for offline reading (written after the build by service-workers.mjs). */
export const offlineTopicUrl = (locale: Locale, track: string) => url(`${locale}/offline/${track}.json`);

/** A topic's workshop plans for trainers, optionally at one lesson's plan. */
export const trainerPlansUrl = (locale: Locale, track: string, lesson?: string) =>
  url(`${locale}/trainer/plans/${track}/${lesson ? `#plan-${lesson}` : ''}`);

/** A lesson's page, or one of its other views. */
export const lessonUrl = (
  locale: Locale,
  slug: string,
  view?: 'present' | 'print' | 'practice' | 'practice/print' | 'review' | 'qr.svg',
) => url(`${locale}/lessons/${slug}/${view ? (view.includes('.') ? view : `${view}/`) : ''}`);

/**
 * A URL path as a full public address, when the build knows its public address
 * (HOCSO_SITE_URL). Without it there is no address to give: the caller draws it in the browser
 * from wherever the page is being viewed, or leaves it out.
 */
export const publicUrl = (path: string, site: URL | undefined) =>
  site ? new URL(path, site).href : undefined;
