// `npm run bench -- --scale N` (issue #18, point 5): does the design hold at N lessons per language?
// Copies the project into a temporary folder, grows the curriculum to N lessons per language by
// copying the real ones under new slugs, codes and places, builds it with the project's own build,
// and measures what grows with the curriculum: build time, the pages that list every lesson, the
// service worker's install precache, the offline manifests and the cost of a second search.
// tests/integration/scale.test.ts runs it at 200 and asserts SCALE_LIMITS.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../../tests/harness/chromium.mjs';
import { gzipBytes, htmlCssBytes } from '../../../tests/harness/built-pages.ts';
import { createSiteServer, listen } from '../serve.mjs';
import { buildSite } from './run.mjs';
import { weight } from './weigh.mjs';

const projectRoot = resolve(import.meta.dirname, '..', '..', '..');

/** The targets of issue #18 at 1,000 lessons per language, which the 200-lesson test holds the site to. */
export const SCALE_LIMITS = {
  /** Build wall-clock per lesson per language: under 60 s for 1,000 lessons on 2 cores. */
  buildMsPerLesson: 60,
  /** Gzip HTML + render-blocking CSS of each page that lists lessons (home, progress, trainer hub, offline). */
  listingPageBytes: 14 * 1024,
  /** What the service worker fetches at install, per language, whatever the number of lessons. */
  precacheBytes: 300 * 1024,
  /** The largest offline manifest (offline.json, or one track's file once split), raw bytes. */
  offlineManifestBytes: 64 * 1024,
  /** Bytes a search fetches for a second, different query once the first has loaded Pagefind. */
  searchSecondQueryBytes: 50 * 1024,
};

/** What the build needs from the project (build.mjs, astro.config.mjs and what they read). */
const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** No track grows past this many lessons: past it, a track page would be one more long list. */
export const LESSONS_PER_TRACK = 50;
const LOCALES = /** @type {const} */ (['vi', 'en']);
/** Words the lessons use, the first query loading Pagefind, the second measured. */
export const SEARCH_QUERIES = {
  vi: ['dang ky khai sinh', 'ma QR'],
  en: ['register a birth', 'QR code'],
};
/** The pages that list lessons, by the name the table gives them. */
export const LISTING_PAGES = /** @type {const} */ ({
  home: 'index.html',
  progress: 'progress/index.html',
  trainer: 'trainer/index.html',
  offline: 'offline/index.html',
});
/** Copies' titles say they are copies, so listings and search results are not N identical lines. */
const COPY_LABEL = { vi: 'bản sao', en: 'copy' };
/** The topic whose lessons have review pools (src/data/reviews.ts REVIEWED_TRACK). */
const REVIEWED_TRACK = 'scams';

/**
 * @typedef {'vi' | 'en'} Lang
 * @typedef {keyof typeof LISTING_PAGES} ListingPage
 *
 * @typedef {object} LanguageFigures
 * @property {number} lessonPages  lesson pages built (`{lang}/lessons/<slug>/index.html`)
 * @property {Record<ListingPage, number>} pages  gzip HTML + render-blocking CSS, as the budgets count it
 * @property {{ files: number; bytes: number }} precache  the entries of `{lang}/sw.js`'s precache
 *   manifest and their raw bytes on disk (what Workbox reports as the precache size)
 * @property {{ files: number; largest: string; bytes: number; gzip: number }} offlineManifests
 *   `{lang}/offline.json` and any `{lang}/offline/*.json`: how many, and the largest one
 * @property {{ queries: string[]; bytes: number; requests: number } | { error: string } | null} search
 *   what the second query fetched (gzip -9 of bodies, compressed formats as they are, as the bench
 *   weighs pages), or why it could not be measured; null when not measured for this language
 *
 * @typedef {object} ScaleFigures
 * @property {number} lessons  lessons per language
 * @property {number} tracks
 * @property {number} buildMs  wall-clock of the whole build (Astro, Pagefind, service workers, _headers)
 * @property {number} buildMsPerLesson  buildMs / lessons per language
 * @property {number | null} buildCpuMs  CPU time the build used (all its processes; Linux only):
 *   far below buildMs × cores means the machine was busy with other work
 * @property {{ cores: number; loadAverage: number }} machine  cores, and the 1-minute load average
 *   as the build ended
 * @property {Record<Lang, LanguageFigures>} languages
 * @property {string | null} precacheBudgetLifted  the build's own precache budget, when it had to be
 *   lifted in the copy for the build to finish (so the precache can be measured); else null
 * @property {string | null} kept  the temporary folder, when kept
 */

