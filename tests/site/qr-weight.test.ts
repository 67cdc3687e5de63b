import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pageScripts } from '../harness/page-scripts';
import { builtHtml, builtSites, read, type BuiltSite } from './sites';

// The QR encoder (uqr) is loaded only by the pages that draw a code in the browser: the projector,
// print pages and booklets of a build without a public address (<site-qr>), the progress page,
// whose progress slip (<progress-slip>) is each learner's own, and the completion slip that prints
// it (<completion-slip>). The projector's workshop QR (<session-qr>) loads it on demand, only while
// a workshop is open on the trainer's device. Measured here.

const scripts = ({ dist, base }: BuiltSite, html: string) => pageScripts(dist, base, html);

const drawsInPage = (html: string) => html.includes('<site-qr');
/** The learner's progress slip is drawn on their phone in every build, on screen and on paper. */
/** Pages drawing a learner's slip, or (the class sheet's countersigning, issue #22) a signed one. */
const drawsSlip = (html: string) =>
  html.includes('<progress-slip') || html.includes('<completion-slip') || html.includes('<class-countersign');
/** jsQR's option names survive minifying: the file with them is the decoder. */
const isDecoder = (file: string) => readFileSync(file, 'utf8').includes('attemptBoth');
/** uqr's own error message survives minifying: a file with it carries the encoder. */
const hasEncoder = (files: string[]) =>
  files.some((file) => readFileSync(file, 'utf8').includes('uqr only supports encoding'));

const [main, subPath] = builtSites();

/** Every script a page may run: those it loads, and those they fetch on demand (the progress
 * page's slip comes once the lesson list has loaded). */
const mayRun = (site: BuiltSite, html: string) => {
  const loaded = scripts(site, html);
  return [...loaded, ...onDemand(site, loaded)];
};

describe('a build without a public address', () => {
  const { dist } = subPath!;
  const pages = builtHtml(dist).map((file) => ({ file, html: read(dist, file) }));

  test('draws codes in the projector, print pages and booklets, and nowhere else', () => {
    const drawing = pages.filter((p) => drawsInPage(p.html)).map((p) => p.file);
    expect(drawing.length).toBeGreaterThan(0);
    for (const file of drawing)
      expect(file).toMatch(/\/(present|print)\/index\.html$|^(vi|en)\/guides\/[a-z-]+\/index\.html$/);
    const expected = pages.filter((p) =>
      /\/(present|print)\/index\.html$|^(vi|en)\/guides\/[a-z-]+\/index\.html$/.test(p.file),
    );
    expect(drawing.sort()).toEqual(expected.map((p) => p.file).sort());
  });

  test('only those pages load the encoder, and it weighs under 6 KB gzip', () => {
    for (const { file, html } of pages) {
      const js = scripts(subPath!, html);
      expect(hasEncoder([...js, ...onDemand(subPath!, js)]), file).toBe(drawsInPage(html) || drawsSlip(html));
    }
    const print = pages.find((p) => p.file === 'vi/lessons/scan-to-pay/print/index.html')!;
    const lesson = pages.find((p) => p.file === 'vi/lessons/scan-to-pay/index.html')!;
    const encoder = scripts(subPath!, print.html).filter((f) => !scripts(subPath!, lesson.html).includes(f));
    const bytes = encoder.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    console.log(`QR encoder drawn in the page: ${encoder.length} file(s), ${bytes} B gzip`);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThanOrEqual(6 * 1024);
  });
});

test('a build with a public address draws every code at build time; only the progress slip loads the encoder', () => {
  const { dist } = main!;
  for (const file of builtHtml(dist)) {
    const html = read(dist, file);
    expect(drawsInPage(html), file).toBe(false);
    // The slip's page may fetch it once it runs; no other page loads it (the projector's workshop QR
    // is fetched on demand, checked below).
    if (drawsSlip(html)) expect(hasEncoder(mayRun(main!, html)), file).toBe(true);
    else expect(hasEncoder(scripts(main!, html)), file).toBe(false);
  }
});

// The QR decoder for browsers without a native BarcodeDetector (jsQR, lib/qr-decode-fallback.ts) is
// its own file, fetched by the class sheet's scanner only when needed: no page loads it up front,
// only the class pages can fetch it, and the service worker keeps it when such a page is visited.
describe.each(builtSites())('the QR decoder in the $name build', ({ dist, base }) => {
  const astro = join(dist, '_astro');
  const decoder = readdirSync(astro).filter((name) => /\.js$/.test(name) && isDecoder(join(astro, name)));
  const pages = builtHtml(dist).map((file) => ({ file, html: read(dist, file) }));

  test('is one file, loaded by no page up front, fetched only from the class pages, under 48 KB gzip', () => {
    expect(decoder).toHaveLength(1);
    const [name] = decoder as [string];
    const fetching: string[] = [];
    for (const { file, html } of pages) {
      const js = pageScripts(dist, base, html);
      expect(
        js.map((f) => basename(f)),
        file,
      ).not.toContain(name);
      if (js.some((f) => readFileSync(f, 'utf8').includes(name))) fetching.push(file);
    }
    expect(fetching.sort()).toEqual(['en/trainer/class/index.html', 'vi/trainer/class/index.html']);
    const bytes = gzipSync(readFileSync(join(astro, name)), { level: 9 }).length;
    console.log(`QR decoder (jsQR), fetched by the class page's scanner: ${bytes} B gzip`);
    expect(bytes).toBeLessThanOrEqual(48 * 1024);
  });

  test('is not in the install precache: a trainer’s first visit to a scanning page keeps it (offline.spec)', () => {
    for (const lang of ['vi', 'en'])
      expect(read(dist, `${lang}/sw.js`)).not.toContain(`_astro/${decoder[0]!}`);
  });
});

/**
 * The files a page's scripts load with `import()` (those whose name matches `only`, when given),
 * each with everything it imports in turn.
 */
function onDemand(site: BuiltSite, files: string[], only?: RegExp): string[] {
  const targets = files
    .flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/import\(`(\.\/[^`]+\.js)`\)/g)].map((m) =>
        join(dirname(f), m[1]!),
      ),
    )
    .filter((f) => !only || only.test(f));
  // pageScripts follows static imports from script tags; give it the targets as such.
  const tags = targets.map((f) => `<script type="module" src="${site.base}${relative(site.dist, f)}">`);
  return pageScripts(site.dist, site.base, tags.join('')).filter((f) => !files.includes(f));
}

test('the projector loads the encoder for the workshop QR only on demand, and it weighs under 6 KB gzip', () => {
  const { dist } = main!;
  const present = builtHtml(dist).filter((file) => /\/present\/index\.html$/.test(file));
  expect(present.length).toBeGreaterThan(0);
  for (const file of present) {
    const html = read(dist, file);
    expect(html, file).toContain('<session-qr');
    const js = scripts(main!, html);
    // Not among the files the page loads up front, but imported when there is a workshop to show.
    expect(hasEncoder(js), file).toBe(false);
    expect(hasEncoder(onDemand(main!, js)), file).toBe(true);
  }
  const upFront = scripts(main!, read(dist, present[0]!));
  const gz = (files: string[]) =>
    files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  // Only the encoder's import: every page also loads its text-size panel and notices on demand.
  const bytes = gz(onDemand(main!, upFront, /qr-on-demand/));
  console.log(
    `Projector page: ${gz(upFront)} B gzip up front; workshop QR encoder on demand: ${bytes} B gzip`,
  );
  expect(bytes).toBeGreaterThan(1000);
  expect(bytes).toBeLessThanOrEqual(6 * 1024);
});
