import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DataCostError,
  fillDataCosts,
  firstVisitBytes,
  firstVisitFiles,
  formatDataCost,
  onDemandParts,
  pageFileOf,
  writeDataCosts,
} from '../../src/lib/build/data-cost';
import { gzipBytes, gzipWeigher } from '../../src/lib/build/page-weight';

// A small built site, shaped as Astro and Vite write ours: a lesson page with a quiz and steps
// loaded on demand, the header's parts loaded at a tap or for news, a print sheet, a noscript
// sheet, pictures, the icon sprite and the labels file.
const HEAD = `<link rel="icon" href="{base}favicon.svg" type="image/svg+xml"><link rel="manifest" href="{base}vi/manifest.webmanifest"><noscript><link rel="stylesheet" href="{base}styles/noscript.css"></noscript><link rel="stylesheet" href="{base}_astro/guide.css" media="print"><link rel="stylesheet" href="{base}_astro/page.css">`;
const HEADER = `<svg><use href="{base}icons/ui.svg#mark"></use></svg><svg><use href="{base}icons/ui.svg#menu"></use></svg><reading-settings><button>Aa</button></reading-settings><site-notices sw="{base}vi/sw.js"></site-notices>`;
const page = (body: string) =>
  `<!doctype html><html lang="vi" data-labels="{base}vi/labels.json"><head>${HEAD}</head><body>${HEADER}${body}<script type="module" src="{base}_astro/start-entry.js"></script><script type="module" src="{base}_astro/lesson-entry.js"></script></body></html>`;

const FILES: Record<string, string> = {
  'vi/lessons/steps/index.html': page(
    `<img src="{base}lessons/steps/phone.svg" alt=""><img class="guide-qr" src="{base}vi/lessons/steps/qr.svg" alt=""><step-tick></step-tick><lesson-quiz><quiz-choice></quiz-choice></lesson-quiz>`,
  ),
  // No steps, and a quiz that brings its own labels: neither the steps' code nor labels.json.
  'vi/lessons/quiz-only/index.html': page(
    `<img src="{base}lessons/steps/phone.svg" alt=""><lesson-quiz labels='{"quiz.check":"Kiểm tra"}'></lesson-quiz>`,
  ),
  '_astro/start-entry.js': 'import"./start.js";',
  '_astro/start.js':
    'import"./common-tiny.js";var I=i({"reading-settings":{when:`used`,load:()=>a(()=>import(`./reading-settings.js`),[])},"site-notices":{when:`asked`,load:()=>a(()=>import(`./site-notices.js`),[])}});export{I as g};',
  '_astro/lesson-entry.js':
    'import{g as e,h as t}from"./start.js";var i={when:`near`,load:()=>t(()=>import(`./quiz-on-demand.js`),[])},$a={when:`near`,load:()=>t(()=>import(`./steps-on-demand.js`),[])};e({"lesson-quiz":i,"quiz-choice":i,"step-tick":$a,"listen-button":$a});',
  '_astro/common-tiny.js': 'export const x=1;',
  '_astro/quiz-on-demand.js': 'import"./quiz-elements.js";',
  '_astro/quiz-elements.js': 'import"./lit.js";customElements.define(`lesson-quiz`,class{});',
  '_astro/steps-on-demand.js': 'import"./lit.js";customElements.define(`step-tick`,class{});',
  '_astro/lit.js': `export const lit=${JSON.stringify('x'.repeat(500))};`,
  '_astro/reading-settings.js': 'import"./lit.js";',
  '_astro/site-notices.js': 'import"./download.js";',
  '_astro/download.js': 'export const d=1;',
  '_astro/page.css': 'body{color:black}'.repeat(20),
  '_astro/guide.css': '@page{margin:1cm}'.repeat(20),
  'styles/noscript.css': '.quiz{display:block}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'icons/ui.svg': '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="mark"/><symbol id="menu"/></svg>',
  'lessons/steps/phone.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
  'vi/lessons/steps/qr.svg': '<svg xmlns="http://www.w3.org/2000/svg"><path/></svg>',
  'vi/labels.json': '{"lesson-quiz":{"quiz.check":"Kiểm tra"},"step-tick":{"step.done":"Xong"}}',
  'vi/manifest.webmanifest': '{}',
};

/** Writes the fixture site under `base` ("/" or "/hoc-so/") into a new folder; returns it. */
function fixtureSite(base: string, extra: Record<string, string> = {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'hocso-data-cost-'));
  for (const [file, text] of Object.entries({ ...FILES, ...extra })) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text.replaceAll('{base}', base));
  }
  return dist;
}

const STEPS_LESSON = [
  'vi/lessons/steps/index.html',
  '_astro/page.css',
  '_astro/guide.css',
  'favicon.svg',
  '_astro/start-entry.js',
  '_astro/start.js',
  '_astro/common-tiny.js',
  '_astro/lesson-entry.js',
  '_astro/quiz-on-demand.js',
  '_astro/quiz-elements.js',
  '_astro/lit.js',
  '_astro/steps-on-demand.js',
  'lessons/steps/phone.svg',
  'vi/lessons/steps/qr.svg',
  'icons/ui.svg',
  'vi/labels.json',
];

