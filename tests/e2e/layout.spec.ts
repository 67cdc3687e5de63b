import { expect, test } from '@playwright/test';
import { builtPages } from './site';
import { focused } from './keyboard';

const labels = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    lessons: 'Bài học',
    progress: 'Tiến độ của tôi',
    nav: 'Điều hướng chính',
  },
  en: { skip: 'Skip to main content', lessons: 'Lessons', progress: 'My progress', nav: 'Main navigation' },
} as const;

for (const built of builtPages().filter((p) => !['root', 'not-found', 'present'].includes(p.kind))) {
  test(`${built.path}: skip link first, then the header's site name, Lessons, My progress and language switch`, async ({
    page,
  }) => {
    const l = labels[built.lang];
    await page.goto(built.path);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip?.text).toBe(l.skip);
    await expect(page.getByRole('link', { name: l.skip })).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    const nav = page.getByRole('navigation', { name: l.nav });
    await expect(page.getByRole('link', { name: 'Học Số', exact: true })).toHaveAttribute(
      'href',
      `/${built.lang}/`,
    );
    await expect(nav.getByRole('link', { name: l.lessons })).toHaveAttribute(
      'href',
      `/${built.lang}/#lessons`,
    );
    await expect(nav.getByRole('link', { name: l.progress })).toHaveAttribute(
      'href',
      `/${built.lang}/progress/`,
    );
    await expect(nav.locator('[data-language-switch]')).toBeVisible();
  });
}

test('base text is at least 18 px and the page follows the dark colour scheme', async ({ page }) => {
  await page.goto('/vi/lessons/install-vneid/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(
    parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize)),
  ).toBeGreaterThanOrEqual(18);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
});
