import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { axeViolations, gotoSettled, horizontalOverflow } from './checks';
import { UI, answerWithMouse, readQuiz } from './quiz';
import { at } from './site';
import { t, type Locale } from './ui';

// Issue #19 point 5: below 600 px a topic's lessons are one card each, not a table squeezed into a
// phone; the table stays on wide screens and on paper. The progress page counts per topic and has
// no table at all; the lessons themselves are on each topic's page.

const SHOTS = join(import.meta.dirname, '..', '..', '.cache', 'test-reports', 'screenshots');
const TOPIC = 'vneid';
const PAGES = (lang: Locale) => [`/${lang}/progress/`, `/${lang}/tracks/${TOPIC}/`];

/** What reaches past the viewport's right edge, or scrolls sideways inside a box of its own. */
function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    for (const el of document.querySelectorAll('main *')) {
      if (el.closest('.visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height <= 1) continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`;
      if (rect.right > width + 0.5) problems.push(`${name} ends at ${Math.round(rect.right)}px`);
      if (el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX))
        problems.push(`${name} scrolls sideways by ${el.scrollWidth - el.clientWidth}px`);
    }
    return problems;
  });
}

/** Visible parts of the page laid out as a table (display: table, table-row, table-cell…). */
function visibleTableLayout(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 1 && rect.height > 1 && getComputedStyle(el).display.startsWith('table');
      })
      .map((el) => `${el.tagName.toLowerCase()} (${getComputedStyle(el).display})`),
  );
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

/** Saves a screenshot with the report and under .cache/test-reports/screenshots/. */
async function shoot(page: Page, testInfo: TestInfo, name: string, target: Locator | Page = page) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `progress-cards-${name}.png`);
  await (target === page ? page.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

const table = (page: Page) => page.locator('#my-progress').getByRole('table');
const lessonRows = (page: Page) => table(page).locator('tbody tr');

/** Each card holds its lesson's parts, visible, one under another, and spans the section. */
async function expectCards(page: Page, lang: Locale) {
  const say = t[lang];
  const section = await box(page.locator('#my-progress'));
  const rows = lessonRows(page);
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    const card = await box(row);
    expect(Math.abs(card.width - section.width), 'a card as wide as its section').toBeLessThanOrEqual(2);
    const title = row.getByRole('rowheader').getByRole('link');
    const status = row.locator('lesson-status');
    const best = row.getByRole('cell').filter({ hasText: `${say('progress.best')}:` });
    const attempts = row.getByRole('cell').filter({ hasText: `${say('progress.attempts')}:` });
    const practice = row.getByRole('cell').filter({ hasText: `${say('practice.heading')}:` });
    const study = row.getByRole('link', { name: new RegExp(`^${say('progress.study')}`) });
    const retake = row.getByRole('link', { name: new RegExp(`^${say('quiz.retake')}`) });
    const parts = [title, status, best, attempts, practice, study, retake];
    for (const part of parts) await expect(part).toBeVisible();
    // The values' labels are what the card shows in place of the hidden column headers.
    await expect(best).toContainText(say('progress.best'));
    const tops: number[] = [];
    for (const part of parts.slice(0, 6)) {
      const b = await box(part);
      expect(b.x).toBeGreaterThanOrEqual(card.x);
      expect(b.x + b.width).toBeLessThanOrEqual(card.x + card.width + 0.5);
      tops.push(b.y);
    }
    expect(tops, 'title, status, best score, attempts, practice, buttons: one under another').toEqual(
      [...tops].sort((a, b) => a - b),
    );
    for (const button of [study, retake]) expect((await box(button)).height).toBeGreaterThanOrEqual(44);
  }
  // A table for screen readers still: its column headers are there, only out of sight.
  const headers = table(page).getByRole('columnheader');
  await expect(headers).toHaveCount(6);
  expect((await box(table(page).locator('thead'))).height).toBeLessThanOrEqual(1);
}