/** @param {string} dir */
const mdxSlugs = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();

/**
 * Splits an MDX lesson into its front matter (parsed, and as text) and body.
 *
 * @param {string} source
 */
function frontMatter(source) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('no front matter');
  return { text: match[1] ?? '', data: parseYaml(match[1] ?? ''), body: source.slice(match[0].length) };
}

/**
 * Front matter with some top-level scalar fields replaced. Line edits rather than a YAML dump keep
 * the copy byte-for-byte the lesson an author wrote, apart from those fields.
 *
 * @param {string} text
 * @param {Record<string, string | number>} fields
 */
function withFields(text, fields) {
  let out = text;
  for (const [key, value] of Object.entries(fields)) {
    const line = new RegExp(`^${key}:.*$`, 'm');
    if (!line.test(out)) throw new Error(`no "${key}:" line`);
    // JSON strings are YAML double-quoted strings.
    out = out.replace(line, `${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`);
  }
  return out;
}

/**
 * Writes a curriculum of `lessons` lessons per language into a copy of the project: the real
 * lessons stay, and copies of them (in turn) spread over the real tracks up to LESSONS_PER_TRACK
 * each, then fill new tracks of that size. Each copy has its own slug, title, code (after every code in use or retired)
 * and order in its track, and the same quiz, so every content check still applies to it.
 *
 * @param {string} root  the copy of the project
 * @param {number} lessons
 * @returns {{ tracks: number }}
 */
export function growCurriculum(root, lessons) {
  const lessonsDir = join(root, 'content', 'lessons');
  const tracksDir = join(root, 'content', 'tracks');
  const reviewsDir = join(root, 'content', 'reviews');
  const poolToCopy = readdirSync(join(reviewsDir, 'vi')).sort()[0] ?? '';
  const slugs = mdxSlugs(join(lessonsDir, 'vi'));
  if (lessons < slugs.length)
    throw new Error(`--scale must be at least ${slugs.length}, the lessons the site has.`);
  /** @type {Record<string, Record<Lang, string>>} */
  const sources = Object.fromEntries(
    slugs.map((slug) => [
      slug,
      Object.fromEntries(
        LOCALES.map((lang) => [lang, readFileSync(join(lessonsDir, lang, `${slug}.mdx`), 'utf8')]),
      ),
    ]),
  );
  const meta = slugs.map((slug) => ({ slug, ...frontMatter(sources[slug]?.vi ?? '').data }));
  /** @type {{ code: number }[]} */
  const retired = JSON.parse(readFileSync(join(root, 'content', 'retired-lesson-codes.json'), 'utf8'));
  let nextCode = Math.max(0, ...meta.map((m) => Number(m.code)), ...retired.map((r) => r.code)) + 1;

  /** Lessons per track; copies go to the emptiest real track with room, then fill new tracks in turn. */
  const tracks = readdirSync(tracksDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const id = name.slice(0, -'.json'.length);
      const { order } = JSON.parse(readFileSync(join(tracksDir, name), 'utf8'));
      const orders = meta.filter((m) => m.track === id).map((m) => Number(m.order));
      return { id, order: Number(order), lastOrder: Math.max(0, ...orders), count: orders.length };
    })
    .sort((a, b) => a.order - b.order);
  const realTracks = [...tracks];
  let lastTrackOrder = Math.max(0, ...tracks.map((t) => t.order));
  /** @returns {(typeof tracks)[number]} */
  const trackWithRoom = () => {
    const real = realTracks
      .filter((t) => t.count < LESSONS_PER_TRACK)
      .sort((a, b) => a.count - b.count || a.order - b.order)[0];
    if (real) return real;
    const last = tracks.at(-1);
    if (last && !realTracks.includes(last) && last.count < LESSONS_PER_TRACK) return last;
    const number = tracks.length - realTracks.length + 1;
    const id = `scale-track-${String(number).padStart(2, '0')}`;
    lastTrackOrder += 1;
    writeFileSync(
      join(tracksDir, `${id}.json`),
      `${JSON.stringify(
        {
          order: lastTrackOrder,
          title: { vi: `Chủ đề mẫu ${number}`, en: `Sample track ${number}` },
          summary: {
            vi: `Các bài sao chép để thử trang web với nhiều bài học (chủ đề ${number}).`,
            en: `Copied lessons to try the site with many lessons (track ${number}).`,
          },
        },
        null,
        2,
      )}\n`,
    );
    const track = { id, order: lastTrackOrder, lastOrder: 0, count: 0 };
    tracks.push(track);
    return track;
  };

  for (let copy = 1; copy <= lessons - slugs.length; copy++) {
    const track = trackWithRoom();
    const original = /** @type {(typeof meta)[number]} */ (meta[(copy - 1) % meta.length]);
    const slug = `${original.slug}-copy-${copy}`;
    track.count += 1;
    track.lastOrder += 1;
    for (const lang of LOCALES) {
      const source = sources[original.slug]?.[lang] ?? '';
      const { text, data, body } = frontMatter(source);
      const fields = {
        title: `${String(data.title)} (${COPY_LABEL[lang]} ${copy})`,
        track: track.id,
        order: track.lastOrder,
        code: nextCode,
      };
      writeFileSync(join(lessonsDir, lang, `${slug}.mdx`), `---\n${withFields(text, fields)}\n---\n${body}`);
      // A lesson of the scam topic has review questions (data/reviews.ts): the copy gets a real
      // pool's, named for it, so the build's checks hold and its review page is built and weighed.
      if (track.id === REVIEWED_TRACK) {
        const pool = readFileSync(join(reviewsDir, lang, poolToCopy), 'utf8');
        writeFileSync(
          join(reviewsDir, lang, `${slug}.mdx`),
          pool.replace(/^lesson: .*$/m, `lesson: ${slug}`),
        );
      }
    }
    nextCode += 1;
  }
  return { tracks: tracks.length };
}

