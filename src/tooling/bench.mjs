// `npm run bench`: how much a lesson page weighs next to the same lesson built with Astro Starlight
// (issue #18). Builds Học Số into a temporary folder, builds the lessons as plain Markdown with a
// pinned Starlight (installed once into ~/.cache/hoc-so-bench/), serves both, and weighs each
// lesson page in Chromium on a phone-sized screen. Prints a Markdown table; `--json FILE` writes
// the figures too. It reports the targets; it does not fail on them.
// `--scale N` measures something else: the site grown to N lessons per language (bench/scale.mjs).
//
//   node src/tooling/bench.mjs [--lang vi|en] [--lessons a,b | --sample N] [--json FILE]
//   node src/tooling/bench.mjs --scale N [--keep] [--json FILE]
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../tests/harness/chromium.mjs';
import { lessonToMarkdown, missingImages } from './bench/markdown.mjs';
import {
  HTML_CSS_LIMIT,
  JS_BEFORE_INTERACTION_LIMIT,
  RATIO_LIMIT,
  kb,
  lessonResult,
  resultsTable,
  verdicts,
  yesNo,
} from './bench/report.mjs';
import { BENCH_SITE_URL as SITE_URL, buildSite } from './bench/run.mjs';
import { buildStarlight, ensureStarlightInstall, STARLIGHT_VERSION } from './bench/starlight.mjs';
import { runScale, scaleTable, writeScaleJson } from './bench/scale.mjs';
import { PHONE, weighPage } from './bench/weigh.mjs';
import { createSiteServer, listen } from './serve.mjs';

const root = resolve(import.meta.dirname, '..', '..');
/** Three VNeID lessons, paying by QR, recognising scams and the public-service portal. */
const DEFAULT_LESSONS = [
  'install-vneid',
  'activate-vneid',
  'use-vneid-safely',
  'scan-to-pay',
  'recognise-scams',
  'public-service-portal',
];
const SITE_TITLE = 'Học Số';

const USAGE = `Usage: node src/tooling/bench.mjs [--lang vi|en] [--lessons a,b | --sample N] [--json FILE]
       node src/tooling/bench.mjs --scale N [--keep] [--json FILE]
  --lang       language of the lessons (default vi)
  --lessons    lesson slugs, comma-separated (default: ${DEFAULT_LESSONS.join(',')})
  --sample N   only the first N lessons of the list
  --json FILE  also write the figures as JSON
  --scale N    instead, build a copy of the site with N lessons per language (the real ones and
               copies of them) and measure what grows with the curriculum (issue #18)
  --keep       with --scale: keep the temporary folder (its path is printed)`;

/** @param {string} message */
function usageError(message) {
  console.error(`✗ ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** @param {string[]} argv */
function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        lang: { type: 'string', default: 'vi' },
        lessons: { type: 'string' },
        sample: { type: 'string' },
        json: { type: 'string' },
        scale: { type: 'string' },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const json = values.json ? resolve(values.json) : undefined;
  if (values.scale !== undefined) {
    const scale = Number(values.scale);
    if (!Number.isInteger(scale) || scale < 1) return usageError('--scale must be a whole number ≥ 1.');
    return { scale, keep: values.keep, json };
  }
  if (values.keep) return usageError('--keep goes with --scale.');
  const lang = values.lang;
  if (lang !== 'vi' && lang !== 'en') return usageError(`--lang must be vi or en (got "${lang ?? ''}").`);
  let lessons = values.lessons
    ? values.lessons
        .split(',')
        .map((slug) => slug.trim())
        .filter(Boolean)
    : DEFAULT_LESSONS;
  if (values.sample !== undefined) {
    const sample = Number(values.sample);
    if (!Number.isInteger(sample) || sample < 1) return usageError(`--sample must be a whole number ≥ 1.`);
    lessons = lessons.slice(0, sample);
  }
  if (lessons.length === 0) return usageError('No lessons to weigh.');
  return { lang, lessons, json };
}

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Every lesson of the language as a Starlight page, plus the pictures they show. All lessons go
 * in, not only the ones weighed, so Starlight's sidebar lists as many lessons as our site has.
 *
 * @param {'vi' | 'en'} lang
 */
function starlightSiteFor(lang) {
  const folder = join(root, 'content', 'lessons', lang);
  const publicDir = join(root, 'public');
  const slugs = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
  /** @type {import('./bench/starlight.mjs').StarlightPage[]} */
  const pages = [];
  /** @type {Set<string>} */
  const images = new Set();
  for (const slug of slugs) {
    let converted;
    try {
      converted = lessonToMarkdown(readFileSync(join(folder, `${slug}.mdx`), 'utf8'), lang);
    } catch (error) {
      throw new Error(
        `content/lessons/${lang}/${slug}.mdx: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    const missing = missingImages(converted, publicDir);
    if (missing.length)
      throw new Error(`content/lessons/${lang}/${slug}.mdx shows missing pictures: ${missing.join(', ')}`);
    for (const src of converted.images) images.add(src);
    pages.push({ path: `${lang}/lessons/${slug}`, markdown: converted.markdown });
  }
  return {
    slugs,
    site: {
      lang,
      title: SITE_TITLE,
      site: SITE_URL,
      pages,
      files: [...images].map((src) => ({ from: join(publicDir, src), to: src })),
    },
  };
}

