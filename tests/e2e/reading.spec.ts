import { expect, test, type Page } from '@playwright/test';
import { axeViolations, horizontalOverflow } from './checks';
import { UI, answerWithMouse, readQuiz } from './quiz';
import { t, type Locale } from './ui';

const root = (page: Page) => page.locator('html');

/** The page's reading settings, opened. */
async function open(page: Page, lang: Locale) {
  const settings = page.locator('reading-settings');
  const toggle = settings.getByRole('button', { name: t[lang]('reading.button') });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return settings;
}

type Size = 'reading.normal' | 'reading.large' | 'reading.xlarge';
type Contrast = 'reading.contrastNormal' | 'reading.high';

async function choose(page: Page, lang: Locale, size: Size, contrast: Contrast) {
  const say = t[lang];
  const settings = await open(page, lang);
  await settings
    .getByRole('group', { name: say('reading.size') })
    .getByRole('radio', { name: say(size), exact: true })
    .check();
  await settings
    .getByRole('group', { name: say('reading.contrast') })
    .getByRole('radio', { name: say(contrast), exact: true })
    .check();
}

test('text size and contrast are remembered across pages, languages and reloads', async ({ page }) => {
  await page.goto('/vi/');
  await expect(root(page)).toHaveAttribute('data-text-size', 'normal');
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await choose(page, 'vi', 'reading.xlarge', 'reading.high');
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
  await expect((await open(page, 'en')).getByRole('radio', { name: t.en('reading.xlarge') })).toBeChecked();
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
  const toggle = page.locator('reading-settings').getByRole('button', { name: t.en('reading.button') });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(root(page)).toHaveAttribute('data-text-size', 'large');
});

// Every size and contrast in both schemes. The settings apply live (the first test proves they
// also survive a reload), so one page per scheme answers the quiz once and walks the settings.
for (const scheme of ['light', 'dark'] as const) {
  test(`a lesson with quiz feedback passes axe and fits 320 px at every text size and contrast, ${scheme}`, async ({
    page,
  }) => {
    // Six full axe runs: room for them on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/vi/lessons/recognise-scams/');
    const quiz = await readQuiz(page);
    for (const q of quiz.slice(0, 4)) await answerWithMouse(page, q, 'wrong', UI.vi.check);
    for (const size of ['reading.normal', 'reading.large', 'reading.xlarge'] as const) {
      for (const contrast of ['reading.contrastNormal', 'reading.high'] as const) {
        const setting = `${size}, ${contrast}, ${scheme}`;
        await page.setViewportSize({ width: 1280, height: 720 });
        await choose(page, 'vi', size, contrast);
        await expect(page.locator('html')).toHaveAttribute('data-text-size', size.split('.')[1]!);
        expect.soft(await axeViolations(page), `axe: ${setting}`).toEqual([]);
        await page.setViewportSize({ width: 320, height: 800 });
        expect.soft(await horizontalOverflow(page), `overflow at 320 px: ${setting}`).toBeLessThanOrEqual(0);
      }
    }
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