/**
 * A copy of the project to build in: what the build reads, node_modules linked rather than copied.
 *
 * @param {string} dir
 */
function copyProject(dir) {
  for (const name of PROJECT_FILES) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'junction');
}

/**
 * The build refuses a precache over its own budget (service-workers.mjs): today's 1.5 MB, passed at
 * a few dozen lessons. So that the precache is measured rather than the build stopped, the copy's
 * budget is lifted; SCALE_LIMITS.precacheBytes is what the figure is judged by. Returns the budget
 * as written when it was lifted.
 *
 * @param {string} dir
 */
function liftPrecacheBudget(dir) {
  const file = join(dir, 'src', 'tooling', 'service-workers.mjs');
  if (!existsSync(file)) return null;
  const source = readFileSync(file, 'utf8');
  const budget = /^((?:export )?const \w*BUDGET\w*) = (.+);$/m.exec(source);
  if (!budget) return null;
  writeFileSync(file, source.replace(budget[0], `${budget[1] ?? ''} = Infinity;`));
  return budget[2] ?? null;
}

/**
 * The precache manifest Workbox writes into sw.js (`{url:"…",revision:…}` entries), as files.
 *
 * @param {string} dist
 * @param {Lang} lang
 */
export function precacheOf(dist, lang) {
  const sw = readFileSync(join(dist, lang, 'sw.js'), 'utf8');
  // Entries as generateSW writes them ({url:"…",revision:null}) or as JSON (injectManifest).
  const urls = [...sw.matchAll(/\{[^{}]*\burl"?:\s*"([^"]+)"[^{}]*\}/g)]
    .filter(([entry]) => /\brevision"?:/.test(entry))
    .map((m) => m[1] ?? '');
  if (urls.length === 0) throw new Error(`${lang}/sw.js: found no precache manifest.`);
  const files = urls.map((url) => join(dist, url.replace(/^\//, ''), url.endsWith('/') ? 'index.html' : ''));
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

/**
 * `{lang}/offline.json` and, once offline lists are split, `{lang}/offline/*.json`.
 *
 * @param {string} dist
 * @param {Lang} lang
 */
export function offlineManifestsOf(dist, lang) {
  const folder = join(dist, lang, 'offline');
  const files = [
    join(dist, lang, 'offline.json'),
    ...(existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => name.endsWith('.json'))
          .map((name) => join(folder, name))
      : []),
  ].filter((file) => existsSync(file));
  const sized = files.map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes);
  const largest = sized[0];
  return {
    files: sized.length,
    largest: largest ? largest.file.slice(dist.length + 1).replaceAll('\\', '/') : '',
    bytes: largest?.bytes ?? 0,
    gzip: largest ? gzipBytes(largest.file) : 0,
  };
}

/**
 * @param {string} dist
 * @param {Lang} lang
 * @returns {Record<ListingPage, number>}
 */
function listingPagesOf(dist, lang) {
  return /** @type {Record<ListingPage, number>} */ (
    Object.fromEntries(
      Object.entries(LISTING_PAGES).map(([name, path]) => [
        name,
        htmlCssBytes(dist, '/', join(dist, lang, path), true),
      ]),
    )
  );
}

/**
 * CPU time of this process's finished children (Linux: /proc/self/stat, in clock ticks of 10 ms),
 * so a slow build on a shared machine can be told from a heavy one; null elsewhere.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, fields 16 and 17 of proc(5); `fields` starts at field 3.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** How long a search may take to show its results on a busy machine. */
const SEARCH_TIMEOUT_MS = 60_000;
/** Quiet time after which a search is taken to have fetched all it will. */
const QUIET_MS = 750;

/**
 * Opens `/{lang}/search/?q=<first>` in Chromium, waits for its results, then searches the second
 * query from the box, counting what that second search fetches. Service workers are blocked: the
 * install precache is measured on its own, and would muddle the count.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {Lang} lang
 */
async function searchCost(browser, origin, lang) {
  const [first = '', second = ''] = SEARCH_QUERIES[lang];
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  /** @type {Promise<number>[] | null} */
  let counting = null;
  let lastResponse = Date.now();
  page.on('response', (response) => {
    lastResponse = Date.now();
    counting?.push(
      response.body().then(
        (body) => weight(body, response.headers()['content-type'] ?? ''),
        () => 0,
      ),
    );
  });
  /** Waits until the status line names the query's results and the network has been quiet. */
  const settled = async (/** @type {string} */ query) => {
    await page.waitForFunction(
      (q) => {
        const status = document.querySelector('.search-status')?.textContent ?? '';
        return status.includes(q);
      },
      query,
      { timeout: SEARCH_TIMEOUT_MS },
    );
    while (Date.now() - lastResponse < QUIET_MS) await page.waitForTimeout(QUIET_MS / 3);
  };
  try {
    const url = `${origin}/${lang}/search/?q=${encodeURIComponent(first)}`;
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}.`);
    await settled(first);
    counting = [];
    const box = page.locator('input[name="q"]');
    await box.fill(second);
    await box.press('Enter');
    await settled(second);
    const sizes = await Promise.all(counting);
    return { queries: [first, second], bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length };
  } finally {
    await context.close();
  }
}

/**
 * Grows, builds and measures a curriculum of `lessons` lessons per language.
 *
 * @param {{
 *   lessons: number;
 *   keep?: boolean;
 *   searchLangs?: Lang[];
 *   env?: NodeJS.ProcessEnv;
 *   log?: (line: string) => void;
 * }} options  `searchLangs`: the languages whose search is measured (each costs a browser session);
 *   `env`: the environment the build starts from (default this process's)
 * @returns {Promise<ScaleFigures>}
 */
export async function runScale({
  lessons,
  keep = false,
  searchLangs = [...LOCALES],
  env = process.env,
  log = console.log,
}) {
  const browserFound = searchLangs.length ? findChromium() : null;
  if (searchLangs.length && !browserFound) throw new Error(HOW_TO_GET_CHROMIUM);
  const dir = mkdtempSync(join(tmpdir(), 'hoc-so-scale-'));
  const dist = join(dir, 'dist');
  /** @type {import('node:http').Server | undefined} */
  let server;
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  try {
    copyProject(dir);
    const { tracks } = growCurriculum(dir, lessons);
    const precacheBudgetLifted = liftPrecacheBudget(dir);
    log(`› Building ${lessons} lessons per language in ${tracks} tracks (${dir})…`);
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    // Its own content cache, so builds in other checkouts sharing node_modules are left alone.
    buildSite(dir, dist, { env, extra: { HOCSO_CACHE_DIR: join(dir, '.astro-cache') } });
    const buildMs = performance.now() - started;
    const cpuAfter = childrenCpuMs();
    const buildCpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    const machine = { cores: os.availableParallelism(), loadAverage: os.loadavg()[0] ?? 0 };
    log(
      `› Built in ${(buildMs / 1000).toFixed(1)} s${buildCpuMs === null ? '' : ` (${(buildCpuMs / 1000).toFixed(1)} s of CPU)`}; measuring…`,
    );

    /** @type {Record<Lang, LanguageFigures>} */
    const languages = /** @type {Record<Lang, LanguageFigures>} */ (
      Object.fromEntries(
        LOCALES.map((lang) => [
          lang,
          {
            lessonPages: readdirSync(join(dist, lang, 'lessons')).filter((slug) =>
              existsSync(join(dist, lang, 'lessons', slug, 'index.html')),
            ).length,
            pages: listingPagesOf(dist, lang),
            precache: precacheOf(dist, lang),
            offlineManifests: offlineManifestsOf(dist, lang),
            search: null,
          },
        ]),
      )
    );
    if (searchLangs.length) {
      server = createSiteServer({ dist, base: '/' });
      const port = await listen(server, 0, '127.0.0.1');
      browser = await chromium.launch({ executablePath: browserFound?.executablePath });
      for (const lang of searchLangs) {
        try {
          languages[lang].search = await searchCost(browser, `http://127.0.0.1:${port}`, lang);
        } catch (error) {
          // The other figures still count; the search limit fails, saying why.
          languages[lang].search = { error: error instanceof Error ? error.message : String(error) };
        }
      }
    }
    return {
      lessons,
      tracks,
      buildMs,
      buildMsPerLesson: buildMs / lessons,
      buildCpuMs,
      machine,
      languages,
      precacheBudgetLifted,
      kept: keep ? dir : null,
    };
  } finally {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      server.close();
    }
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {boolean} ok */
const mark = (ok) => (ok ? '' : ' ✗');

/**
 * @typedef {object} ScaleVerdict
 * @property {string} key  `build`, `<lang>.page.<page>`, `<lang>.precache`, `<lang>.offlineManifest`, `<lang>.search`
 * @property {string} name  what is measured, in words
 * @property {number} measured
 * @property {number} limit
 * @property {'ms' | 'bytes'} unit
 * @property {boolean} ok
 * @property {string} text  e.g. "vi progress page HTML+CSS gzip: 22519 B (22.0 KB), limit 14336 B (14.0 KB)"
 */

/**
 * Each limit with the figure it is judged by: what the test asserts and the table's verdict lines.
 *
 * @param {ScaleFigures} figures
 * @returns {ScaleVerdict[]}
 */
export function scaleVerdicts(figures) {
  /** @type {ScaleVerdict[]} */
  const verdicts = [];
  /** @param {number} value @param {'ms' | 'bytes'} unit */
  const show = (value, unit) =>
    !Number.isFinite(value) ? 'none' : unit === 'ms' ? `${value.toFixed(1)} ms` : `${value} B (${kb(value)})`;
  /**
   * @param {string} key @param {string} name @param {number} measured @param {number} limit
   * @param {'ms' | 'bytes'} [unit]
   */
  const add = (key, name, measured, limit, unit = 'bytes') =>
    verdicts.push({
      key,
      name,
      measured,
      limit,
      unit,
      ok: measured <= limit,
      text: `${name}: ${show(measured, unit)}, limit ${show(limit, unit)}`,
    });
  add(
    'build',
    `build time per lesson (${(figures.buildMs / 1000).toFixed(1)} s for ${figures.lessons} lessons per language)`,
    figures.buildMsPerLesson,
    SCALE_LIMITS.buildMsPerLesson,
    'ms',
  );
  for (const lang of LOCALES) {
    const figs = figures.languages[lang];
    for (const [page, bytes] of Object.entries(figs.pages))
      add(`${lang}.page.${page}`, `${lang} ${page} page HTML+CSS gzip`, bytes, SCALE_LIMITS.listingPageBytes);
    add(
      `${lang}.precache`,
      `${lang} install precache (${figs.precache.files} files)`,
      figs.precache.bytes,
      SCALE_LIMITS.precacheBytes,
    );
    add(
      `${lang}.offlineManifest`,
      `${lang} largest offline manifest (${figs.offlineManifests.largest}, of ${figs.offlineManifests.files})`,
      figs.offlineManifests.bytes,
      SCALE_LIMITS.offlineManifestBytes,
    );
    if (figs.search && 'error' in figs.search)
      add(
        `${lang}.search`,
        `${lang} search, second query (not measured: ${figs.search.error.split('\n')[0] ?? ''})`,
        Infinity,
        SCALE_LIMITS.searchSecondQueryBytes,
      );
    else if (figs.search)
      add(
        `${lang}.search`,
        `${lang} search, second query ("${figs.search.queries[1] ?? ''}", ${figs.search.requests} requests)`,
        figs.search.bytes,
        SCALE_LIMITS.searchSecondQueryBytes,
      );
  }
  return verdicts;
}

/**
 * The figures as a Markdown table (one row per language, as issue #18's scale table), then one line
 * per limit.
 *
 * @param {ScaleFigures} figures
 */
export function scaleTable(figures) {
  const L = SCALE_LIMITS;
  const build = `${(figures.buildMs / 1000).toFixed(1)} s (${figures.buildMsPerLesson.toFixed(0)} ms/lesson)${mark(figures.buildMsPerLesson <= L.buildMsPerLesson)}`;
  const header = [
    'lessons per language',
    'lang',
    'build (2 cores)',
    'home',
    'progress',
    'trainer hub',
    'offline page',
    'install precache',
    'offline manifests (largest)',
    'search, 2nd query',
  ];
  const rows = LOCALES.map((lang) => {
    const f = figures.languages[lang];
    const page = (/** @type {ListingPage} */ name) =>
      `${kb(f.pages[name])}${mark(f.pages[name] <= L.listingPageBytes)}`;
    return [
      String(figures.lessons),
      lang,
      build,
      page('home'),
      page('progress'),
      page('trainer'),
      page('offline'),
      `${kb(f.precache.bytes)} in ${f.precache.files} files${mark(f.precache.bytes <= L.precacheBytes)}`,
      `${f.offlineManifests.files} file${f.offlineManifests.files === 1 ? '' : 's'}, ${kb(f.offlineManifests.bytes)} (${kb(f.offlineManifests.gzip)} gz)${mark(f.offlineManifests.bytes <= L.offlineManifestBytes)}`,
      !f.search
        ? '–'
        : 'error' in f.search
          ? 'failed ✗'
          : `${kb(f.search.bytes)} in ${f.search.requests} requests${mark(f.search.bytes <= L.searchSecondQueryBytes)}`,
    ];
  });
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  const verdicts = scaleVerdicts(figures);
  const failed = verdicts.filter((v) => !v.ok);
  return [
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
    `Pages: gzip -9 HTML + render-blocking CSS. Precache: the files listed in {lang}/sw.js, raw bytes. Offline manifests: {lang}/offline.json and {lang}/offline/*.json, raw bytes of the largest. Search: ${
      LOCALES.filter((lang) => figures.languages[lang].search)
        .map((lang) => `"${SEARCH_QUERIES[lang][1]}" after "${SEARCH_QUERIES[lang][0]}" (${lang})`)
        .join(', ') || 'not measured'
    }, bodies gzip -9 as the bench weighs them. ✗ marks a figure over its limit.`,
    ...(figures.buildCpuMs === null
      ? []
      : [
          `The build used ${(figures.buildCpuMs / 1000).toFixed(1)} s of CPU in ${(figures.buildMs / 1000).toFixed(1)} s (${figures.machine.cores} cores, load average ${figures.machine.loadAverage.toFixed(1)} as it ended).`,
        ]),
    ...(figures.precacheBudgetLifted
      ? [
          `The build's own precache budget (${figures.precacheBudgetLifted}) was lifted in the copy, so that a precache over it is measured rather than stopping the build.`,
        ]
      : []),
    '',
    `Limits (issue #18): ${verdicts.length - failed.length} of ${verdicts.length} met.`,
    ...verdicts.map((v) => `- ${v.ok ? '✓' : '✗'} ${v.text}`),
  ].join('\n');
}

/**
 * Writes the figures as JSON.
 *
 * @param {string} file
 * @param {ScaleFigures} figures
 */
export function writeScaleJson(file, figures) {
  mkdirSync(resolve(file, '..'), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    units: 'bytes and milliseconds; pages and search gzip -9, precache and offline manifests raw',
    limits: SCALE_LIMITS,
    ...figures,
    verdicts: scaleVerdicts(figures),
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
