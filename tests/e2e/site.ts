import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { builtPagesIn, type BuiltPage } from '../harness/built-pages';
import type { TestSite } from '../harness/test-sites.mjs';
import { testSites } from '../harness/test-sites.mjs';

export type { BuiltPage, PageKind } from '../harness/built-pages';

/**
 * The main built site (`npm run build`, or the build `npm test` makes). The sub-path build has the
 * same pages under another base path, so this one lists the pages for both.
 */
export const DIST = testSites()[0]!.dist;

/** The build the running test is checking (its Playwright project's). */
export function currentSite(): TestSite {
  return test.info().project.metadata as TestSite;
}

/** A site path (`/vi/lessons/x/`) as a URL relative to the project's baseURL, so it lands under the base path. */
export const at = (path: string) => path.replace(/^\//, '');

/** The tag of tests that no base path can change (search ranking, a page's other language, axe,
 * every lesson's data cost): the sub-path project skips them (playwright.config.ts). */
export const MAIN_BUILD_ONLY = '@main-build-only';

/** Test details that tag a test main-build-only when `when` holds. */
export const mainBuildOnly = (when = true) => ({ tag: when ? [MAIN_BUILD_ONLY] : [] });

/** Every HTML page in the main build (the sub-path build has the same pages). */
export const builtPages = (): BuiltPage[] => builtPagesIn(DIST);

/** Maps a URL path on the current site to its built file, or undefined when the link would be broken. */
export function fileForPath(pathname: string): string | undefined {
  const { dist, base } = currentSite();
  const decoded = decodeURIComponent(pathname);
  if (!decoded.startsWith(base)) return undefined;
  const clean = decoded.slice(base.length);
  const candidates =
    clean.endsWith('/') || clean === ''
      ? [join(dist, clean, 'index.html')]
      : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export function readBuilt(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A site path's public address on the site the build was made for (HOCSO_SITE_URL). */
export function siteUrl(path: string): string {
  const { site, base } = currentSite();
  if (!site) throw new Error('This build has no public address (HOCSO_SITE_URL was not set).');
  return new URL(at(path), `${site}${base}`).href;
}

/** A site path's address on the test server, as the browser sees it. */
export function servedUrl(path: string): string {
  const { origin, base } = currentSite();
  return new URL(at(path), `${origin}${base}`).href;
}

/**
 * One page of each kind (the first by path), for the checks that need not run on every page of a
 * kind: axe in the dark scheme, and axe on the sub-path build. Pages of a kind share their layout
 * and styles, so a violation one of them shows, all of them show.
 */
export function samplePages(): BuiltPage[] {
  const byKind = new Map<string, BuiltPage>();
  for (const page of builtPages()) if (!byKind.has(page.kind)) byKind.set(page.kind, page);
  return [...byKind.values()];
}

/** The question types a built lesson's quiz uses, read from its HTML. */
export function questionTypes(page: BuiltPage): Set<string> {
  const html = readBuilt(page.file);
  return new Set(
    [...html.matchAll(/<quiz-(choice|order|red-flags)\b([^>]*)>/g)].map(
      (m) => /\btype="([a-z-]+)"/.exec(m[2]!)?.[1] ?? m[1]!,
    ),
  );
}

/** Per language, the lesson whose quiz mixes the most question types (the first by path on a tie). */
export function quizSampleLessons(): BuiltPage[] {
  return (['vi', 'en'] as const).map((lang) =>
    builtPages()
      .filter((p) => p.kind === 'lesson' && p.lang === lang)
      .reduce((best, page) => (questionTypes(page).size > questionTypes(best).size ? page : best)),
  );
}
