// After `astro build` and Pagefind: one service worker per language (/vi/sw.js, /en/sw.js), made
// by Workbox, and the topic lists that say what to keep for offline reading (issue #18):
// /{lang}/offline/{track}.json per topic, indexed by /{lang}/offline.json. Every URL is under the
// site's base path.
//
// The worker precaches only the app shell (the home, progress, search and offline pages and the code
// and styles they and lesson pages run), whatever the number of lessons. Pages are kept as they are
// visited; a lesson visit also keeps the rest of its topic (src/lib/offline/visit-worker.ts, bundled
// here and imported by the worker); "Save this topic" keeps its guides and projector pages too.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as bundle } from 'rolldown';
import { generateSW } from 'workbox-build';
import { locales } from '../i18n/locales.ts';
import { OFFLINE_CACHES } from '../lib/offline/cache-names.ts';
import { gzipWeigher, scriptsOf, weighGzipped } from '../lib/build/page-weight.ts';
import { allFiles, readFiles, totalBytes } from '../lib/offline/offline-save.ts';
import { joinBase } from '../lib/site-address.ts';

/** Runtime cache names, shared with the page through the topic lists. */
const CACHES = OFFLINE_CACHES;
/** The install download, whatever the number of lessons (uncompressed, as Workbox counts it). */
export const PRECACHE_BUDGET = 300 * 1024;
/** The pages a learner reaches from the menus, kept at install so the menus work offline, and
 * the slip check (issue #22), which must answer offline for anyone who opened the site once. */
const SHELL_PAGES = ['', 'check/', 'offline/', 'progress/', 'search/'];
/** The script added to every language's worker. */
const VISIT_WORKER = 'offline-visits.js';
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A built page's or asset's file for its URL path under the base. */
const fileOf = (dist, base, url) => join(dist, url.slice(base.length), url.endsWith('/') ? 'index.html' : '');

/** The topic of a lesson page, from <html data-offline-topic>: "…/offline/{track}.json". */
const topicOf = (html) => /data-offline-topic="[^"]*\/offline\/([\w-]+)\.json"/.exec(html)?.[1];

/**
 * Each topic's lessons and the files they need offline: the lesson page and its pictures to read
 * it, its printable guide and projector page (and their own pictures) on request.
 */
async function topicLists(dist, base, lang, weigh) {
  const at = (path) => joinBase(base, path);
  const dir = join(dist, lang, 'lessons');
  const topics = new Map();
  for (const slug of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, slug, 'index.html'))) continue;
    const url = at(`${lang}/lessons/${slug}/`);
    const pages = [
      { url, kind: 'page' },
      { url: `${url}print/`, kind: 'guide' },
      { url: `${url}present/`, kind: 'deck' },
    ].map((file) => ({ ...file, html: readFileSync(fileOf(dist, base, file.url), 'utf8') }));
    const track = topicOf(pages[0].html);
    if (!track) throw new Error(`${lang}/lessons/${slug}/index.html names no topic (data-offline-topic).`);
    const images = (html) => [...new Set([...html.matchAll(/<img[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]))];
    const lessonImages = new Set(images(pages[0].html));
    const otherImages = images(pages[1].html + pages[2].html).filter((src) => !lessonImages.has(src));
    const files = [
      ...pages.map(({ url: page, kind }) => ({ url: page, cache: CACHES.pages, kind })),
      ...[...lessonImages].map((src) => ({ url: src, cache: CACHES.images, kind: 'image' })),
      ...otherImages.map((src) => ({ url: src, cache: CACHES.images, kind: 'guide' })),
    ].map((file) => ({ ...file, bytes: 0 })); // weighed below, all at once
    if (!topics.has(track)) topics.set(track, []);
    topics.get(track).push({ slug, url, files });
  }
  await weighGzipped(
    [...topics.values()].flatMap((lessons) => lessons.flatMap((lesson) => lesson.files)),
    (url) => fileOf(dist, base, url),
    weigh,
  );
  return [...topics].map(([track, lessons]) => ({ track, lessons }));
}

/** Writes /{lang}/offline/{track}.json for each topic and the index /{lang}/offline.json. */
async function writeTopicLists(dist, base, lang, weigh) {
  const topics = (await topicLists(dist, base, lang, weigh)).map((topic) => {
    const manifest = joinBase(base, `${lang}/offline/${topic.track}.json`);
    writeFileSync(fileOf(dist, base, manifest), JSON.stringify(topic));
    return {
      track: topic.track,
      manifest,
      lessons: topic.lessons.length,
      readBytes: totalBytes(readFiles(topic.lessons)),
      bytes: totalBytes(allFiles(topic.lessons)),
    };
  });
  writeFileSync(join(dist, lang, 'offline.json'), JSON.stringify({ topics }));
}

