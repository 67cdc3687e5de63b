import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ sends the browser to the Vietnamese home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/vi/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('lessons are readable: questions, options and explanations are in the page', async ({ page }) => {
    await page.goto('/en/lessons/install-vneid/');
    const first = page.locator('[question-id]').first();
    await expect(first.locator('legend')).toBeVisible();
    await expect(first.getByRole('radio').first()).toBeVisible();
    await expect(first.locator('.quiz-explanation').first()).toBeVisible();
    await expect(first.locator('.quiz-option[data-correct] .quiz-verdict')).toHaveText('✓ Right answer:');
    // Order and red-flag questions read as text followed by their answer key.
    await expect(page.locator('quiz-order .order-item').first()).toBeVisible();
    await expect(page.locator('quiz-order .quiz-key')).toBeVisible();
    await expect(page.locator('quiz-red-flags .rf-message')).toBeVisible();
    await expect(page.locator('quiz-red-flags .quiz-key')).toBeVisible();
    await expect(page.locator('.quiz-hint').first()).toBeHidden();
  });
});

test.describe('with JavaScript', () => {
  test.describe('an English-speaking browser', () => {
    test.use({ locale: 'en-GB' });
    test('/ goes to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/en/');
    });
  });

  test.describe('a Vietnamese browser', () => {
    test.use({ locale: 'vi-VN' });
    test('/ goes to /vi/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/vi/');
    });
  });

  test.describe('a browser preferring neither', () => {
    test.use({ locale: 'fr-FR' });
    test('/ goes to Vietnamese, the default', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/vi/');
    });
  });

  test('/?choose offers both languages', async ({ page }) => {
    await page.goto('/?choose');
    await expect(page.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute('href', '/vi/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  });
});

test('an unknown address shows the bilingual 404 page with links home', async ({ page }) => {
  const response = await page.goto('/vi/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the Học Số home page' })).toHaveAttribute(
    'href',
    '/en/',
  );
});
