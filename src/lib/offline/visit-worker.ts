// Added to each language's service worker (src/tooling/service-workers.mjs bundles it and Workbox
// imports it): on each visit a page reports (lib/start/offline-visit.ts), keep that page and, on a
// lesson page, the rest of its topic, so the topic works offline after one visit (issue #18).
import { OFFLINE_CACHES } from './cache-names';
import {
  allFiles,
  chunkRefsInScript,
  filesToKeepAfterVisit,
  scriptRefsInPage,
  type TopicManifest,
} from './offline-save';
import { isVisitMessage, type VisitMessage } from './visit-message';

/** The little of ServiceWorkerGlobalScope used here (the webworker types clash with the DOM's). */
interface VisitEvent {
  data: unknown;
  waitUntil(work: Promise<unknown>): void;
}
declare const self: { addEventListener(type: 'message', listener: (event: VisitEvent) => void): void };

const { pages: PAGES, assets: ASSETS } = OFFLINE_CACHES;
/** Pages whose code was kept since the worker started: once is enough, file names carry hashes. */
const codeKept = new Set<string>();

/** Whether any cache has the URL; precached files carry a revision parameter, hence ignoreSearch. */
async function isCached(url: string): Promise<boolean> {
  if (await caches.match(url, { ignoreSearch: true })) return true;
  return url.endsWith('/') && (await caches.match(`${url}index.html`, { ignoreSearch: true })) !== undefined;
}

/** Fetches and keeps one file; a failure (connection lost) leaves it for the next visit. */
async function keep(url: string, cacheName: string): Promise<Response | undefined> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return undefined;
    await (await caches.open(cacheName)).put(url, response.clone());
    return response;
  } catch {
    return undefined;
  }
}

/**
 * Keeps every script a visited page may run, including those it loads only when needed (the quiz,
 * the QR decoder of a scanner), so a page that opened once works offline in full, not only what ran.
 */
async function keepCode(page: string): Promise<void> {
  if (codeKept.has(page)) return;
  const html = await (await caches.match(page, { ignoreSearch: true }))?.text();
  if (!html) return;
  const queue = scriptRefsInPage(html).map((ref) => new URL(ref, page).href);
  const seen = new Set<string>();
  for (let url = queue.pop(); url !== undefined; url = queue.pop()) {
    if (seen.has(url) || new URL(url).origin !== location.origin) continue;
    seen.add(url);
    const response = (await caches.match(url, { ignoreSearch: true })) ?? (await keep(url, ASSETS));
    if (!response) return; // Offline: the next visit finishes the job.
    queue.push(...chunkRefsInScript(await response.text()).map((ref) => new URL(ref, url).href));
  }
  codeKept.add(page);
}

async function keepVisit(visit: VisitMessage): Promise<void> {
  if (!(await isCached(visit.page))) await keep(visit.page, PAGES);
  await keepCode(visit.page);
  if (!visit.topic || !navigator.onLine) return;
  let topic: TopicManifest;
  try {
    const response = await fetch(visit.topic);
    if (!response.ok) return;
    topic = (await response.json()) as TopicManifest;
  } catch {
    return;
  }
  const urls = allFiles(topic.lessons).map((file) => file.url);
  const cached = new Set(
    (await Promise.all(urls.map(async (url) => ((await isCached(url)) ? url : '')))).filter(Boolean),
  );
  // One at a time: a cheap phone on 3G shouldn't open dozens of connections for a background task.
  for (const file of filesToKeepAfterVisit(topic, cached, visit.saveData)) await keep(file.url, file.cache);
}

self.addEventListener('message', (event) => {
  if (isVisitMessage(event.data)) event.waitUntil(keepVisit(event.data));
});