/**
 * Code the install leaves to be fetched when first used, so the download stays in budget: the QR
 * decoder for browsers without BarcodeDetector (130 KB; phones' Chrome has the detector, and a
 * pasted code needs neither), and the signature check for pages without WebCrypto, which only
 * plain-http pages lack, where no service worker runs anyway.
 */
const keptAtInstall = (chunk) => !/^(qr-decode-fallback|signature-fallback)\./.test(chunk);

/** The app shell of one language: its menu pages, what they and a lesson's views load, the styles. */
function shellFiles(dist, base, lang) {
  const pages = SHELL_PAGES.map((path) => `${lang}/${path}index.html`);
  const lessons = join(dist, lang, 'lessons');
  const anyLesson = readdirSync(lessons).find((slug) => existsSync(join(lessons, slug, 'index.html')));
  // A lesson's page, guide and projector screens run the same code for every lesson: kept at
  // install, a saved topic's guides draw their QR codes and its projector pages run offline.
  const lessonViews = ['', 'print/', 'present/'].map(
    (view) => `${lang}/lessons/${anyLesson}/${view}index.html`,
  );
  const scripted = [...pages, ...(anyLesson ? lessonViews : [])];
  const scripts = new Set(
    scripted.flatMap((page) => scriptsOf(dist, readFileSync(join(dist, page), 'utf8'), keptAtInstall)),
  );
  return [
    ...pages,
    ...[...scripts].sort(),
    '_astro/*.css',
    'favicon.svg',
    'icons/icon.svg',
    'icons/ui.svg',
    'icons/topics.svg',
    'styles/*.css',
    `${lang}/manifest.webmanifest`,
    // The strings of the parts pages load on demand (lib/on-demand.ts).
    `${lang}/labels.json`,
  ];
}

/** Bundles the visit worker (TypeScript, shared with the page) into one plain script. */
async function bundleVisitWorker(dist) {
  await bundle({
    input: join(import.meta.dirname, '..', 'lib', 'offline', 'visit-worker.ts'),
    output: { file: join(dist, VISIT_WORKER), format: 'iife', minify: true },
    logLevel: 'warn',
  });
}

/**
 * Writes every language's topic lists and sw.js; returns one line per language for the log.
 * `weigh` is the build's weigher (lib/build/page-weight.ts), so files the cards' data costs
 * already weighed are not compressed again.
 */
export async function buildServiceWorkers(dist, base, weigh = gzipWeigher()) {
  const lines = [];
  await bundleVisitWorker(dist);
  for (const lang of locales) {
    await writeTopicLists(dist, base, lang, weigh);
    const {
      count,
      size: bytes,
      warnings,
    } = await generateSW({
      globDirectory: dist,
      // The app shell and every page a learner of this language opens from the menus; pictures,
      // guides and projector pages are cached when visited or saved for offline.
      // The app shell only; pages, pictures, guides and projector pages are kept when visited or
      // saved for offline.
      globPatterns: shellFiles(dist, base, lang),
      importScripts: [joinBase(base, VISIT_WORKER)],
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
          // Code and styles of pages outside the shell (trainer tools, guides), as they load. Their
          // names change with their content, so a kept copy never goes stale.
          urlPattern: new RegExp(`^https?://[^/]+${escapeRegExp(joinBase(base, '_astro/'))}`),
          handler: 'CacheFirst',
          options: { cacheName: CACHES.assets, expiration: { maxEntries: 200 } },
        },
        {
          // Topic lists and the course's lesson list (progress page): fresh online, kept for offline.
          urlPattern: new RegExp(
            `^https?://[^/]+${escapeRegExp(joinBase(base, `${lang}/`))}(?:offline(?:/[\\w-]+)?|catalog)\\.json$`,
          ),
          handler: 'NetworkFirst',
          options: { cacheName: CACHES.pages, networkTimeoutSeconds: 6 },
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
    if (bytes > PRECACHE_BUDGET)
      throw new Error(`The ${lang} precache is ${bytes} bytes, over the ${PRECACHE_BUDGET}-byte budget.`);
    lines.push(`service worker (${lang}): ${count} files, ${(bytes / 1024).toFixed(0)} KB precached`);
  }
  return lines;
}
