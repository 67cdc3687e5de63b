import { expect, test } from '@playwright/test';
import { builtPages } from './site';
import { answerWithMouse, readQuiz } from './quiz';

const switchName = { vi: 'Read in English', en: 'Đọc bằng tiếng Việt' } as const;
const other = { vi: 'en', en: 'vi' } as const;

for (const page of builtPages().filter(
  (p) => p.lang && ['home', 'lesson', 'progress', 'trainer'].includes(p.kind),
)) {
  test(`language switch on ${page.path} goes to the same page in the other language`, async ({
    page: browser,
  }) => {
    await browser.goto(page.path);
    await expect(browser.locator('html')).toHaveAttribute('lang', page.lang);
    const link = browser.getByRole('link', { name: switchName[page.lang] });
    await expect(link).toHaveAttribute('lang', other[page.lang]);
    await link.click();
    const expected = page.path.replace(`/${page.lang}/`, `/${other[page.lang]}/`);
    await expect(browser).toHaveURL(expected);
    await expect(browser.locator('html')).toHaveAttribute('lang', other[page.lang]);
    // The same lesson: the quiz asks the same questions (ids are shared across languages).
    if (page.kind === 'lesson') {
      const ids = await browser
        .locator('quiz-question')
        .evaluateAll((qs) => qs.map((q) => q.getAttribute('question-id')));
      await browser.goBack();
      const before = await browser
        .locator('quiz-question')
        .evaluateAll((qs) => qs.map((q) => q.getAttribute('question-id')));
      expect(ids).toEqual(before);
    }
  });
}

test('progress is shared across languages: a lesson completed in Vietnamese shows completed in English', async ({
  page,
}) => {
  await page.goto('/vi/lessons/install-vneid/');
  for (const q of await readQuiz(page)) await answerWithMouse(page, q, 'right', 'Kiểm tra');
  await expect(page.locator('lesson-quiz [data-quiz-result]')).toContainText('Bạn đã đạt');
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page.locator('lesson-quiz')).toContainText('You completed this lesson');
});
