import { expect, test, type Page } from '@playwright/test';
import { focused, tabTo } from './keyboard';

const strings = {
  vi: {
    lesson: 'Cài VNeID và kích hoạt tài khoản',
    correct: 'Đúng rồi!',
    wrong: 'Chưa đúng.',
    passed: 'Bạn đã đạt',
    completed: 'Đã hoàn thành',
  },
  en: {
    lesson: 'Install VNeID and activate your account',
    correct: 'Correct!',
    wrong: 'Not quite.',
    passed: 'You passed',
    completed: 'Completed',
  },
};

/** Reads the answer key from the page, as a tester would from the lesson file. */
async function answerKey(page: Page) {
  return page.locator('quiz-question').evaluateAll((questions) =>
    questions.map((q) => {
      const options = [...q.querySelectorAll('.quiz-option')];
      return {
        id: q.getAttribute('question-id')!,
        correct: options.findIndex((o) => o.hasAttribute('data-correct')),
        count: options.length,
      };
    }),
  );
}

/** Selects option `index` of the focused radio group with the keyboard. */
async function chooseOption(page: Page, index: number) {
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

for (const locale of ['vi', 'en'] as const) {
  test(`${locale}: home → lesson → quiz by keyboard → reload keeps the result → home shows it`, async ({
    page,
  }) => {
    const s = strings[locale];
    await page.goto(`/${locale}/`);
    await expect(page.locator('lesson-status').first()).toHaveAttribute('data-status', 'not-started');

    // Home → lesson, by keyboard.
    await tabTo(page, (f) => f.tag === 'a' && f.text === s.lesson);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/${locale}/lessons/install-vneid/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.lesson);

    const key = await answerKey(page);
    expect(key.length).toBeGreaterThanOrEqual(5);

    for (const [n, question] of key.entries()) {
      const status = page.locator(`quiz-question[question-id="${question.id}"]`).getByRole('status');
      await tabTo(page, (f) => f.type === 'radio' && f.questionId === question.id);
      if (n === 0) {
        // First try wrong: that is what counts; then the right answer, for learning.
        const wrong = question.correct === 0 ? 1 : 0;
        await chooseOption(page, wrong);
        await tabTo(page, (f) => f.tag === 'button' && f.questionId === question.id);
        await page.keyboard.press('Enter');
        await expect(status).toContainText(s.wrong);
        await page.keyboard.press('Shift+Tab');
        const radio = await focused(page);
        expect(radio?.type).toBe('radio');
        const steps = question.correct - wrong;
        for (let i = 0; i < Math.abs(steps); i++)
          await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
        await expect(status).toBeEmpty();
      } else {
        await chooseOption(page, question.correct);
      }
      const button = await tabTo(page, (f) => f.tag === 'button' && f.questionId === question.id);
      expect(button.visible, 'the Check button shows where focus is').toBe(true);
      await page.keyboard.press('Enter');
      await expect(status).toContainText(s.correct);
      // The explanation is read out with the verdict.
      expect((await status.textContent())!.length).toBeGreaterThan(s.correct.length + 10);
    }

    const total = key.length;
    const quizStatus = page.locator('lesson-quiz [data-quiz-result]');
    await expect(quizStatus).toContainText(
      `${total - 1}/${total}`.replace('/', locale === 'vi' ? '/' : ' of '),
    );
    await expect(quizStatus).toContainText(s.passed);

    await page.reload();
    const percent = Math.floor(((total - 1) * 100) / total);
    await expect(page.locator('lesson-quiz')).toContainText(`${percent}%`);
    await expect(page.locator('lesson-quiz')).toContainText(
      locale === 'vi' ? 'Bạn đã hoàn thành bài này' : 'You completed this lesson',
    );

    await page.goto(`/${locale}/`);
    await expect(page.locator('lesson-status[lesson="install-vneid"]').first()).toHaveText(s.completed);
    await expect(page.locator('progress-summary')).toContainText(locale === 'vi' ? '1/1' : '1 of 1');
  });
}

test('a failed quiz is recorded but does not complete the lesson; retake starts over', async ({ page }) => {
  await page.goto('/en/lessons/install-vneid/');
  const key = await answerKey(page);
  for (const question of key) {
    const q = page.locator(`quiz-question[question-id="${question.id}"]`);
    await q
      .locator('.quiz-option input')
      .nth(question.correct === 0 ? 1 : 0)
      .check();
    await q.getByRole('button', { name: 'Check' }).click();
  }
  const quizStatus = page.locator('lesson-quiz [data-quiz-result]');
  await expect(quizStatus).toContainText('0 of');
  await expect(quizStatus).toContainText('Not passed yet');
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  await expect(page.locator('.quiz-option input:checked')).toHaveCount(0);
  await expect(page.locator('quiz-question input').first()).toBeFocused();
  await page.goto('/en/');
  await expect(page.locator('lesson-status[lesson="install-vneid"]').first()).toHaveText('In progress');
});

test('checking without choosing asks for an answer', async ({ page }) => {
  await page.goto('/vi/lessons/install-vneid/');
  const q = page.locator('quiz-question').first();
  await q.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(q.getByRole('status')).toContainText('Hãy chọn một đáp án');
});

test('without working storage the quiz still works and says progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/lessons/install-vneid/');
  const key = await answerKey(page);
  for (const question of key) {
    const q = page.locator(`quiz-question[question-id="${question.id}"]`);
    await q.locator('.quiz-option input').nth(question.correct).check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.getByRole('status')).toContainText('Correct!');
  }
  await expect(page.locator('lesson-quiz [data-quiz-result]')).toContainText('You passed');
  await expect(page.locator('lesson-quiz')).toContainText('cannot save your progress');
  expect(errors).toEqual([]);
});

test('an unreadable stored record is kept aside, not overwritten', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => localStorage.setItem('hoc-so:progress', '{"broken": tru'));
  await page.goto('/en/lessons/install-vneid/');
  await expect(page.locator('lesson-quiz')).toBeVisible();
  const stored = await page.evaluate(() => ({
    aside: localStorage.getItem('hoc-so:progress:unreadable'),
    now: localStorage.getItem('hoc-so:progress'),
  }));
  expect(stored.aside).toBe('{"broken": tru');
  expect(JSON.parse(stored.now!).lessons['install-vneid']).toBeTruthy();
});
