import { beforeAll, describe, expect, it } from 'vitest';
import {
  LISTING_PAGES,
  SCALE_LIMITS,
  runScale,
  scaleTable,
  scaleVerdicts,
  type ScaleFigures,
} from '../../src/tooling/bench/scale.mjs';
import { buildEnv } from '../harness/build-env';

// Issue #18: the design must hold at 1,000 lessons per language. CI can't afford that build, so
// this builds 200 (`npm run bench -- --scale 200`) once, weighs both languages from the files and
// searches in one, and holds each figure to its limit (SCALE_LIMITS) in a test of its own, so a
// failure names the limit and says the figure.
const LESSONS = 200;
/** One build of 200 lessons per language: about half a minute alone on 2 cores, minutes when shared. */
const BUILD_TIMEOUT_MS = 10 * 60_000;
const LANGS = ['vi', 'en'] as const;
/** Today's build time per lesson, with room for a busy machine: a guard, not the target. */
const BUILD_GUARD_MS = 500;
const KB = (bytes: number) => `${bytes / 1024} KB`;

let figures: ScaleFigures | undefined;

beforeAll(async () => {
  figures = await runScale({ lessons: LESSONS, searchLangs: ['vi'], env: { ...buildEnv(), NO_COLOR: '1' } });
  console.log(scaleTable(figures));
}, BUILD_TIMEOUT_MS);

/** The verdict on one limit; the assertion's message carries the figure and the limit. */
function expectWithin(key: string) {
  if (!figures) throw new Error('The scale build did not finish (see beforeAll).');
  const verdict = scaleVerdicts(figures).find((v) => v.key === key);
  if (!verdict) throw new Error(`No figure for ${key}.`);
  expect(verdict.measured, verdict.text).toBeLessThanOrEqual(verdict.limit);
}

describe(`the site at ${LESSONS} lessons per language`, () => {
  it('builds every lesson in both languages', () => {
    for (const lang of LANGS) expect(figures?.languages[lang].lessonPages, lang).toBe(LESSONS);
  });

  // The #18 target (60 ms per lesson: under 60 s for 1,000) is not met yet: about 150 ms of CPU per
  // lesson today, most of it rendering each lesson four times (page, guide, projector, booklet).
  // Until the build is reworked this only stops it getting worse, and says the figure.
  it(`builds in ≤ ${BUILD_GUARD_MS} ms per lesson (guard; the target of ${SCALE_LIMITS.buildMsPerLesson} ms is not met yet)`, () => {
    const verdict = figures && scaleVerdicts(figures).find((v) => v.key === 'build');
    if (!verdict) throw new Error('No build time (see beforeAll).');
    console.log(`${verdict.text} — the #18 target is not met yet`);
    expect(verdict.measured, verdict.text).toBeLessThanOrEqual(BUILD_GUARD_MS);
  });

  for (const lang of LANGS)
    for (const page of Object.keys(LISTING_PAGES))
      it(`${lang} ${page} page weighs ≤ ${KB(SCALE_LIMITS.listingPageBytes)} gzip HTML+CSS`, () =>
        expectWithin(`${lang}.page.${page}`));

  for (const lang of LANGS)
    it(`${lang} service worker precaches ≤ ${KB(SCALE_LIMITS.precacheBytes)} at install`, () =>
      expectWithin(`${lang}.precache`));

  for (const lang of LANGS)
    it(`${lang} largest offline manifest is ≤ ${KB(SCALE_LIMITS.offlineManifestBytes)}`, () =>
      expectWithin(`${lang}.offlineManifest`));

  it(`vi search fetches ≤ ${KB(SCALE_LIMITS.searchSecondQueryBytes)} for a second query`, () =>
    expectWithin('vi.search'));
});
