import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtSite } from '../../src/tooling/built-site.mjs';

export interface BuiltSite {
  name: 'main' | 'sub-path';
  dist: string;
  base: string;
  site: string | undefined;
}

/**
 * The two builds `npm test` makes before these checks: the main one (a public address known) and
 * the sub-path one (/hoc-so/, no address). Run them with `npm test`, or name the builds yourself.
 */
export function builtSites(): BuiltSite[] {
  const named = [
    ['main', process.env.HOCSO_TEST_DIST],
    ['sub-path', process.env.HOCSO_TEST_SUBPATH_DIST],
  ] as const;
  return named.map(([name, dist]) => {
    const built = dist ? builtSite(dist) : undefined;
    if (!dist || !built)
      throw new Error(
        'These checks read the builds `npm test` makes: run `npm test`, or set HOCSO_TEST_DIST and HOCSO_TEST_SUBPATH_DIST to complete builds.',
      );
    return { name, dist, ...built };
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every file of a build, as paths relative to it with forward slashes. */
export const builtFiles = (dist: string) =>
  walk(dist).map((file) => relative(dist, file).replaceAll('\\', '/'));

/** Every HTML page of a build (Pagefind's folder holds none). */
export const builtHtml = (dist: string) =>
  builtFiles(dist).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

export const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');

/** A built HTML file's URL path under the base: `vi/x/index.html` → `/hoc-so/vi/x/`. */
export const urlPathOf = (base: string, file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Text as written in built HTML (attribute values, text) with its character references read. */
export const decodeHtml = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
