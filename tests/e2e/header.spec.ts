import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { READING_KEY } from '../../src/schemas/reading';
import { at, samplePages } from './site';
import { t } from './ui';

// The compact header (issue #19): one row on a phone, at most 64 px tall at the default text size
// and 96 px at the largest, on every kind of page with a header; every link in its menu reachable
// with script off; from 900 px up the links sit in the bar. Geometry, not pixels: screenshots of
// the menu go to .cache/test-reports/screenshots/ (and the report) for people to look at.

const withHeader = samplePages().filter((p) => !['root', 'not-found', 'present'].includes(p.kind));
const shots = join(import.meta.dirname, '..', '..', '.cache', 'test-reports', 'screenshots');

/** The header's height and its three parts' boxes. */
async function headerGeometry(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return {
      height: document.querySelector('.site-header')!.getBoundingClientRect().height,
      parts: ['.site-name', '.header-search', '.menu-button'].map(box),
      width: document.documentElement.clientWidth,
    };
  });
}

/** One row: every part's box spans the same line (each overlaps every other vertically). */
const oneRow = (parts: { top: number; bottom: number }[]) =>
  parts.every((a) => parts.every((b) => a.top < b.bottom && b.top < a.bottom));

for (const size of ['normal', 'xlarge'] as const)
  test(`at 360 px and ${size} text the header is one row, ${size === 'normal' ? 64 : 96} px at most, on every kind of page`, async ({
    page,
  }) => {
    const limit = size === 'normal' ? 64 : 96;
    await page.setViewportSize({ width: 360, height: 800 });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      READING_KEY,
      JSON.stringify({ size, contrast: 'system' }),
    ] as const);
    for (const built of withHeader) {
      await page.goto(at(built.path));
      const { height, parts, width } = await headerGeometry(page);
      expect(height, `${built.path}: header height`).toBeLessThanOrEqual(limit);
      expect(oneRow(parts), `${built.path}: name, search and menu on one row`).toBe(true);
      for (const part of parts)
        expect(part.right, `${built.path}: inside the screen`).toBeLessThanOrEqual(width);
      // At 320 px, the narrowest phone the site supports, the row still fits.
      await page.setViewportSize({ width: 320, height: 800 });
      const narrow = await headerGeometry(page);
      expect(oneRow(narrow.parts), `${built.path} at 320 px: one row`).toBe(true);
      for (const part of narrow.parts) expect(part.right).toBeLessThanOrEqual(narrow.width);
      await page.setViewportSize({ width: 360, height: 800 });
    }
  });

test.describe('with script off', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['vi', 'en'] as const)
    test(`${lang}: the menu opens and every header link is there, on every kind of page`, async ({
      page,
    }) => {
      // One page of every kind, a dozen now: more than the default 30 s on a busy CI machine.
      test.setTimeout(90_000);
      const say = t[lang];
      await page.setViewportSize({ width: 360, height: 800 });
      for (const built of withHeader.filter((p) => p.lang === lang)) {
        await page.goto(at(built.path));
        const menu = page.locator('#site-menu');
        const nav = page.getByRole('navigation', { name: say('nav.main') });
        await expect(menu, `${built.path}: closed at first`).toBeHidden();
        await expect(page.getByRole('link', { name: say('nav.search') })).toBeVisible();
        await page.getByRole('button', { name: say('nav.menu') }).click();
        await expect(menu).toBeVisible();
        for (const [name, path] of [
          [say('nav.lessons'), `${lang}/#lessons`],
          [say('nav.progress'), `${lang}/progress/`],
          [say('guides.title'), `${lang}/guides/`],
          [say('trainer.hubTitle'), `${lang}/trainer/`],
        ] as const) {
          const link = nav.getByRole('link', { name, exact: true });
          await expect(link, `${built.path}: ${name}`).toBeInViewport();
          expect(new URL((await link.getAttribute('href'))!, page.url()).href).toBe(
            new URL(at(`/${path}`), test.info().project.use.baseURL).href,
          );
        }
        await expect(nav.locator('[data-language-switch]')).toBeInViewport();
        // The text-size button needs script (noscript.css hides it); the profile is a link to it.
        await expect(menu.locator('profile-badge')).toBeAttached();
        // Close shuts it, as does tapping outside or Escape (the browser's popover).
        await page.getByRole('button', { name: say('nav.close') }).click();
        await expect(menu).toBeHidden();
      }
      // A link in the open menu goes where it says.
      await page.goto(at(`/${lang}/`));
      await page.getByRole('button', { name: say('nav.menu') }).click();
      await page
        .getByRole('navigation', { name: say('nav.main') })
        .getByRole('link', { name: say('trainer.hubTitle'), exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/trainer/$`));
      await expect(page.locator('h1')).toHaveText(say('trainer.hubTitle'));
    });

  test('from 900 px up the links are in the bar, with no menu button', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 720 });
    await page.goto(at('/en/lessons/install-vneid/'));
    await expect(page.getByRole('button', { name: t.en('nav.menu') })).toBeHidden();
    const nav = page.getByRole('navigation', { name: t.en('nav.main') });
    for (const name of [
      t.en('nav.lessons'),
      t.en('nav.progress'),
      t.en('guides.title'),
      t.en('trainer.hubTitle'),
    ])
      await expect(nav.getByRole('link', { name, exact: true })).toBeInViewport();
    await expect(nav.getByRole('link', { name: t.en('nav.lessons'), exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});

test('by keyboard: the menu opens with Enter, Tab walks into it, Escape closes it and focus returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(at('/vi/progress/'));
  const button = page.getByRole('button', { name: t.vi('nav.menu') });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#site-menu:popover-open')).toBeVisible();
  // With script on, the text-size settings open inside the menu.
  await expect(page.locator('#site-menu .reading-toggle')).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t.vi('nav.close') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: t.vi('nav.lessons'), exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#site-menu')).toBeHidden();
  await expect(button).toBeFocused();
});

for (const lang of ['vi', 'en'] as const)
  for (const scheme of ['light', 'dark'] as const)
    test(`screenshots (${lang}, ${scheme}): the menu open at 360×800, the bar at 1280×720`, async ({
      page,
    }, testInfo) => {
      mkdirSync(shots, { recursive: true });
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(at(`/${lang}/`));
      await page.getByRole('button', { name: t[lang]('nav.menu') }).click();
      await expect(page.locator('#site-menu')).toBeVisible();
      const phone = join(shots, `menu-open-360-${lang}-${scheme}.png`);
      await page.screenshot({ path: phone });
      await testInfo.attach(`menu open, 360×800, ${lang}, ${scheme}`, {
        path: phone,
        contentType: 'image/png',
      });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(at(`/${lang}/lessons/install-vneid/`));
      const wide = join(shots, `header-1280-${lang}-${scheme}.png`);
      await page.screenshot({ path: wide });
      await testInfo.attach(`header, 1280×720, ${lang}, ${scheme}`, { path: wide, contentType: 'image/png' });
      // The bar holds the links; its second row (profile, text size) wraps under them, no more.
      const { height } = await headerGeometry(page);
      expect(height).toBeLessThanOrEqual(130);
    });
