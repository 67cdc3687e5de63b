import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import { chunkRefsInScript, scriptRefsInPage } from '../offline/offline-save.ts';

/**
 * How the project weighs what a phone downloads: gzip -9 of each built file, as from a host that
 * compresses. One place for the budget tests (tests/site/budgets.test.ts), the scale bench, the
 * offline topic lists (src/tooling/service-workers.mjs) and the data cost on lesson cards
 * (data-cost.ts), so the numbers a learner sees are the ones the budgets hold.
 */

/** Gzip -9 bytes of a built file. */
export const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** A file's gzip -9 size by path, each file compressed once; see gzipWeigher. */
export type Weigher = (path: string) => Promise<number>;

const gzipAsync = promisify(gzip);

/**
 * Weighs files on the thread pool, each path once per weigher: one build shares one, so a picture
 * many lessons show, or a page both the cards and the topic lists count, is compressed once. Only
 * for files that no longer change.
 */
export function gzipWeigher(): Weigher {
  const weighed = new Map<string, Promise<number>>();
  return (path) => {
    let bytes = weighed.get(path);
    if (!bytes) {
      bytes = gzipAsync(readFileSync(path), { level: 9 }).then((zipped) => zipped.length);
      weighed.set(path, bytes);
    }
    return bytes;
  };
}

/** Files weighed at once: enough to keep every core compressing, few enough to hold in memory. */
const WEIGHING_AT_ONCE = 32;

/**
 * Sets each item's `bytes` to its file's gzip size, several at a time: one after another, this was
 * 6 s of a 1,000-lesson build (issue #18).
 */
export async function weighGzipped(
  items: { url: string; bytes: number }[],
  pathOf: (url: string) => string,
  weigh: Weigher = gzipWeigher(),
): Promise<void> {
  for (let start = 0; start < items.length; start += WEIGHING_AT_ONCE)
    await Promise.all(
      items.slice(start, start + WEIGHING_AT_ONCE).map(async (item) => {
        item.bytes = await weigh(pathOf(item.url));
      }),
    );
}

/** A page's HTML without its <noscript> parts, which a browser running scripts never loads. */
export const withoutNoscript = (html: string) => html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');

/**
 * The page's own stylesheets, as files of the build; those in <noscript> only apply with scripting
 * off, so they are not counted. `renderBlocking`: only those for the screen, which the first paint
 * waits for.
 */
export function pageStylesheets(dist: string, base: string, html: string, renderBlocking = false): string[] {
  return [...withoutNoscript(html).matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !renderBlocking || !/\bmedia="print"/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)![1]!)
    .filter((href) => href.startsWith(base))
    .map((href) => join(dist, href.slice(base.length)));
}

/**
 * "HTML+CSS" as the weight budgets count it: the page's gzip bytes plus its stylesheets' (only
 * those before the first paint with `renderBlocking`). Shared with `npm run bench -- --scale`.
 */
export function htmlCssBytes(dist: string, base: string, file: string, renderBlocking = false): number {
  const html = readFileSync(file, 'utf8');
  return (
    gzipBytes(file) +
    pageStylesheets(dist, base, html, renderBlocking).reduce((sum, sheet) => sum + gzipBytes(sheet), 0)
  );
}

/**
 * The _astro/ files a page loads, directly or later (dynamic imports), as dist-relative paths.
 * `follows` may leave out an import (and what only it leads to): given the chunk's file name and
 * the code importing it.
 */
export function scriptsOf(
  dist: string,
  html: string,
  follows: (chunk: string, importer: string) => boolean = () => true,
): string[] {
  const found = new Set<string>();
  const queue = scriptRefsInPage(html).flatMap((ref) => /\/_astro\/([\w.-]+\.js)$/.exec(ref)?.[1] ?? []);
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (found.has(name) || !existsSync(join(dist, '_astro', name))) continue;
    found.add(name);
    const code = readFileSync(join(dist, '_astro', name), 'utf8');
    queue.push(
      ...chunkRefsInScript(code)
        .map((ref) => ref.slice(2))
        .filter((chunk) => follows(chunk, code)),
    );
  }
  return [...found].map((name) => `_astro/${name}`);
}
