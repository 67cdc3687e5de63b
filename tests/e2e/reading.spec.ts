import { expect, test, type Page } from '@playwright/test';
import { axeViolations, horizontalOverflow } from './checks';
import { answerWithMouse, readQuiz } from './quiz';

const root = (page: Page) => page.locator('html');

async function open(page: Page) {
  const settings = page.locator('reading-settings');
  const toggle = settings.getByRole('button', { name: /Cỡ chữ, màu chữ|Text size and contrast/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return settings;
}

async function choose(page: Page, size: string, contrast: string) {
  const settings = await open(page);
  await settings
    .getByRole('group', { name: /Cỡ chữ|Text size/ })
    .getByRole('radio', { name: size, exact: true })
    .check();
  await settings
    .getByRole('group', { name: /Độ tương phản|Contrast/ })
    .getByRole('radio', { name: contrast, exact: true })
    .check();
}

test('text size and contrast are remembered across pages, languages and reloads', async ({ page }) => {
  await page.goto('/vi/');
  await expect(root(page)).toHaveAttribute('data-text-size', 'normal');
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await choose(page, 'Rất lớn', 'Cao: chữ đậm màu, nền trơn');
  await expect(root(page)).toHaveAttribute('data-text-size', 'xlarge');
  await expect(root(page)).toHaveAttribute('data-contrast', 'high');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeCloseTo(
    base * 1.5,
    0,
  );
  await page.goto('/en/lessons/install-vneid/');
  await expect(root(page)).toHaveAttribute('data-text-size', 'xlarge');
  await expect(root(page)).toHaveAttribute('data-contrast', 'high');
  await page.reload();
  await expect(root(page)).toHaveAttribute('data-text-size', 'xlarge');
  await expect((await open(page)).getByRole('radio', { name: 'Extra large' })).toBeChecked();
});

test('contrast "like my phone" follows prefers-contrast', async ({ page }) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto('/vi/');
  await expect(root(page)).toHaveAttribute('data-contrast', 'high');
  await page.emulateMedia({ contrast: 'no-preference' });
  await expect(root(page)).toHaveAttribute('data-contrast', 'normal');
});

test('the settings work by keyboard', async ({ page }) => {
  await page.goto('/en/');
  const toggle = page.locator('reading-settings').getByRole('button', { name: 'Text size and contrast' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(root(page)).toHaveAttribute('data-text-size', 'large');
});

for (const size of ['Thường', 'Lớn', 'Rất lớn']) {
  for (const contrast of ['Thường', 'Cao: chữ đậm màu, nền trơn']) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`a lesson with quiz feedback passes axe and fits 320 px: size ${size}, contrast ${contrast}, ${scheme}`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('/vi/lessons/recognise-scams/');
        await choose(page, size, contrast);
        const quiz = await readQuiz(page);
        for (const q of quiz.slice(0, 4)) await answerWithMouse(page, q, 'wrong', 'Kiểm tra');
        expect(await axeViolations(page)).toEqual([]);
        await page.setViewportSize({ width: 320, height: 800 });
        const overflow = await horizontalOverflow(page);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
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
