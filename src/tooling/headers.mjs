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

/**
 * The policy for everything that is not a page (scripts, styles, pictures, the search index): the
 * site-wide one without the inline hashes, which only a page can use. The hashes make the full
 * policy 3 KB; sent with each of the ~20 files a page loads, over HTTP/1.1 (a workshop laptop's
 * hotspot), that was half of what a phone downloaded for the progress page.
 */
export function fileCsp(pagePolicy) {
  const policy = parseCsp(pagePolicy);
  for (const [name, sources] of policy)
    policy.set(
      name,
      sources.filter((source) => !/^'sha\d+-/.test(source)),
    );
  return formatCsp(policy);
}

/**
 * The top-level entries that are pages, or folders of pages: the home page, the 404 page and each
 * locale's folder (which also holds its service worker, manifest and lesson list). Everything else
 * at the top is a file or a folder of files.
 */
function topLevelEntries(dist) {
  const names = readdirSync(dist).filter((name) => name !== '_headers');
  const isPages = (name) => name.endsWith('.html') || locales.includes(name);
  return {
    pages: names.filter(isPages),
    files: names.filter((name) => !isPages(name)),
  };
}

/** The rules, under the base path. No header is set by two rules for the same URL. */
export function headerRules(dist, base) {
  const at = (path) => joinBase(base, path);
  const noCache = [['Cache-Control', 'no-cache']];
  const pagePolicy = siteCsp(dist);
  const filePolicy = fileCsp(pagePolicy);
  const { pages, files } = topLevelEntries(dist);
  const patternFor = (name) => (statSync(join(dist, name)).isDirectory() ? at(`${name}/*`) : at(name));
  const csp = (policy) => [['Content-Security-Policy', policy]];
  return [
    {
      comment: 'Every response: no guessing of file types, and no full addresses sent to other sites.',
      pattern: at('*'),
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'same-origin'],
      ],
    },
    {
      comment: 'Pages: the union of all pages’ own policies (each page also carries its own in a <meta>).',
      pattern: base,
      headers: csp(pagePolicy),
    },
    ...pages.map((name) => ({ pattern: patternFor(name), headers: csp(pagePolicy) })),
    {
      comment: 'Everything else: the same policy without the pages’ inline hashes, which only pages use.',
      pattern: patternFor(files[0]),
      headers: csp(filePolicy),
    },
    ...files.slice(1).map((name) => ({ pattern: patternFor(name), headers: csp(filePolicy) })),
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
