import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from '@playwright/test';
import type { TestSite } from '../harness/test-sites.mjs';
import { testSites } from '../harness/test-sites.mjs';

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

export interface BuiltPage {
  /** URL path to visit, e.g. `/vi/lessons/install-vneid/`. */
  path: string;
  file: string;
  /** Language the page must declare on <html>. */
  lang: 'vi' | 'en';
  kind:
    | 'root'
    | 'not-found'
    | 'home'
    | 'lesson'
    | 'present'
    | 'print'
    | 'guides'
    | 'booklet'
    | 'progress'
    | 'trainer';
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML page in the build, so a new page is checked without anyone listing it. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('No dist/ folder: run `npm run build` before the browser tests.');
  return walk(DIST)
    .filter((file) => file.endsWith('.html') && !relative(DIST, file).startsWith('pagefind'))
    .map((file) => {
      const rel = relative(DIST, file).replaceAll('\\', '/');
      const path =
        rel === 'index.html' ? '/' : rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
      const lang = path.startsWith('/en/') ? 'en' : 'vi';
      const kind =
        path === '/'
          ? 'root'
          : path === '/404.html'
            ? 'not-found'
            : path.endsWith('/present/')
              ? 'present'
              : path.endsWith('/print/')
                ? 'print'
                : /\/guides\/$/.test(path)
                  ? 'guides'
                  : path.includes('/guides/')
                    ? 'booklet'
                    : path.includes('/lessons/')
                      ? 'lesson'
                      : path.endsWith('/progress/')
                        ? 'progress'
                        : path.endsWith('/trainer/')
                          ? 'trainer'
                          : 'home';
      return { path, file, lang, kind } as BuiltPage;
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

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
