// Weighs a page the way a phone loads it: Chromium at 360×800 opens it in a fresh profile, waits
// for the network to go idle, and nothing is scrolled or touched. Every response from the page's
// origin counts, gzip level 9 (files that are compressed already count as they are).
import { gzipSync } from 'node:zlib';

export const PHONE = { width: 360, height: 800 };

/** Formats whose bytes gzip would not shrink: a server sends them as they are. */
const COMPRESSED_TYPES =
  /^(image\/(png|jpeg|webp|gif|avif)|font\/woff2?|application\/(wasm|zip|gzip|octet-stream)|audio\/|video\/)/;

/** Types under which a <script> runs as code; other types (JSON-LD, import maps) are data. */
const CODE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * @typedef {object} WeighedResponse
 * @property {string} url
 * @property {string} type  Playwright's resourceType: document, stylesheet, script, image, fetch…
 * @property {number} bytes  gzip -9 of the body, or the raw body for compressed formats
 */

/**
 * @typedef {object} PageWeight
 * @property {number} htmlCss  the document plus the stylesheets it links for screens (not print)
 * @property {number} js  every script response
 * @property {number} page  every response until the network was idle
 * @property {number} jsBeforeInteraction  `js` plus the code inline in the HTML, each gzipped on its own:
 *   how tests/e2e/lesson-weight.spec.ts counts a lesson's opening JavaScript
 * @property {number} requests
 * @property {number} otherOrigins  responses from elsewhere, not counted (there should be none)
 * @property {WeighedResponse[]} responses
 * @property {{ requests: number; bytes: number } | null} serviceWorker  what the page's service
 *   worker fetched for itself (an offline copy) once the page had loaded, not part of `page`; null
 *   when workers were blocked
 */

/** How long a service worker may take to install (and precache) before the bench stops waiting. */
const SERVICE_WORKER_TIMEOUT_MS = 60_000;

/** @param {Buffer | string} body */
const gzipBytes = (body) => gzipSync(body, { level: 9 }).length;

/**
 * What a response costs to download: gzip -9 of its body, or the body as it is for formats that are
 * compressed already. Shared with the scale bench's search measure.
 *
 * @param {Buffer} body
 * @param {string} contentType
 */
export const weight = (body, contentType) =>
  COMPRESSED_TYPES.test(contentType) ? body.length : gzipBytes(body);

/** @param {string} tag @param {string} name */
const attribute = (tag, name) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

/** @param {string} tag @param {string} name */
const attributeValue = (tag, name) => {
  const m = attribute(tag, name);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

/**
 * The stylesheets a page's HTML links for the screen, as absolute URLs: these block its first
 * render. `media="print"` sheets load too, but late and without holding up the page.
 *
 * @param {string} html
 * @param {string} pageUrl
 */
export function screenStylesheets(html, pageUrl) {
  const urls = new Set();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attributeValue(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributeValue(tag, 'href');
    const media = (attributeValue(tag, 'media') ?? 'all').trim().toLowerCase();
    if (!rel.includes('stylesheet') || rel.includes('alternate') || !href || media === 'print') continue;
    urls.add(new URL(href.replaceAll('&amp;', '&'), pageUrl).href);
  }
  return urls;
}

/**
 * Gzip bytes of each piece of code inline in the HTML (the way lesson-weight.spec.ts counts them).
 *
 * @param {string} html
 */
export function inlineScriptBytes(html) {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => CODE_TYPES.has((attributeValue(m[1] ?? '', 'type') ?? '').toLowerCase()))
    .reduce((sum, m) => sum + gzipBytes(m[2] ?? ''), 0);
}

/**
 * Waits until the page's service worker, if it registered one, is active: it has fetched what it
 * keeps offline.
 *
 * @param {import('@playwright/test').Page} page
 */
async function serviceWorkerInstalled(page) {
  const registered = await page.evaluate(async (timeout) => {
    if (!('serviceWorker' in navigator) || !(await navigator.serviceWorker.getRegistration())) return false;
    await Promise.race([
      navigator.serviceWorker.ready,
      new Promise((resolve) => setTimeout(resolve, timeout)),
    ]);
    return true;
  }, SERVICE_WORKER_TIMEOUT_MS);
  // The last responses' events may trail the worker's activation by a moment.
  if (registered) await page.waitForTimeout(250);
}

/**
 * Opens `url` in a new browser context and weighs what it loads.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ serviceWorker?: boolean }} [options]  `serviceWorker: false` blocks service workers: the
 *   page weighs the same on a first visit, and the bench need not wait for a precache it has seen
 * @returns {Promise<PageWeight>}
 */
export async function weighPage(browser, url, { serviceWorker = true } = {}) {
  const { origin } = new URL(url);
  // A fresh context: empty cache, no service worker left by another page.
  const context = await browser.newContext({
    viewport: PHONE,
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  });
  const page = await context.newPage();
  /** @type {Promise<(WeighedResponse & { body: Buffer }) | undefined>[]} */
  const pending = [];
  let otherOrigins = 0;
  /** @type {Promise<number>[]} */
  const workerFetches = [];
  // The page's own requests come to `page`; a service worker's come only to the context.
  context.on('response', (response) => {
    if (!response.request().serviceWorker() || new URL(response.url()).origin !== origin) return;
    workerFetches.push(
      response.body().then(
        (body) => weight(body, response.headers()['content-type'] ?? ''),
        () => 0,
      ),
    );
  });
  page.on('response', (response) => {
    if (new URL(response.url()).origin !== origin) {
      otherOrigins += 1;
      return;
    }
    const type = response.request().resourceType();
    pending.push(
      // A redirect or an aborted request has no body; nothing came but headers.
      response.body().then(
        (body) => ({
          url: response.url(),
          type,
          body,
          bytes: weight(body, response.headers()['content-type'] ?? ''),
        }),
        () => undefined,
      ),
    );
  });
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}.`);
    const responses = (await Promise.all(pending)).filter((r) => r !== undefined);
    if (serviceWorker) await serviceWorkerInstalled(page);
    const workerBytes = await Promise.all(workerFetches);
    const documentUrl = response.url();
    const html = (await response.body()).toString('utf8');
    const sheets = screenStylesheets(html, documentUrl);
    /** @param {(r: WeighedResponse) => boolean} keep */
    const sum = (keep) => responses.filter(keep).reduce((total, r) => total + r.bytes, 0);
    const js = sum((r) => r.type === 'script');
    return {
      htmlCss: sum((r) => r.url === documentUrl || (r.type === 'stylesheet' && sheets.has(r.url))),
      js,
      page: sum(() => true),
      jsBeforeInteraction: js + inlineScriptBytes(html),
      requests: responses.length,
      otherOrigins,
      responses: responses.map(({ url: at, type, bytes }) => ({ url: at, type, bytes })),
      serviceWorker: serviceWorker
        ? { requests: workerBytes.length, bytes: workerBytes.reduce((a, b) => a + b, 0) }
        : null,
    };
  } finally {
    await context.close();
  }
}
