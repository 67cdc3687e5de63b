import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format } from '../../i18n/format.ts';
import { formatBytes } from '../offline/offline-save.ts';
import { pageStylesheets, scriptsOf, withoutNoscript, type Weigher } from './page-weight.ts';

/**
 * The data a lesson costs on its first visit, shown on every lesson card ("≈ 45 KB", issue #19):
 * people on prepaid data decide by it. Weighed after the build, from the built files, as the
 * budget tests weigh them (page-weight.ts: gzip -9, what a host that compresses sends).
 *
 * A first visit is a browser with nothing cached opening the lesson page and reading it to the end,
 * touching nothing: the page; every stylesheet it links, the print sheet too (browsers download
 * it); its icon; every script it runs at once, and the parts it loads as the reader nears their
 * elements (quiz, step ticks, Listen: `when: 'near'` in lib/on-demand.ts, and only those whose
 * elements the page has), with all they import; its pictures, the guide's QR code included; the
 * header's icon sprite; and `labels.json` when one of those parts takes its strings from there.
 * Not counted: parts loaded at a tap (the text-size panel) or when the page has news (notices),
 * and the service worker's own install download, which is once for the whole site, not per lesson
 * (README › The data cost on lesson cards). tests/e2e/data-cost.spec.ts checks the number against
 * what a browser really transfers.
 */

/** One part a built script loads on demand (lib/on-demand.ts): its chunk, trigger and elements. */
export interface OnDemandPart {
  chunk: string;
  when: string;
  tags: string[];
}