const folders: string[] = [];
let root: string;
let subPath: string;
beforeAll(() => {
  root = fixtureSite('/');
  subPath = fixtureSite('/hoc-so/');
  folders.push(root, subPath);
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('onDemandParts', () => {
  it.each([
    [
      'an entry keyed by its tag',
      '{"reading-settings":{when:`used`,load:()=>a(()=>import(`./reading-settings.X.js`),[])}}',
      [{ chunk: 'reading-settings.X.js', when: 'used', tags: ['reading-settings'] }],
    ],
    [
      'an entry several tags share through a variable',
      'var a={when:`near`,load:()=>t(()=>import(`./steps.Y.js`),[])};e({"step-tick":a,"listen-button":a,"x-y":ab});',
      [{ chunk: 'steps.Y.js', when: 'near', tags: ['step-tick', 'listen-button'] }],
    ],
    [
      'a variable with a $ in its name',
      'var $a={when:"near",load:()=>import("./q.js")};e({"lesson-quiz":$a})',
      [{ chunk: 'q.js', when: 'near', tags: ['lesson-quiz'] }],
    ],
    ['a plain dynamic import', 'import(`./other.js`)', []],
  ])('reads %s', (_, code, parts) => {
    expect(onDemandParts(code)).toEqual(parts);
  });
});

describe('first visit files', () => {
  it('counts the page, its sheets (print too), icon, scripts read to the end, pictures, sprite and labels', () => {
    expect(firstVisitFiles(root, '/', '/vi/lessons/steps/').sort()).toEqual([...STEPS_LESSON].sort());
  });

  it('leaves out the noscript sheet, the manifest, and parts loaded at a tap or for news', () => {
    const files = firstVisitFiles(root, '/', '/vi/lessons/steps/');
    for (const file of [
      'styles/noscript.css',
      'vi/manifest.webmanifest',
      '_astro/reading-settings.js',
      '_astro/site-notices.js',
      '_astro/download.js',
    ])
      expect(files).not.toContain(file);
  });

  it("leaves out a part whose elements the page doesn't have, and labels.json when parts bring their own", () => {
    const files = firstVisitFiles(root, '/', '/vi/lessons/quiz-only/');
    expect(files).not.toContain('_astro/steps-on-demand.js');
    expect(files).not.toContain('vi/labels.json');
    expect(files).toContain('_astro/quiz-elements.js');
    expect(files).toContain('_astro/lit.js');
  });

  it('finds the same files under a base path', () => {
    expect(firstVisitFiles(subPath, '/hoc-so/', '/hoc-so/vi/lessons/steps/').sort()).toEqual(
      [...STEPS_LESSON].sort(),
    );
  });

  it('weighs them with gzip -9, as the budget tests do', async () => {
    const expected = STEPS_LESSON.reduce((sum, file) => sum + gzipBytes(join(root, file)), 0);
    expect(await firstVisitBytes(root, '/', '/vi/lessons/steps/', gzipWeigher())).toBe(expected);
  });

  it('names a page the build does not have', () => {
    expect(() => firstVisitFiles(root, '/', '/vi/lessons/gone/')).toThrow(
      new DataCostError('/vi/lessons/gone/ has no built page (vi/lessons/gone/index.html).'),
    );
  });
});

describe('pageFileOf', () => {
  it.each([
    ['/', '/vi/lessons/x/', 'vi/lessons/x/index.html'],
    ['/hoc-so/', '/hoc-so/vi/lessons/x/', 'vi/lessons/x/index.html'],
    ['/hoc-so/', '/hoc-so/icons/ui.svg#mark', 'icons/ui.svg'],
    ['/hoc-so/', '/hoc-so/', 'index.html'],
    ['/hoc-so/', '/vi/lessons/x/', undefined],
  ])('under %s, %s is %s', (base, url, file) => {
    expect(pageFileOf(base, url)).toBe(file);
  });
});

describe('formatDataCost', () => {
  it.each([
    [45 * 1024, 'vi', '≈ 45 KB'],
    [45 * 1024 + 600, 'en', '≈ 46 KB'],
    [300, 'vi', '≈ 1 KB'],
    [1.5 * 1024 * 1024, 'vi', '≈ 1,5 MB'],
    [1.5 * 1024 * 1024, 'en', '≈ 1.5 MB'],
  ])('%d bytes in %s: %s', (bytes, locale, text) => {
    expect(formatDataCost(bytes, locale, '≈ {size}')).toBe(text);
  });
});

describe('fillDataCosts', () => {
  const LABELS = `labels='{"cost.label":"Dữ liệu tải lần đầu:","cost.size":"≈ {size}","cost.saved":"Đã lưu"}'`;
  const card = (url: string, labels = LABELS) => `<lesson-cost page="${url}" ${labels}></lesson-cost>`;
  const listing = (...cards: string[]) => `<html lang="vi"><body>${cards.join('')}</body></html>`;
  const costs = new Map([
    ['/vi/lessons/a/', 45 * 1024],
    ['/vi/lessons/b/', 1.5 * 1024 * 1024],
  ]);
  const costOf = (url: string) => costs.get(url);

  it("writes each card's cost in the page's language, with a label for screen readers", () => {
    expect(
      fillDataCosts(listing(card('/vi/lessons/a/'), card('/vi/lessons/b/')), 'vi/index.html', costOf),
    ).toBe(
      listing(
        `<lesson-cost page="/vi/lessons/a/" ${LABELS}><span class="visually-hidden">Dữ liệu tải lần đầu:</span> ≈ 45 KB</lesson-cost>`,
        `<lesson-cost page="/vi/lessons/b/" ${LABELS}><span class="visually-hidden">Dữ liệu tải lần đầu:</span> ≈ 1,5 MB</lesson-cost>`,
      ),
    );
  });

  it('reads labels written between double quotes too', () => {
    const labels = `labels="{&quot;cost.label&quot;:&quot;Data:&quot;,&quot;cost.size&quot;:&quot;≈ {size}&quot;}"`;
    expect(
      fillDataCosts(
        listing(card('/vi/lessons/a/', labels)).replace('lang="vi"', 'lang="en"'),
        'en/index.html',
        costOf,
      ),
    ).toContain('<span class="visually-hidden">Data:</span> ≈ 45 KB</lesson-cost>');
  });

  it.each([
    [
      'a card whose lesson has no built page',
      listing(card('/vi/lessons/a/'), card('/vi/lessons/gone/')),
      'vi/index.html: a lesson card shows the data cost of /vi/lessons/gone/, but the build has no page there.',
    ],
    [
      'a cost element it cannot fill',
      listing(card('/vi/lessons/a/'), `<lesson-cost page="/vi/lessons/b/" ${LABELS}> </lesson-cost>`),
      'vi/index.html: 1 of its 2 <lesson-cost> elements were not filled: the build writes the cost only into an empty <lesson-cost page="…" labels=\'…\'></lesson-cost>.',
    ],
    [
      'a card without the strings',
      listing(card('/vi/lessons/a/', `labels='{"cost.saved":"Đã lưu"}'`)),
      `vi/index.html: <lesson-cost page="/vi/lessons/a/" labels='{"cost.saved":"Đã lưu"}'></lesson-cost> needs a page and labels with cost.label and cost.size (components/LessonCost.astro).`,
    ],
    [
      'a page without a language',
      `<html><body>${card('/vi/lessons/a/')}</body></html>`,
      'vi/index.html: no <html lang>, so its data costs have no number format.',
    ],
  ])('fails the build on %s, naming the file', (_, html, message) => {
    expect(() => fillDataCosts(html, 'vi/index.html', costOf)).toThrow(new DataCostError(message));
  });
});

describe('writeDataCosts', () => {
  it("fills every card in the pages that show costs, with each lesson's weighed first visit", async () => {
    const dist = fixtureSite('/hoc-so/', {
      'vi/index.html': home('/hoc-so/vi/lessons/steps/', '/hoc-so/vi/lessons/quiz-only/'),
    });
    folders.push(dist);
    const weigh = gzipWeigher();
    const line = await writeDataCosts(dist, '/hoc-so/', [join(dist, 'vi/index.html')], weigh);
    expect(line).toBe('data costs: 2 lessons on 2 cards in 1 pages');
    const bytes = await firstVisitBytes(dist, '/hoc-so/', '/hoc-so/vi/lessons/steps/', weigh);
    expect(readFileSync(join(dist, 'vi/index.html'), 'utf8')).toContain(
      `<span class="visually-hidden">Tải:</span> ${formatDataCost(bytes, 'vi', '≈ {size}')}</lesson-cost>`,
    );
  });

  it('refuses a lesson page that shows lesson costs itself: it would be weighed unfilled', async () => {
    const lesson = FILES['vi/lessons/steps/index.html']!.replace(
      '<step-tick>',
      '<lesson-cost page="{base}vi/lessons/quiz-only/" labels=\'{"cost.label":"x","cost.size":"{size}"}\'></lesson-cost><step-tick>',
    );
    const dist = fixtureSite('/', {
      'vi/index.html': home('/vi/lessons/steps/'),
      'vi/lessons/steps/index.html': lesson,
    });
    folders.push(dist);
    const pages = ['vi/index.html', 'vi/lessons/steps/index.html'].map((file) => join(dist, file));
    await expect(writeDataCosts(dist, '/', pages, gzipWeigher())).rejects.toThrow(
      new DataCostError(
        "vi/lessons/steps/index.html shows lesson costs itself, so it can't be weighed before they are written.",
      ),
    );
  });
});

/** A home page whose cards show these lessons' costs. */
function home(...urls: string[]): string {
  const cards = urls.map(
    (url) =>
      `<lesson-cost page="${url}" labels='{"cost.label":"Tải:","cost.size":"≈ {size}","cost.saved":"Đã lưu"}'></lesson-cost>`,
  );
  return `<!doctype html><html lang="vi"><body><ul>${cards.join('')}</ul></body></html>`;
}
