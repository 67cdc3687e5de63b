import { expect, test } from '@playwright/test';
import { localeNames } from '../../src/i18n/locales';
import { builtPages } from './site';
import { t } from './ui';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ sends the browser to the Vietnamese home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/vi/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  for (const lesson of builtPages().filter((p) => p.kind === 'lesson' && p.lang === 'en')) {
    test(`${lesson.path} reads without JS: questions, options, answers and explanations`, async ({
      page,
    }) => {
      await page.goto(lesson.path);
      const first = page.locator('[question-id]').first();
      await expect(first.locator('legend')).toBeVisible();
      // Every option's box and explanation, and the answer key of order and red-flag questions
      // (read as text followed by their key): looked at in one pass, a lesson has dozens.
      const hidden = await page.evaluate(() => {
        const shown = (el: Element | null) => {
          const box = el?.getBoundingClientRect();
          return (
            !!el && el.checkVisibility({ visibilityProperty: true }) && box!.width > 0 && box!.height > 0
          );
        };
        const parts = [
          ...[...document.querySelectorAll('quiz-choice .quiz-option')].flatMap((option) => [
            option.querySelector('input'),
            option.querySelector('.quiz-explanation'),
          ]),
          ...document.querySelectorAll('quiz-order .quiz-key, quiz-red-flags .quiz-key'),
        ];
        return parts.flatMap((el, i) =>
          shown(el) ? [] : [`${i}: ${el?.outerHTML.slice(0, 80) ?? 'missing'}`],
        );
      });
      expect(hidden, 'options, explanations and answer keys not shown').toEqual([]);
      expect(await page.locator('quiz-choice .quiz-option').count()).toBeGreaterThan(0);
      await expect(page.locator('quiz-choice .quiz-option[data-correct] .quiz-verdict').first()).toHaveText(
        `✓ ${t.en('quiz.rightAnswer')}:`,
      );
      await expect(page.locator('.quiz-hint').first()).toBeHidden();
    });
  }
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
    await expect(page.getByRole('link', { name: localeNames.vi })).toHaveAttribute('href', '/vi/');
    await expect(page.getByRole('link', { name: localeNames.en })).toHaveAttribute('href', '/en/');
  });
});

test('an unknown address shows the bilingual 404 page with links home', async ({ page }) => {
  const response = await page.goto('/vi/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: t.vi('notFound.title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: t.en('notFound.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: t.en('notFound.home') })).toHaveAttribute('href', '/en/');
});
