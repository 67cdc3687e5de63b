import { describe, expect, test } from 'vitest';
import { hashSource, metaCsp, parseCsp, uncoveredSources } from '../../src/lib/build/csp';
import { headersFor, parseHeadersFile } from '../../src/lib/build/headers-file';
import { builtFiles, builtHtml, builtSites, read, urlPathOf } from './sites';

// `_headers` (Netlify, Cloudflare Pages and others read it): one site-wide policy that covers
// every page's own, long caching only for hashed files, and never one header set twice for a URL.

describe.each(builtSites())('$name build', ({ dist, base }) => {
  const rules = parseHeadersFile(read(dist, '_headers'));
  const header = (path: string, name: string) =>
    headersFor(rules, path)
      .filter(([n]) => n.toLowerCase() === name.toLowerCase())
      .map(([, value]) => value);

  test('each page’s policy allows exactly its own inline scripts and styles, by hash', () => {
    for (const page of builtHtml(dist)) {
      const html = read(dist, page);
      const policy = parseCsp(metaCsp(html) ?? '');
      const hashes = (name: string) => (policy.get(name) ?? []).filter((s) => s.startsWith("'sha256-"));
      const inline = (tag: 'script' | 'style') =>
        [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))]
          .filter(([, attributes]) => !/\bsrc=/.test(attributes!))
          .map(([, , text]) => hashSource(text!));
      expect(hashes('script-src').sort(), `${page} script hashes`).toEqual(
        [...new Set(inline('script'))].sort(),
      );
      expect(hashes('style-src').sort(), `${page} style hashes`).toEqual(
        [...new Set(inline('style'))].sort(),
      );
    }
  });

  test('one site-wide rule carries the Content-Security-Policy, and it covers every page’s own', () => {
    const withCsp = rules.filter((rule) => rule.headers.some(([name]) => name === 'Content-Security-Policy'));
    expect(withCsp.map((rule) => rule.pattern)).toEqual([`${base}*`]);
    const policy = parseCsp(header(`${base}vi/`, 'Content-Security-Policy')[0]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const [, sources] of policy) expect(sources).not.toContain("'unsafe-inline'");
    const pages = builtHtml(dist);
    expect(pages.length).toBeGreaterThan(80);
    for (const page of pages) {
      const own = metaCsp(read(dist, page));
      expect(own, `${page} has a <meta> policy`).toBeTruthy();
      expect(uncoveredSources(policy, parseCsp(own!)), page).toEqual([]);
    }
  });

  test('hashed files are cached for a year; pages, service workers and manifests are always revalidated', () => {
    const hashed = builtFiles(dist).filter((file) => file.startsWith('_astro/'));
    expect(hashed.length).toBeGreaterThan(0);
    for (const file of hashed)
      expect(header(`${base}${file}`, 'Cache-Control'), file).toEqual([
        'public, max-age=31536000, immutable',
      ]);
    const fresh = [
      base,
      `${base}index.html`,
      `${base}404.html`,
      ...builtHtml(dist).map((file) => urlPathOf(base, file)),
      `${base}vi/sw.js`,
      `${base}en/sw.js`,
      `${base}vi/manifest.webmanifest`,
      `${base}en/manifest.webmanifest`,
      `${base}vi/offline.json`,
      `${base}pagefind/pagefind-entry.json`,
    ];
    for (const path of fresh) expect(header(path, 'Cache-Control'), path).toEqual(['no-cache']);
  });

  test('no file gets the same header from two rules (hosts would join the values)', () => {
    for (const file of builtFiles(dist)) {
      const names = headersFor(rules, `${base}${file}`).map(([name]) => name.toLowerCase());
      expect(names.length, file).toBe(new Set(names).size);
    }
  });
});
