import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageKind =
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

export interface BuiltPage {
  /** URL path to visit, e.g. `/vi/lessons/install-vneid/` (relative to the build's base path). */
  path: string;
  file: string;
  /** Language the page must declare on <html>. */
  lang: 'vi' | 'en';
  kind: PageKind;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** What a page is, from its path alone. Search and the offline page count as home-like pages. */
export function pageKind(path: string): PageKind {
  if (path === '/') return 'root';
  if (path === '/404.html') return 'not-found';
  if (path.endsWith('/present/')) return 'present';
  if (path.endsWith('/print/')) return 'print';
  if (/\/guides\/$/.test(path)) return 'guides';
  if (path.includes('/guides/')) return 'booklet';
  if (path.includes('/lessons/')) return 'lesson';
  if (path.endsWith('/progress/')) return 'progress';
  if (path.endsWith('/trainer/')) return 'trainer';
  return 'home';
}

/**
 * Every HTML page of a build, sorted by path, so a new page is checked without anyone listing it.
 * Shared by the browser tests and the checks over built files.
 */
export function builtPagesIn(dist: string): BuiltPage[] {
  if (!existsSync(dist))
    throw new Error(`No build in ${dist}: run \`npm test\`, which makes the test builds.`);
  return walk(dist)
    .filter((file) => file.endsWith('.html') && !relative(dist, file).startsWith('pagefind'))
    .map((file): BuiltPage => {
      const rel = relative(dist, file).replaceAll('\\', '/');
      const path =
        rel === 'index.html' ? '/' : rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
      return { path, file, lang: path.startsWith('/en/') ? 'en' : 'vi', kind: pageKind(path) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Gzip -9 bytes of a built file: what a phone downloads from a host that compresses. */
export const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The page's own stylesheets, as files of the build; noscript.css only applies with scripting off,
 * so it is not counted. `renderBlocking`: only those for the screen, which the first paint waits for.
 */
export function pageStylesheets(dist: string, base: string, html: string, renderBlocking = false): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !renderBlocking || !/\bmedia="print"/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)![1]!)
    .filter((href) => href.startsWith(base) && !href.startsWith(`${base}styles/noscript.css`))
    .map((href) => join(dist, href.slice(base.length)));
}

/**
 * "HTML+CSS" as the weight budgets count it: the page's gzip bytes plus its stylesheets' (only
 * those before the first paint with `renderBlocking`). Shared with `npm run bench -- --scale`.
 */
export function htmlCssBytes(dist: string, base: string, file: string, renderBlocking = false): number {
  const html = readFileSync(file, 'utf8');
  return (
    gzipBytes(file) +
    pageStylesheets(dist, base, html, renderBlocking).reduce((sum, sheet) => sum + gzipBytes(sheet), 0)
  );
}
