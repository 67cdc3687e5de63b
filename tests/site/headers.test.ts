import { describe, expect, test } from 'vitest';
import { formatCsp, hashSource, metaCsp, parseCsp, uncoveredSources } from '../../src/lib/build/csp';
import { headersFor, parseHeadersFile } from '../../src/lib/build/headers-file';
import { builtFiles, builtHtml, builtSites, read, urlPathOf } from './sites';

// `_headers` (Netlify, Cloudflare Pages and others read it): one site-wide policy for pages that
// covers every page's own, a short one for other files, long caching only for hashed files, and
// never one header set twice for a URL.

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

  test('every page gets the site-wide policy, which covers its own; other files get it without the hashes', () => {
    const policy = parseCsp(header(`${base}vi/`, 'Content-Security-Policy')[0]!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const [, sources] of policy) expect(sources).not.toContain("'unsafe-inline'");
    const pages = builtHtml(dist);
    expect(pages.length).toBeGreaterThan(80);
    const pagePaths = [base, `${base}index.html`, ...pages.map((page) => urlPathOf(base, page))];
    for (const path of pagePaths)
      expect(header(path, 'Content-Security-Policy'), path).toEqual([formatCsp(policy)]);
    for (const page of pages) {
      const own = metaCsp(read(dist, page));
      expect(own, `${page} has a <meta> policy`).toBeTruthy();
      expect(uncoveredSources(policy, parseCsp(own!)), page).toEqual([]);
    }
    // Service workers run under their own response's policy: the page one, like their folder.
    expect(header(`${base}vi/sw.js`, 'Content-Security-Policy')).toEqual([formatCsp(policy)]);

    const files = builtFiles(dist).filter(
      (file) => file !== '_headers' && !file.endsWith('.html') && !/^(vi|en)\//.test(file),
    );
    expect(files.some((file) => file.startsWith('_astro/'))).toBe(true);
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
    const withoutHashes = new Map(
      [...policy].map(([name, sources]) => [name, sources.filter((source) => !source.startsWith("'sha"))]),
    );
    for (const file of files)
      expect(header(`${base}${file}`, 'Content-Security-Policy'), file).toEqual([formatCsp(withoutHashes)]);
    // Pagefind runs its WebAssembly under that policy.
    expect(withoutHashes.get('script-src')).toContain("'wasm-unsafe-eval'");
    const [fileHeader] = header(`${base}_astro/x.js`, 'Content-Security-Policy');
    expect(fileHeader!.length).toBeLessThan(400);
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