/** An on-demand entry as Vite writes it: `{when:`near`,load:()=>h(()=>import(`./x.js`),[])}`. */
const ENTRY =
  /\{\s*when:\s*(["'`])(\w+)\1\s*,\s*load:\s*\(\)\s*=>[^{}]*?import\(\s*(["'`])\.\/([\w.-]+\.js)\3/g;
/**
 * What holds an entry, just before it: its tag (`"step-tick":`), or a variable several tags share
 * (`a=`, then `"step-tick":a,"listen-button":a`). Looked for only there: a pattern that tried every
 * word of a 34 KB chunk made this the slowest part of the build's pass.
 */
const HOLDER = /(?:(["'`])([\w-]+)\1|([\w$]+))\s*[:=]\s*$/;

/** The parts a built script's defineOnDemand calls load, read from its code. */
export function onDemandParts(code: string): OnDemandPart[] {
  if (!code.includes('when:')) return [];
  return [...code.matchAll(ENTRY)].map((m) => {
    const holder = HOLDER.exec(code.slice(Math.max(0, m.index - 80), m.index));
    const variable = holder?.[3]?.replaceAll('$', '\\$');
    const tags = variable
      ? [...code.matchAll(new RegExp(`(["'\`])([\\w-]+)\\1\\s*:\\s*${variable}(?=\\s*[,}])`, 'g'))].map(
          (tag) => tag[2]!,
        )
      : holder?.[2]
        ? [holder[2]]
        : [];
    return { chunk: m[4]!, when: m[2]!, tags };
  });
}

/** A build problem in a page's data costs, naming the file. */
export class DataCostError extends Error {
  override name = 'DataCostError';
}

const decode = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** An attribute's value in a start tag's attribute text, quoted either way (attribute-quotes.ts). */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decode(match[1] ?? match[2]!) : undefined;
}

/** The dist-relative file of a page's URL path under the base, or undefined outside the base. */
export function pageFileOf(base: string, url: string): string | undefined {
  if (!url.startsWith(base)) return undefined;
  const path = url.slice(base.length).split(/[?#]/)[0]!;
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The files of a page's first visit (see the top of this file), as dist-relative paths, each once.
 * `url` is the page's path under the base, as its links write it.
 */
export function firstVisitFiles(dist: string, base: string, url: string): string[] {
  const page = pageFileOf(base, url);
  if (!page || !existsSync(join(dist, page)))
    throw new DataCostError(`${url} has no built page (${page ?? 'outside the base path'}).`);
  const html = readFileSync(join(dist, page), 'utf8');
  if (html.includes('<lesson-cost'))
    throw new DataCostError(
      `${page} shows lesson costs itself, so it can't be weighed before they are written.`,
    );
  const read = withoutNoscript(html);
  const values = (pattern: RegExp) => [...read.matchAll(pattern)].map((m) => decode(m[1]!));
  /** The start tags of an element the page has, by tag name. */
  const elements = (tag: string) => [...read.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))];
  const partsRead: OnDemandPart[] = [];
  const scripts = scriptsOf(dist, read, (chunk, importer) => {
    const parts = onDemandParts(importer).filter((part) => part.chunk === chunk);
    // Imported outright, or in a way this can't read: counted.
    if (parts.length === 0) return true;
    const loaded = parts.filter(
      (part) =>
        part.when === 'near' && (part.tags.length === 0 || part.tags.some((tag) => elements(tag).length > 0)),
    );
    partsRead.push(...loaded);
    return loaded.length > 0;
  });
  // lib/on-demand.ts fetches the strings of a part's elements that came without their own.
  const fetchesLabels = partsRead.some((part) =>
    part.tags.some((tag) => elements(tag).some((m) => attribute(m[1] ?? '', 'labels') === undefined)),
  );
  const labels = /<html[^>]*\sdata-labels="([^"]+)"/.exec(html)?.[1];
  const urls = [
    ...values(/<link[^>]+rel="icon"[^>]+href="([^"]+)"/g),
    ...values(/<img[^>]+src="([^"]+)"/g),
    // A sprite is one file, whatever the fragment.
    ...values(/<use[^>]+href="([^"#]+)#/g),
    ...(labels && fetchesLabels ? [decode(labels)] : []),
  ];
  const files = [
    page,
    ...pageStylesheets(dist, base, html).map((file) => relative(dist, file).replaceAll('\\', '/')),
    ...scripts,
    ...urls.flatMap((link) => pageFileOf(base, link) ?? []),
  ];
  return [...new Set(files)].filter((file) => existsSync(join(dist, file)));
}

/** The gzip bytes of a page's first visit. */
export async function firstVisitBytes(
  dist: string,
  base: string,
  url: string,
  weigh: Weigher,
): Promise<number> {
  const bytes = await Promise.all(firstVisitFiles(dist, base, url).map((file) => weigh(join(dist, file))));
  return bytes.reduce((sum, size) => sum + size, 0);
}

/** "≈ 45 KB" from the page's template for it ("≈ {size}"), in the page's number format ("≈ 1,2 MB" in Vietnamese). */
export const formatDataCost = (bytes: number, locale: string, template: string) =>
  format(template, { size: formatBytes(bytes, locale) });

/** A card's cost as Astro renders it (components/LessonCost.astro): empty, for the build to fill. */
const PLACEHOLDER = /<lesson-cost(\s[^>]*)?><\/lesson-cost>/g;

/** The lesson pages whose costs a built page's cards show, as URL paths. */
export const costsShown = (html: string): string[] =>
  [...html.matchAll(PLACEHOLDER)].flatMap((m) => attribute(m[1] ?? '', 'page') ?? []);

/**
 * Writes each card's cost into a built page: a hidden "Data to open it the first time:" for screen
 * readers, then "≈ 45 KB", in the page's language and from the strings in the element's `labels`.
 * Fails, naming `file`, on a card without its lesson's cost and on any <lesson-cost> it can't fill.
 */
export function fillDataCosts(
  html: string,
  file: string,
  costOf: (url: string) => number | undefined,
): string {
  const locale = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (!locale) throw new DataCostError(`${file}: no <html lang>, so its data costs have no number format.`);
  let filled = 0;
  const out = html.replace(PLACEHOLDER, (whole, attributes: string | undefined) => {
    const url = attribute(attributes ?? '', 'page');
    let labels: Record<string, unknown> = {};
    try {
      labels = JSON.parse(attribute(attributes ?? '', 'labels') ?? '{}') as Record<string, unknown>;
    } catch {
      // Reported below as missing strings.
    }
    const [label, template] = [labels['cost.label'], labels['cost.size']];
    if (!url || typeof label !== 'string' || typeof template !== 'string')
      throw new DataCostError(
        `${file}: ${whole} needs a page and labels with cost.label and cost.size (components/LessonCost.astro).`,
      );
    const bytes = costOf(url);
    if (bytes === undefined)
      throw new DataCostError(
        `${file}: a lesson card shows the data cost of ${url}, but the build has no page there.`,
      );
    filled++;
    return whole.replace(
      '></lesson-cost>',
      `><span class="visually-hidden">${escape(label)}</span> ${escape(formatDataCost(bytes, locale, template))}</lesson-cost>`,
    );
  });
  const elements = html.match(/<lesson-cost[\s>]/g)?.length ?? 0;
  if (filled !== elements)
    throw new DataCostError(
      `${file}: ${elements - filled} of its ${elements} <lesson-cost> elements were not filled: the build writes the cost only into an empty <lesson-cost page="…" labels='…'></lesson-cost>.`,
    );
  return out;
}

/** Lesson pages weighed at once: the weigher reads each file as it is asked for it. */
const PAGES_AT_ONCE = 16;

/**
 * The build's pass: weighs the first visit of every lesson the given pages' cards show, and writes
 * the costs into those pages. Run after every change to lesson pages and before anything
 * fingerprints pages (the service workers' precache). Returns the line for the build's log.
 */
export async function writeDataCosts(
  dist: string,
  base: string,
  files: string[],
  weigh: Weigher,
): Promise<string> {
  const pages = files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const urls = [...new Set(pages.flatMap((page) => costsShown(page.html)))];
  const costs = new Map<string, number>();
  for (let start = 0; start < urls.length; start += PAGES_AT_ONCE)
    await Promise.all(
      urls.slice(start, start + PAGES_AT_ONCE).map(async (url) => {
        const page = pageFileOf(base, url);
        if (page && existsSync(join(dist, page)))
          costs.set(url, await firstVisitBytes(dist, base, url, weigh));
      }),
    );
  let cards = 0;
  for (const { file, html } of pages) {
    cards += costsShown(html).length;
    writeFileSync(
      file,
      fillDataCosts(html, relative(dist, file), (url) => costs.get(url)),
    );
  }
  return `data costs: ${costs.size} lessons on ${cards} cards in ${pages.length} pages`;
}
