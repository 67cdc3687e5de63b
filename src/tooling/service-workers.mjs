// After `astro build` and Pagefind: one service worker per language (/vi/sw.js, /en/sw.js), made
// by Workbox, and /{lang}/offline.json, which "Save for offline" on the progress page reads. Every
// URL is under the site's base path.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { locales } from '../i18n/locales.ts';
import { joinBase } from '../lib/site-address.ts';

/** Runtime cache names, shared with the page through offline.json. */
const CACHES = { pages: 'hocso-pages', images: 'hocso-images', search: 'hocso-search' };
const BUDGET = 1.5 * 1024 * 1024;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each lesson's files that are not precached: its pictures, printable guide and projector page. */
function lessonFiles(dist, base, lang) {
  const at = (path) => joinBase(base, path);
  const fileOf = (url) => join(dist, url.slice(base.length), url.endsWith('/') ? 'index.html' : '');
  const dir = join(dist, lang, 'lessons');
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'index.html')))
    .sort()
    .map((slug) => {
      const lesson = at(`${lang}/lessons/${slug}/`);
      const pages = [`${lesson}print/`, `${lesson}present/`];
      const html = [lesson, ...pages].map((url) => readFileSync(fileOf(url), 'utf8')).join('');
      const images = [...new Set([...html.matchAll(/<img[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]))];
      const files = [
        ...pages.map((url) => ({ url, cache: CACHES.pages })),
        ...images.map((url) => ({ url, cache: CACHES.images })),
      ].map((file) => ({ ...file, bytes: statSync(fileOf(file.url)).size }));
      return { slug, url: lesson, files };
    });
}

/** Writes every language's offline.json and sw.js; returns one line per language for the log. */
export async function buildServiceWorkers(dist, base) {
  const lines = [];
  for (const lang of locales) {
    writeFileSync(
      join(dist, lang, 'offline.json'),
      JSON.stringify({ lessons: lessonFiles(dist, base, lang) }),
    );
    const {
      count,
      size: bytes,
      warnings,
    } = await generateSW({
      globDirectory: dist,
      // The app shell and every page a learner of this language opens from the menus; pictures,
      // guides and projector pages are cached when visited or saved for offline.
      globPatterns: [
        '_astro/*.{js,css}',
        'favicon.svg',
        'icons/*.{png,svg}',
        'styles/*.css',
        `${lang}/manifest.webmanifest`,
        `${lang}/offline.json`,
        // The strings of the parts pages load on demand (lib/on-demand.ts).
        `${lang}/labels.json`,
        `${lang}/index.html`,
        `${lang}/{offline,progress,search,guides,trainer}/index.html`,
        // A workshop's join page (the session QR) and the learner's completion slip.
        `${lang}/{join,certificate}/index.html`,
        // The trainer's class sheet, for scanning in a hall with no internet.
        `${lang}/trainer/class/index.html`,
        `${lang}/lessons/*/index.html`,
      ],
      modifyURLPrefix: { '': base },
      swDest: join(dist, lang, 'sw.js'),
      inlineWorkboxRuntime: true,
      mode: 'production',
      sourcemap: false,
      cacheId: `hocso-${lang}`,
      clientsClaim: true,
      // A new version waits until the learner presses Reload (site-notices), so a page never runs
      // on a mix of old and new files.
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      directoryIndex: 'index.html',
      dontCacheBustURLsMatching: new RegExp(`^${escapeRegExp(joinBase(base, '_astro/'))}`),
      // Pagefind asks for its entry file with ?ts=…; search pages carry ?q= and ?track=.
      ignoreURLParametersMatching: [/^utm_/, /^ts$/, /^q$/, /^track$/],
      runtimeCaching: [
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkFirst',
          options: {
            cacheName: CACHES.pages,
            networkTimeoutSeconds: 6,
            precacheFallback: { fallbackURL: joinBase(base, `${lang}/offline/index.html`) },
          },
        },
        {
          urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
          handler: 'CacheFirst',
          options: { cacheName: CACHES.images, expiration: { maxEntries: 400 } },
        },
        {
          // A RegExp, not a function: Workbox copies functions into sw.js as source text, without
          // the base path they would close over.
          urlPattern: new RegExp(`^https?://[^/]+${escapeRegExp(joinBase(base, 'pagefind/'))}`),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: CACHES.search },
        },
      ],
    });
    for (const warning of warnings) console.warn(`[WARN] service worker (${lang}): ${warning}`);
    if (bytes > BUDGET)
      throw new Error(`The ${lang} precache is ${bytes} bytes, over the ${BUDGET}-byte budget.`);
    lines.push(`service worker (${lang}): ${count} files, ${(bytes / 1024).toFixed(0)} KB precached`);
  }
  return lines;
}
