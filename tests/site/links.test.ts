import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtml, builtSites, read, urlPathOf } from './sites';

// What a base path or a renamed page can break, read from every page of both builds without a
// browser: links, pictures, scripts and stylesheets that lead to a built file, anchors that exist,
// the page's language, and the language switch leading to the same page in the other language.
// (The browser crawl loads every page of the main build, and one page of each kind of the sub-path
// build, for what only a browser sees: requests made at run time, console errors, axe.)

const OTHER = { vi: 'en', en: 'vi' } as const;

/** The built file a site path is served from, or undefined. */
function fileFor(dist: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rel = decodeURIComponent(path.slice(base.length));
  for (const candidate of [rel, join(rel, 'index.html'), `${rel}.html`]) {
    const full = join(dist, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe.each(builtSites())('$name build', ({ dist, base }) => {
  const pages = builtHtml(dist);
  const origin = 'https://site.invalid';

  test('has its pages', () => {
    expect(pages.length).toBeGreaterThan(80);
  });

  test('every link, picture, script and stylesheet inside the site leads to a built file, every #anchor exists', () => {
    const problems: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let found = ids.get(file);
      if (!found) {
        found = new Set([...read(dist, file).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
        ids.set(file, found);
      }
      return found;
    };
    for (const page of pages) {
      const here = new URL(urlPathOf(base, page), origin);
      const html = read(dist, page);
      for (const [tag] of html.matchAll(/<(?:a|link|img|script|source)\b[^>]*>/g)) {
        const ref = attribute(tag, 'href') ?? attribute(tag, 'src');
        if (ref === undefined || /^(mailto|tel|data|javascript):/.test(ref)) continue;
        const target = new URL(ref.replaceAll('&amp;', '&'), here);
        if (target.origin !== origin) continue;
        const file = fileFor(dist, base, target.pathname);
        if (!file) {
          problems.push(`${page}: ${ref} leads nowhere`);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && file.endsWith('.html') && !idsOf(file).has(id))
          problems.push(`${page}: ${ref} has no #${id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every page says its language, and uses no other than Vietnamese and English', () => {
    for (const page of pages) {
      const html = read(dist, page);
      const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
      const expected = /^(vi|en)\//.exec(page)?.[1];
      if (expected) expect(lang, page).toBe(expected);
      else expect(['vi', 'en'], page).toContain(lang);
      for (const [, value] of html.matchAll(/\slang="([^"]*)"/g)) expect(['vi', 'en'], page).toContain(value);
    }
  });

  test('the language switch leads to the same page in the other language, and says so in it', () => {
    let switches = 0;
    for (const page of pages) {
      const tag = /<a\b[^>]*data-language-switch[^>]*>/.exec(read(dist, page))?.[0];
      const lang = /^(vi|en)\//.exec(page)?.[1] as 'vi' | 'en' | undefined;
      if (!tag || !lang) continue;
      switches++;
      const expected = urlPathOf(base, page).replace(`${base}${lang}/`, `${base}${OTHER[lang]}/`);
      expect(attribute(tag, 'href'), page).toBe(expected);
      expect(attribute(tag, 'lang'), page).toBe(OTHER[lang]);
      expect(fileFor(dist, base, expected), page).toBeDefined();
    }
    expect(switches).toBeGreaterThan(60);
  });
});
