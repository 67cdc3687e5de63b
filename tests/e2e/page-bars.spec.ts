import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  axeInScheme,
  keyboardFocus,
  langProblems,
  phoneProblems,
  reflowProblems,
  watchPage,
} from './page-bars';

// The crawl's checks run on fixture pages: one with a known violation of each kind, one with none.
// A check that stops seeing its violation (a selector typo, a rule left out) fails here.

const fixtures = join(import.meta.dirname, '../fixtures/a11y');

/** Serves a fixture at a made-up address on the test origin, so nothing of it is in the build. */
async function openFixture(page: Page, name: string, baseURL: string) {
  const url = new URL(`/__fixtures__/${name}`, baseURL).href;
  const watch = watchPage(page, new URL(baseURL).origin);
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: readFileSync(join(fixtures, name), 'utf8') }),
  );
  await page.goto(url);
  return watch;
}

/** Every check the crawl runs, in the crawl's order, with what each reported. */
async function allBars(page: Page) {
  return {
    lang: await langProblems(page, 'en'),
    focus: await keyboardFocus(page),
    axeLight: await axeInScheme(page, 'light'),
    axeDark: await axeInScheme(page, 'dark'),
    reflow: await reflowProblems(page),
    phone: await phoneProblems(page),
  };
}

test('each of the crawl’s checks reports its violation on the fixture page', async ({ page, baseURL }) => {
  const watch = await openFixture(page, 'violations.html', baseURL!);
  const bars = await allBars(page);

  // Contrast fails in the dark scheme only: the light run passes it, the dark run catches it.
  expect(bars.axeLight.filter((v) => v.startsWith('color-contrast'))).toEqual([]);
  expect(bars.axeDark).toEqual([expect.stringMatching(/^color-contrast .*\.faint/)]);
  expect(bars.axeLight).toContainEqual(expect.stringMatching(/^label .*→ input$/));

  expect(bars.phone.targets).toEqual([expect.stringMatching(/^button "×" is 30×30$/)]);
  expect(bars.phone.text).toEqual(['p "The small print, at 14 px." is 14px']);
  // The second is reached by a move inside one shadow root, which the document never hears of.
  expect(bars.focus.invisible).toEqual(['button "No focus ring"', 'button "Inside, no ring"']);
  expect(bars.focus.unreached).toEqual(['button "Mouse only"']);
  expect(bars.reflow).toEqual([expect.stringMatching(/at 320px$/)]);
  expect(bars.lang).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('the crawl’s checks report nothing on a page that meets every bar', async ({ page, baseURL }) => {
  const watch = await openFixture(page, 'clean.html', baseURL!);
  const bars = await allBars(page);
  // One stop per control and one for the radio group, then Tab leaves the page.
  expect(bars.focus.stops.slice(0, 6)).toEqual([
    'input "Your name"',
    'input "First"',
    'button "Check"',
    'button "Inside, first"',
    'button "Inside, second"',
    'a "Back to the top"',
  ]);
  expect(bars).toMatchObject({
    lang: [],
    focus: { unreached: [], invisible: [] },
    axeLight: [],
    axeDark: [],
    reflow: [],
    phone: { targets: [], text: [] },
  });
  expect(watch).toEqual({ offsite: [], errors: [] });
});

test('a wrong or unknown lang is reported', async ({ page, baseURL }) => {
  await openFixture(page, 'clean.html', baseURL!);
  expect(await langProblems(page, 'vi')).toEqual(['<html lang="en">, expected "vi"']);
  await page.evaluate(() => document.body.setAttribute('lang', 'fr'));
  expect(await langProblems(page, 'en')).toEqual(['body lang="fr"']);
});

test('requests to other origins and console errors are reported', async ({ page, baseURL }) => {
  const watch = await openFixture(page, 'clean.html', baseURL!);
  await page.evaluate(() => {
    console.error('broken on purpose');
    return fetch('https://cdn.example.com/font.woff2').catch(() => undefined);
  });
  expect(watch.offsite).toEqual(['https://cdn.example.com/font.woff2']);
  expect(watch.errors).toContainEqual('broken on purpose');
});
