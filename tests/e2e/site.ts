import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The built site the browser tests run against (`npm run build` makes it). */
export const DIST = resolve(import.meta.dirname, '../../dist');

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

/** Maps a site path to its built file, or undefined when the link would be broken. */
export function fileForPath(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export function readBuilt(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A page's address on the site the build was made for (astro.config.mjs): npm start's, unless a deployment sets it. */
export const siteUrl = (path: string) =>
  new URL(path, process.env.HOCSO_SITE_URL ?? 'http://localhost:4321').href;
