import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { READING_KEY } from '../../src/schemas/reading';
import { gotoSettled } from './checks';
import { phoneProblems, reflowProblems } from './page-bars';
import { at } from './site';

// An elder's check (issue #19): the largest text and high contrast, on a 360 px phone, on home, a
// lesson and the progress page. Usable means: nothing wider than the screen, every target 44 px and
// every word 18 px or more, the header one row. Screenshots of each page, top and further down, go
// to .cache/test-reports/screenshots/ for people to look at.

const shots = join(import.meta.dirname, '..', '..', '.cache', 'test-reports', 'screenshots');
const PAGES = [
  '/vi/',
  '/vi/lessons/install-vneid/',
  '/vi/progress/',
  '/en/',
  '/en/lessons/scan-to-pay/',
  '/en/progress/',
];

for (const path of PAGES)
  test(`${path} at the largest text and high contrast, 360 px wide`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      READING_KEY,
      JSON.stringify({ size: 'xlarge', contrast: 'high' }),
    ] as const);
    await gotoSettled(page, at(path));
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');

    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, 'the header stays one row').toBeLessThanOrEqual(96);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'nothing wider than the screen').toBeLessThanOrEqual(360);
    mkdirSync(shots, { recursive: true });
    const name = `elder-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}`;
    for (const [part, y] of [
      ['top', 0],
      ['down', 1600],
    ] as const) {
      await page.evaluate((top) => scrollTo(0, top), y);
      const file = join(shots, `${name}-${part}.png`);
      await page.screenshot({ path: file });
      await testInfo.attach(`${path}, largest text, high contrast, ${part}`, {
        path: file,
        contentType: 'image/png',
      });
    }
    await page.evaluate(() => scrollTo(0, 0));
    const phone = await phoneProblems(page);
    expect(phone.targets, 'touch targets under 44 px').toEqual([]);
    expect(phone.text, 'text under 18 px').toEqual([]);
    expect(await reflowProblems(page), 'reflow').toEqual([]);
  });
