import { expect, test } from '@playwright/test';
import { UI, question, readQuiz, recordedLessons } from './quiz';

test('presentation mode: Reveal answer instead of Check, answers shown on request, nothing recorded', async ({
  page,
}) => {
  const ui = UI.vi;
  // The projector page (a later issue) will render <lesson-quiz mode="present">; here the lesson is served that way.
  await page.route('**/vi/lessons/install-vneid/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<lesson-quiz ', '<lesson-quiz mode="present" ');
    await route.fulfill({ response, body });
  });
  await page.goto('/vi/lessons/install-vneid/');
  const quiz = await readQuiz(page);
  for (const q of quiz) {
    const el = question(page, q.id);
    await expect(el.getByRole('button', { name: ui.check, exact: true })).toHaveCount(0);
    const status = el.getByRole('status');
    await expect(status).toBeEmpty();
    await el.getByRole('button', { name: ui.reveal }).click();
    await expect(status).not.toBeEmpty();
    if (q.type === 'order') {
      const order = await el
        .locator('.order-item')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')));
      expect(order).toEqual(q.right);
    } else {
      const marked = await el
        .locator('[data-result="correct"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-part') ?? e.querySelector('input')?.value));
      expect(marked.sort()).toEqual([...q.right].sort());
    }
  }
  await expect(page.locator('lesson-quiz [data-quiz-result]')).toHaveCount(0);
  // Opening the page counts as a visit (the lesson page notes it); the quiz records no attempt.
  for (const lesson of Object.values(await recordedLessons(page)))
    expect(lesson).toMatchObject({ attempts: [], bestScore: null, completed: null });
});

for (const locale of ['vi', 'en'] as const) {
  test(`${locale}: printing shows every question to answer with a pen; the printed guide has the answers on their own page`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/lessons/install-vneid/`);
    const quiz = await readQuiz(page);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.skip-link', '.plan-links'])
      await expect(page.locator(selector)).toBeHidden();
    for (const q of quiz) {
      const el = question(page, q.id);
      await expect(el.locator('legend')).toBeVisible();
      await expect(el.locator('.quiz-print-hint')).toBeVisible();
      await expect(el.getByRole('button', { name: UI[locale].check, exact: true })).toBeHidden();
      // No answer next to its question: they are all in the key at the end.
      await expect(el.locator('.quiz-key, .quiz-explanation').first()).toBeHidden();
      if (q.type === 'order') {
        await expect(el.locator('.order-item')).toHaveCount(q.right.length);
        await expect(el.locator('.order-controls').first()).toBeHidden();
      } else if (q.type === 'red-flags') {
        await expect(el.locator('.rf-message')).toBeVisible();
      } else {
        for (const option of await el.locator('.quiz-option').all()) await expect(option).toBeVisible();
      }
    }
    // The answer key is the print page's (issue #19: the lesson page shows each answer as checked).
    await expect(page.locator('.answer-key')).toHaveCount(0);
    await page.goto(`/${locale}/lessons/install-vneid/print/`);
    const key = page.locator('.answer-key');
    await expect(key).toBeVisible();
    expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await expect(key.locator('.answer-list > li')).toHaveCount(quiz.length);
    for (const [i, q] of quiz.entries()) {
      const entry = key.locator('.answer-list > li').nth(i);
      const prompt = (await question(page, q.id).locator('legend').textContent())!;
      await expect(entry.locator('.answer-prompt')).toHaveText(prompt.trim());
      // Every right option, every flag, or every step of the right order.
      await expect(entry.locator(q.type === 'order' ? 'ol > li' : '.answer-marks > li')).toHaveCount(
        q.right.length,
      );
    }
  });
}
