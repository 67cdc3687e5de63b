import { expect, test, type Page } from '@playwright/test';
import { UI, answerWithMouse, reachQuiz, readQuiz } from './quiz';
import { builtPages } from './site';
import { t } from './ui';

const other = { vi: 'en', en: 'vi' } as const;

/** The quiz's question ids in page order (they are shared across languages). */
const questionIds = (page: Page) =>
  page
    .locator('quiz-choice, quiz-order, quiz-red-flags')
    .evaluateAll((qs) => qs.map((q) => q.getAttribute('question-id')));

// Every page's switch link is checked without a browser (tests/site/links.test.ts); here a person
// clicks it, on one page of each kind with a switch, in each language.
const clicked = (['home', 'lesson', 'progress', 'trainer'] as const).flatMap((kind) =>
  (['vi', 'en'] as const).map((lang) => builtPages().find((p) => p.kind === kind && p.lang === lang)!),
);

for (const page of clicked) {
  test(`language switch on ${page.path} goes to the same page in the other language`, async ({
    page: browser,
  }) => {
    await browser.goto(page.path);
    await expect(browser.locator('html')).toHaveAttribute('lang', page.lang);
    const before = page.kind === 'lesson' ? await questionIds(browser) : [];
    const link = browser.getByRole('link', { name: t[page.lang]('nav.switchLanguage') });
    await expect(link).toHaveAttribute('lang', other[page.lang]);
    await link.click();
    const expected = page.path.replace(`/${page.lang}/`, `/${other[page.lang]}/`);
    await expect(browser).toHaveURL(expected);
    await expect(browser.locator('html')).toHaveAttribute('lang', other[page.lang]);
    // The same lesson: the quiz asks the same questions, in the same order.
    if (page.kind === 'lesson') {
      expect(before.length, 'the lesson has a quiz').toBeGreaterThan(0);
      expect(await questionIds(browser)).toEqual(before);
    }
  });
}

test('progress is shared across languages: a lesson completed in Vietnamese shows completed in English', async ({
  page,
}) => {
  await page.goto('/vi/lessons/install-vneid/');
  for (const q of await readQuiz(page)) await answerWithMouse(page, q, 'right', UI.vi.check);
  await expect(page.locator('lesson-quiz [data-quiz-result]')).toContainText(UI.vi.passed);
  await page.getByRole('link', { name: t.vi('nav.switchLanguage') }).click();
  await page.waitForURL(/\/en\/lessons\//);
  await reachQuiz(page);
  await expect(page.locator('lesson-quiz')).toContainText(UI.en.completedLesson);
});
