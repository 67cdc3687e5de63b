import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type PageKind =
  | 'root'
  | 'not-found'
  | 'home'
  | 'lesson'
  | 'practice'
  /** A practice page's simulation as a paper exercise (`…/practice/print/`). */
  | 'paper'
  | 'review'
  | 'present'
  | 'print'
  | 'guides'
  | 'booklet'
  | 'progress'
  | 'trainer'
  /** Checking a trainer-signed slip (issue #22). */
  | 'check';

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
  if (path.endsWith('/practice/print/')) return 'paper';
  if (path.endsWith('/print/')) return 'print';
  if (path.endsWith('/practice/')) return 'practice';
  if (path.endsWith('/review/')) return 'review';
  if (/\/guides\/$/.test(path)) return 'guides';
  if (path.includes('/guides/')) return 'booklet';
  if (path.includes('/lessons/')) return 'lesson';
  if (path.endsWith('/progress/')) return 'progress';
  if (path.endsWith('/trainer/')) return 'trainer';
  if (/^\/(vi|en)\/check\/$/.test(path)) return 'check';
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

// Weighed as the build weighs the cards' data costs and the offline lists: one place for all.
export { gzipBytes, htmlCssBytes, pageStylesheets } from '../../src/lib/build/page-weight.ts';