/** The wide table: six visible column headers, a row per lesson, no card labels or study buttons. */
async function expectTable(page: Page, lang: Locale) {
  const say = t[lang];
  await expect(table(page)).toHaveCSS('display', 'table');
  const headers = table(page).getByRole('columnheader');
  await expect(headers).toHaveText([
    say('progress.lesson'),
    say('status.label'),
    say('progress.best'),
    say('progress.attempts'),
    say('practice.heading'),
    say('progress.actions'),
  ]);
  for (const header of await headers.all()) await expect(header).toBeVisible();
  const firstRow = lessonRows(page).first();
  await expect(firstRow).toHaveCSS('display', 'table-row');
  await expect(firstRow.locator('.cell-label').first()).toBeHidden();
  await expect(firstRow.getByRole('link', { name: new RegExp(`^${say('progress.study')}`) })).toBeHidden();
}

for (const lang of ['vi', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${lang}, ${scheme}`, () => {
      test.use({ colorScheme: scheme });

      test(`360 px: no table and nothing sideways; a topic's lessons are cards`, async ({
        page,
      }, testInfo) => {
        await page.setViewportSize({ width: 360, height: 800 });
        for (const path of PAGES(lang)) {
          await gotoSettled(page, at(path));
          expect(await horizontalOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
          expect(await sidewaysProblems(page), path).toEqual([]);
          expect(await visibleTableLayout(page), path).toEqual([]);
        }
        await expectCards(page, lang);
        expect(await axeViolations(page)).toEqual([]);
        await shoot(page, testInfo, `${lang}-360-${scheme}`, page.locator('#my-progress'));
        await gotoSettled(page, at(`/${lang}/progress/`));
        await shoot(page, testInfo, `${lang}-360-${scheme}-progress-page`);
      });

      test(`1280 px: the topic's table with its column headers`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width: 1280, height: 720 });
        await gotoSettled(page, at(`/${lang}/tracks/${TOPIC}/`));
        await expectTable(page, lang);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await shoot(page, testInfo, `${lang}-1280-${scheme}`, page.locator('#my-progress'));
      });
    });
  }

  test(`${lang}: on paper the table stays, even from a phone, without its buttons`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoSettled(page, at(`/${lang}/tracks/${TOPIC}/`));
    await page.emulateMedia({ media: 'print' });
    await expect(table(page)).toHaveCSS('display', 'table');
    await expect(lessonRows(page).first()).toHaveCSS('display', 'table-row');
    const headers = table(page).getByRole('columnheader');
    for (const header of (await headers.all()).slice(0, 5)) await expect(header).toBeVisible();
    await expect(table(page).locator('.lesson-actions')).toHaveCount((await lessonRows(page).count()) + 1);
    for (const actions of await table(page).locator('.lesson-actions').all())
      await expect(actions).toBeHidden();
  });
}

test('a learner’s card shows the quiz passed: status, best score and attempts, with their labels', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(at('/vi/lessons/install-vneid/'));
  for (const q of await readQuiz(page)) await answerWithMouse(page, q, 'right', UI.vi.check);
  await expect(page.locator('lesson-quiz [data-quiz-result]')).toContainText(UI.vi.passed);

  await gotoSettled(page, at(`/vi/tracks/${TOPIC}/`));
  const card = lessonRows(page).filter({ has: page.locator('lesson-status[lesson="install-vneid"]') });
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator('lesson-status')).toHaveText(t.vi('status.completed'));
  await expect(card.getByRole('cell').nth(1)).toHaveText(`${t.vi('progress.best')}: 100%`);
  await expect(card.getByRole('cell').nth(2)).toHaveText(`${t.vi('progress.attempts')}: 1`);
  await expectCards(page, 'vi');
  await shoot(page, testInfo, 'vi-360-light-passed', page.locator('#my-progress'));
});

// The cards follow the table's box in its text size: the largest reading size turns even a laptop at
// 200% zoom (640 px) or an 800 px screen to cards, before the table's columns get too narrow.
for (const width of [320, 800])
  test(`${width} px at the largest text size and high contrast: cards that fit, buttons of 44 px`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() =>
      localStorage.setItem('hoc-so:reading', JSON.stringify({ size: 'xlarge', contrast: 'high' })),
    );
    await gotoSettled(page, at(`/vi/tracks/${TOPIC}/`));
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await sidewaysProblems(page)).toEqual([]);
    expect(await visibleTableLayout(page)).toEqual([]);
    await expectCards(page, 'vi');
    await shoot(page, testInfo, `vi-${width}-xlarge-high`, page.locator('#my-progress'));
  });
