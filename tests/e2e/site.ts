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
