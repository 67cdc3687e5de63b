// After the build: `_headers` in the output folder, the file Netlify, Cloudflare Pages and similar
// static hosts read (GitHub Pages ignores it; each page's <meta> policy still applies there).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatCsp, metaCsp, parseCsp, unionCsp } from '../lib/build/csp.ts';
import { formatHeadersFile } from '../lib/build/headers-file.ts';
import { joinBase } from '../lib/site-address.ts';
import { locales } from '../i18n/locales.ts';

/** Every built HTML page (Pagefind's folder holds none that are served as pages). */
export function htmlFiles(dist) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.html') ? [full] : [];
    });
  return walk(dist).filter((file) => !relative(dist, file).startsWith('pagefind'));
}

/**
 * One site-wide Content-Security-Policy: the union of every page's policy (hosts cap the number of
 * rules, so one rule serves all pages). A header policy also governs workers, where Pagefind runs
 * its WebAssembly, hence 'wasm-unsafe-eval' in script-src.
 */
export function siteCsp(dist) {
  const policies = htmlFiles(dist).map((file) => {
    const csp = metaCsp(readFileSync(file, 'utf8'));
    if (!csp) throw new Error(`${relative(dist, file)} has no Content-Security-Policy <meta>.`);
    return parseCsp(csp);
  });
  const union = unionCsp(policies);
  union.set('script-src', [...(union.get('script-src') ?? ["'self'"]), "'wasm-unsafe-eval'"]);
  return formatCsp(union);
}

/** The rules, under the base path. No header is set by two rules for the same URL. */
export function headerRules(dist, base) {
  const at = (path) => joinBase(base, path);
  const noCache = [['Cache-Control', 'no-cache']];
  return [
    {
      comment: 'Every response: the union of all pages’ own policies, and no guessing of file types.',
      pattern: at('*'),
      headers: [
        ['Content-Security-Policy', siteCsp(dist)],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'same-origin'],
      ],
    },
    {
      comment: 'Scripts and styles whose names carry a hash of their content never change.',
      pattern: at('_astro/*'),
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
    },
    {
      comment:
        'Pages, service workers, manifests and the search index: always ask whether there is a newer one.',
      pattern: base,
      headers: noCache,
    },
    { pattern: at('index.html'), headers: noCache },
    { pattern: at('404.html'), headers: noCache },
    ...locales.map((locale) => ({ pattern: at(`${locale}/*`), headers: noCache })),
    { pattern: at('pagefind/*'), headers: noCache },
  ];
}

export function writeHeaders(dist, base) {
  const rules = headerRules(dist, base);
  const text = formatHeadersFile(
    rules,
    'Response headers for static hosts that read this file (Netlify, Cloudflare Pages, …).\nWritten by src/tooling/headers.mjs at build time; edit that, not this.',
  );
  writeFileSync(join(dist, '_headers'), text);
  return rules.length;
}
