// After `astro build` and Pagefind: one service worker per language (/vi/sw.js, /en/sw.js), made
// by Workbox, and /{lang}/offline.json, which "Save for offline" on the progress page reads.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const LANGS = ['vi', 'en'];
/** Runtime cache names, shared with the page through offline.json. */
const CACHES = { pages: 'hocso-pages', images: 'hocso-images', search: 'hocso-search' };
const BUDGET = 1.5 * 1024 * 1024;

const size = (url) => statSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)).size;

/** Each lesson's files that are not precached: its pictures, printable guide and projector page. */
function lessonFiles(lang) {
  const dir = join(dist, lang, 'lessons');
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'index.html')))
    .sort()
    .map((slug) => {
      const pages = [`/${lang}/lessons/${slug}/print/`, `/${lang}/lessons/${slug}/present/`];
      const html = [`/${lang}/lessons/${slug}/`, ...pages]
        .map((url) => readFileSync(join(dist, url, 'index.html'), 'utf8'))
        .join('');
      const images = [...new Set([...html.matchAll(/<img[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]))];
      const files = [
        ...pages.map((url) => ({ url, cache: CACHES.pages })),
        ...images.map((url) => ({ url, cache: CACHES.images })),
      ].map((file) => ({ ...file, bytes: size(file.url) }));
      return { slug, url: `/${lang}/lessons/${slug}/`, files };
    });
}

for (const lang of LANGS) {
  writeFileSync(
    join(dist, lang, 'offline.json'),
    JSON.stringify({ caches: CACHES, lessons: lessonFiles(lang) }),
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
      `${lang}/index.html`,
      `${lang}/{offline,progress,search,guides,trainer}/index.html`,
      `${lang}/lessons/*/index.html`,
    ],
    modifyURLPrefix: { '': '/' },
    swDest: join(dist, lang, 'sw.js'),
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cacheId: `hocso-${lang}`,
    clientsClaim: true,
    // A new version waits until the learner presses Reload (site-notices), so a page never runs on
    // a mix of old and new files.
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    dontCacheBustURLsMatching: /^\/_astro\//,
    // Pagefind asks for its entry file with ?ts=…; search pages carry ?q= and ?track=.
    ignoreURLParametersMatching: [/^utm_/, /^ts$/, /^q$/, /^track$/],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: CACHES.pages,
          networkTimeoutSeconds: 6,
          precacheFallback: { fallbackURL: `/${lang}/offline/index.html` },
        },
      },
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
        handler: 'CacheFirst',
        options: { cacheName: CACHES.images, expiration: { maxEntries: 400 } },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: CACHES.search },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker (${lang}): ${warning}`);
  if (bytes > BUDGET)
    throw new Error(`The ${lang} precache is ${bytes} bytes, over the ${BUDGET}-byte budget.`);
  console.log(`service worker (${lang}): ${count} files, ${(bytes / 1024).toFixed(0)} KB precached`);
}