/**
 * Serves a built folder on a free port of 127.0.0.1, as the project's own server does.
 *
 * @param {string} dist
 */
async function serve(dist) {
  const server = createSiteServer({ dist, base: '/' });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * `--scale N`: the table to stdout, the figures to `--json`.
 *
 * @param {{ scale: number; keep: boolean; json: string | undefined }} options
 */
async function scaleBench({ scale, keep, json }) {
  const figures = await runScale({ lessons: scale, keep, log: (line) => console.error(line) });
  console.log(scaleTable(figures));
  if (figures.kept) console.error(`Kept ${figures.kept}`);
  if (json) {
    writeScaleJson(json, figures);
    console.error(`Figures written to ${json}`);
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  if ('scale' in options) return scaleBench(options);
  const { lang, lessons } = options;
  const started = performance.now();

  const { slugs, site } = starlightSiteFor(lang);
  const unknown = lessons.filter((slug) => !slugs.includes(slug));
  if (unknown.length)
    return usageError(`No ${lang} lesson named ${unknown.join(', ')}. Lessons: ${slugs.join(', ')}`);

  const browserFound = findChromium();
  if (!browserFound) throw new Error(HOW_TO_GET_CHROMIUM);

  const install = ensureStarlightInstall(root);
  const starlight = buildStarlight(install.dir, site);

  const tempRoot = mkdtempSync(join(tmpdir(), 'hoc-so-bench-'));
  const oursDist = join(tempRoot, 'site');
  /** @type {{ close: () => void }[]} */
  const servers = [];
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  try {
    console.log('› Building Học Số…');
    const oursStarted = performance.now();
    buildSite(root, oursDist);
    const oursBuildMs = performance.now() - oursStarted;

    const oursServer = await serve(oursDist);
    const starlightServer = await serve(starlight.dist);
    servers.push(oursServer, starlightServer);
    browser = await chromium.launch({ executablePath: browserFound.executablePath });

    console.log(`› Weighing ${lessons.length} lesson page(s) at ${PHONE.width}×${PHONE.height}…`);
    const weighStarted = performance.now();
    const results = [];
    /** @type {{ ours: { requests: number; bytes: number } | null; starlight: { requests: number; bytes: number } | null }} */
    const workers = { ours: null, starlight: null };
    for (const [index, slug] of lessons.entries()) {
      const path = `/${lang}/lessons/${slug}/`;
      // A service worker keeps the same files whichever page installs it: seen once is enough.
      const serviceWorker = index === 0;
      const ours = await weighPage(browser, oursServer.origin + path, { serviceWorker });
      const theirs = await weighPage(browser, starlightServer.origin + path, { serviceWorker });
      if (serviceWorker)
        Object.assign(workers, { ours: ours.serviceWorker, starlight: theirs.serviceWorker });
      for (const [name, weight] of /** @type {const} */ ([
        ['ours', ours],
        ['Starlight', theirs],
      ]))
        if (weight.otherOrigins > 0)
          console.warn(
            `! ${name} ${path}: ${weight.otherOrigins} response(s) from other origins, not counted.`,
          );
      results.push(lessonResult(slug, path, ours, theirs));
    }
    const weighMs = performance.now() - weighStarted;

    const verdict = verdicts(results);
    const astroVersion = JSON.parse(
      readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8'),
    ).version;
    const timings = {
      totalMs: performance.now() - started,
      oursBuildMs,
      starlightInstallMs: install.installMs,
      starlightBuildMs: starlight.buildMs,
      weighMs,
    };

    console.log('');
    console.log(
      `Lesson pages, ${lang}, Chromium ${PHONE.width}×${PHONE.height}, opened and left idle: gzip -9 KB (PNG/JPEG/WebP as they are).`,
    );
    console.log(
      `Học Số (Astro ${astroVersion}) vs Starlight ${STARLIGHT_VERSION} (same Astro), ratio = ours / Starlight.`,
    );
    console.log('');
    console.log(resultsTable(results));
    console.log('');
    console.log(
      '- The Starlight pages carry only the lesson text (summary, objectives, steps, pictures, key terms, sources) as plain Markdown: no quiz, no trainer notes. Ours include the quiz.',
    );
    console.log(
      '- HTML+CSS: what comes before the first render, the document and the stylesheets it links for screens (media="print" left out). JS: every script response. Page: every response until the network was idle. JS before interaction: JS plus the code inline in the HTML (as tests/e2e/lesson-weight.spec.ts counts it).',
    );
    /** @param {{ requests: number; bytes: number } | null} worker */
    const workerLine = (worker) =>
      worker?.requests ? `fetches ${worker.requests} files (${kb(worker.bytes)} gzip)` : 'fetches nothing';
    console.log(
      `- After the page has loaded, our service worker ${workerLine(workers.ours)} to keep the site offline (seen on ${lessons[0] ?? ''}); not counted above. Starlight's: ${workers.starlight ? workerLine(workers.starlight) : 'none'}.`,
    );
    console.log('');
    const per = verdict.ratioWithinLimitPerMeasure;
    console.log(
      `whole page ≤ ${RATIO_LIMIT} × Starlight on all lessons: ${yesNo(verdict.ratioWithinLimit)} (also ≤ ${RATIO_LIMIT}: HTML+CSS ${yesNo(per.htmlCss)}, JS ${yesNo(per.js)})`,
    );
    console.log(
      `HTML+CSS before first render ≤ ${HTML_CSS_LIMIT / 1024} KB on all lessons: ${yesNo(verdict.htmlCssWithinLimit)}`,
    );
    console.log(
      `JS before interaction ≤ ${JS_BEFORE_INTERACTION_LIMIT / 1024} KB: ${yesNo(verdict.jsBeforeInteractionWithinLimit)}`,
    );
    console.log('');
    console.log(
      `Took ${seconds(timings.totalMs)}: our build ${seconds(oursBuildMs)}, Starlight install ${install.installMs === null ? 'reused' : seconds(install.installMs)}, Starlight build ${starlight.buildMs === null ? 'reused' : seconds(starlight.buildMs)}, weighing ${seconds(weighMs)}.`,
    );

    if (options.json) {
      const report = {
        date: new Date().toISOString(),
        lang,
        viewport: PHONE,
        units:
          'bytes, gzip level 9; formats compressed already (PNG, JPEG, WebP, GIF, AVIF, WOFF…) as they are',
        ours: { name: 'Học Số', astro: astroVersion, serviceWorker: workers.ours },
        starlight: {
          name: 'Astro Starlight',
          version: STARLIGHT_VERSION,
          packages: install.packageJson.dependencies,
          content: 'lesson text only, as plain Markdown; no quiz',
          serviceWorker: workers.starlight,
        },
        limits: {
          ratio: RATIO_LIMIT,
          jsBeforeInteraction: JS_BEFORE_INTERACTION_LIMIT,
          htmlCss: HTML_CSS_LIMIT,
        },
        lessons: results,
        ...verdict,
        timings,
      };
      mkdirSync(dirname(options.json), { recursive: true });
      writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`Figures written to ${options.json}`);
    }
  } finally {
    await browser?.close();
    for (const server of servers) server.close();
    if (existsSync(tempRoot)) rmSync(tempRoot, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  // A failed step (install, build, a page that did not load) says what failed, without a stack.
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
