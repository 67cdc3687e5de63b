import { expect, test, type Page } from '@playwright/test';
import { gotoSettled } from './checks';
import { UI } from './quiz';
import { t } from './ui';

// A lesson page starts with a few hundred bytes of script and loads each part as the learner
// nears or touches it (src/lib/on-demand.ts, issue #18). What that must never cost: the visit,
// the first tap, or a part the learner jumps straight to.

const LESSON = 'en/lessons/install-vneid/';
const defined = (page: Page, tag: string) => page.evaluate((name) => !!customElements.get(name), tag);

test('opening a lesson without scrolling still counts it as started', async ({ page }) => {
  await gotoSettled(page, LESSON);
  expect(await defined(page, 'lesson-quiz'), 'the quiz code stays away until needed').toBe(false);
  await page.goto('en/tracks/vneid/');
  const row = page.getByRole('row').filter({ hasText: 'Install VNeID' }).first();
  await expect(row).toContainText(t.en('status.inProgress'));
});

test('the first tap on the text-size button opens it, though its code was not loaded', async ({ page }) => {
  await gotoSettled(page, LESSON);
  expect(await defined(page, 'reading-settings')).toBe(false);
  const toggle = page.locator('reading-settings').getByRole('button', { name: t.en('reading.button') });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('radio', { name: t.en('reading.large'), exact: true })).toBeVisible();
});

test('a link straight to the quiz gets a working quiz', async ({ page }) => {
  await gotoSettled(page, `${LESSON}#quiz`);
  const question = page.locator('quiz-choice').first();
  await question.locator('input').first().check();
  await question.getByRole('button', { name: UI.en.check }).click();
  await expect(question).toContainText(
    new RegExp(`${UI.en.correct}|${UI.en.wrong}`.replace(/[.!]/g, '\\$&')),
  );
});

test('the step ticks and the quiz load as the learner scrolls to them, not before', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await gotoSettled(page, LESSON);
  expect(await defined(page, 'step-tick')).toBe(false);
  await page.locator('step-tick').first().scrollIntoViewIfNeeded();
  await expect.poll(() => defined(page, 'step-tick')).toBe(true);
  await page.locator('lesson-quiz').scrollIntoViewIfNeeded();
  await expect.poll(() => defined(page, 'lesson-quiz')).toBe(true);
});
