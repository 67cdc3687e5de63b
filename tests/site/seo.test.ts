import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtml, builtSites, read, urlPathOf } from './sites';

// hreflang and canonical links (Lighthouse's SEO audit): absolute, both languages and x-default,
// when the build knows its public address; none at all when it doesn't, since relative
// alternates are invalid.

const links = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*>`, 'g'))].map((m) => ({
    href: m[0].match(/href="([^"]*)"/)?.[1] ?? '',
    hreflang: m[0].match(/hreflang="([^"]*)"/)?.[1],
  }));

const [main, subPath] = builtSites();

describe('a build that knows its public address', () => {
  const { dist, base } = main!;
  // Checked by the first test; '' keeps the messages of the others readable if it is missing.
  const site = main!.site ?? '';
  const pages = builtHtml(dist).filter((file) => file !== '404.html');

  test('the main test build has one', () => {
    expect(site).toBe('https://hoc-so.example.org');
  });

  test('every page has an absolute canonical link to itself', () => {
    for (const file of pages) {
      const canonical = links(read(dist, file), 'canonical');
      expect(canonical, file).toEqual([{ href: `${site}${urlPathOf(base, file)}`, hreflang: undefined }]);
    }
  });

  test('every page lists itself in both languages and x-default, absolute, each an existing page', () => {
    for (const file of pages) {
      const alternates = links(read(dist, file), 'alternate').filter((link) => link.hreflang);
      expect(
        alternates.map((a) => a.hreflang),
        file,
      ).toEqual(['vi', 'en', 'x-default']);
      const path = urlPathOf(base, file);
      const own = alternates.find(
        (a) => path === '/' || (a.hreflang !== undefined && path.startsWith(`${base}${a.hreflang}/`)),
      );
      if (path !== base) expect(own?.href, `${file} lists itself`).toBe(`${site}${path}`);
      expect(alternates[2]!.href).toBe(`${site}${base}`);
      for (const { href } of alternates) {
        expect(href.startsWith(`${site}${base}`), href).toBe(true);
        const built = join(dist, new URL(href).pathname.slice(base.length), 'index.html');
        expect(existsSync(built), `${href} (on ${file}) is a built page`).toBe(true);
      }
    }
  });

  test('the 404 page, served for any missing address, has neither', () => {
    const html = read(dist, '404.html');
    expect(links(html, 'canonical')).toEqual([]);
    expect(links(html, 'alternate')).toEqual([]);
  });
});

describe('a build that doesn’t know its address', () => {
  test('writes no canonical and no hreflang link on any page', () => {
    const { dist, site } = subPath!;
    expect(site).toBeUndefined();
    for (const file of builtHtml(dist)) {
      const html = read(dist, file);
      expect(links(html, 'canonical'), file).toEqual([]);
      expect(html, file).not.toContain('hreflang="x-default"');
      expect(
        links(html, 'alternate').filter((l) => l.hreflang),
        file,
      ).toEqual([]);
    }
  });
});
