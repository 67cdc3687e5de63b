import { expect, test } from '@playwright/test';
import type { StoredProgress } from '../../src/schemas/progress';
import { tabTo } from './keyboard';
import {
  reachQuiz,
  UI,
  answerWithKeyboard,
  answerWithMouse,
  question,
  quizResult,
  readQuiz,
  type QuestionType,
} from './quiz';
import { builtPages, quizSampleLessons } from './site';
import { t } from './ui';

for (const locale of ['vi', 'en'] as const) {
  test(`${locale}: home → lesson → every question type by keyboard → reload keeps the result → home shows it`, async ({
    page,
  }) => {
    const ui = UI[locale];
    await page.goto(`/${locale}/`);
    const firstLesson = page.locator('#lessons .lesson-list a').first();
    const title = (await firstLesson.innerText()).trim();
    const href = (await firstLesson.getAttribute('href'))!;
    const slug = href.split('/').filter(Boolean).pop()!;
    // Every lesson of the course, as "pick up where you left off" counts them.
    const total = builtPages().filter((p) => p.kind === 'lesson' && p.lang === locale).length;
    await expect(page.locator(`lesson-status[lesson="${slug}"]`).first()).toHaveAttribute(
      'data-status',
      'not-started',
    );

    await tabTo(page, (f) => f.tag === 'a' && f.text === title);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    const quiz = await readQuiz(page);
    expect(
      new Set(quiz.map((q) => q.type)).size,
      'a lesson quiz mixes at least three types',
    ).toBeGreaterThanOrEqual(3);

    for (const [n, q] of quiz.entries()) {
      const status = question(page, q.id).getByRole('status');
      if (n === 0) {
        // The first try is wrong, and that is what counts; then the right answer, for learning.
        await answerWithKeyboard(page, q, 'wrong', ui.check);
        await expect(status).toContainText(ui.wrong);
        await tabTo(page, (f) => f.questionId === q.id && f.tag === 'input', 10, 'Shift+Tab');
      }
      await answerWithKeyboard(page, q, 'right', ui.check);
      await expect(status).toContainText(ui.correct);
      // The explanation is read out with the verdict.
      expect((await status.textContent())!.trim().length).toBeGreaterThan(ui.correct.length + 10);
    }

    const questions = quiz.length;
    await expect(quizResult(page)).toContainText(ui.score(questions - 1, questions));
    await expect(quizResult(page)).toContainText(ui.passed);

    await page.reload();
    const percent = Math.floor(((questions - 1) * 100) / questions);
    await expect(page.locator('lesson-quiz')).toContainText(`${percent}%`);
    await expect(page.locator('lesson-quiz')).toContainText(ui.completedLesson);

    await page.goto(`/${locale}/`);
    await expect(page.locator('home-start')).toContainText(t[locale]('home.doneCount', { done: 1, total }));
    // A card's status loads as it nears the screen.
    await page.locator(`lesson-status[lesson="${slug}"]`).first().scrollIntoViewIfNeeded();
    await expect(page.locator(`lesson-status[lesson="${slug}"]`).first()).toHaveText(ui.completed);
  });
}

test('every question type answered wrong by keyboard says what was wrong; failed attempts are stored', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seen = new Set<QuestionType>();
  // Progress is kept by lesson, whatever the language: a slug quizzed in both counts two attempts.
  const tries = new Map<string, number>();
  // The quiz element is the same on every lesson: one lesson per language whose quiz has every
  // question type (each question's content is checked at build by the quiz-quality rules).
  for (const lesson of quizSampleLessons()) {
    const ui = UI[lesson.lang];
    const slug = lesson.path.split('/').filter(Boolean).pop()!;
    const attempts = (tries.get(slug) ?? 0) + 1;
    tries.set(slug, attempts);
    await page.goto(lesson.path);
    const quiz = await readQuiz(page);
    for (const q of quiz) {
      seen.add(q.type);
      await answerWithKeyboard(page, q, 'wrong', ui.check);
      const el = question(page, q.id);
      await expect(el.getByRole('status')).toContainText(ui.wrong);
      if (q.type === 'multiple')
        await expect(el.locator('.quiz-mark[data-mark="wrong"]')).toContainText(ui.optionWrong);
      if (q.type === 'order')
        await expect(el.locator('.quiz-mark[data-mark="wrong"]').first()).toContainText(ui.shouldBe);
      if (q.type === 'red-flags') {
        await expect(el.getByRole('status')).toContainText(ui.flagWrong);
        await expect(el.getByRole('status')).toContainText(ui.flagMissed);
      }
      // Colour is never the only signal: a mark with an icon and words.
      await expect(el.locator('.quiz-mark').first()).toHaveText(/[✓✗!]\s*\S+/);
    }
    await expect(quizResult(page)).toContainText(ui.score(0, quiz.length));
    await expect(quizResult(page)).toContainText(ui.failed);

    await page.reload();
    await expect(page.locator('lesson-quiz')).toContainText(ui.best(0, attempts));
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('hoc-so:progress')!) as StoredProgress,
    );
    const record = stored.profiles[stored.current]!.lessons[slug]!;
    expect(record.attempts).toHaveLength(attempts);
    expect(record.attempts.at(-1)!.passed).toBe(false);
    expect(Object.keys(record.attempts.at(-1)!.answers).sort()).toEqual(quiz.map((q) => q.id).sort());
    expect(record.completed).toBeNull();
  }
  expect([...seen].sort()).toEqual(['multiple', 'order', 'red-flags', 'single', 'true-false']);
});

test('review mistakes shows only the questions missed first time, with that first answer; retake starts over', async ({
  page,
}) => {
  const ui = UI.vi;
  await page.goto('/vi/lessons/install-vneid/');
  const quiz = await readQuiz(page);
  const wrongIds = quiz.filter((_, i) => i % 2 === 1).map((q) => q.id);
  for (const q of quiz) await answerWithMouse(page, q, wrongIds.includes(q.id) ? 'wrong' : 'right', ui.check);
  // Put the mistakes right, as a learner would after reading why.
  for (const q of quiz.filter((q) => wrongIds.includes(q.id))) {
    await question(page, q.id)
      .locator('input:checked, .rf-part[aria-pressed="true"]')
      .evaluateAll((els) =>
        els.forEach((el) =>
          el instanceof HTMLInputElement ? (el.checked = false) : el.setAttribute('aria-pressed', 'false'),
        ),
      );
    await answerWithMouse(page, q, 'right', ui.check);
  }
  await expect(quizResult(page)).toContainText(ui.failed);

  await page.getByRole('button', { name: ui.review }).click();
  for (const q of quiz) {
    const item = question(page, q.id).locator('xpath=ancestor::li[1]');
    if (wrongIds.includes(q.id)) {
      await expect(item).toBeVisible();
      await expect(question(page, q.id).getByRole('status')).toContainText(ui.wrong);
    } else {
      await expect(item).toBeHidden();
    }
  }
  await page.getByRole('button', { name: ui.showAll }).click();
  for (const q of quiz) await expect(question(page, q.id)).toBeVisible();

  await page.getByRole('button', { name: ui.retake }).click();
  await expect(page.locator('.quiz-option input:checked, .rf-part[aria-pressed="true"]')).toHaveCount(0);
  await expect(page.locator('.quiz-mark')).toHaveCount(0);
  await expect(quizResult(page)).toBeEmpty();
});

test('checking without answering asks for an answer', async ({ page }) => {
  await page.goto('/vi/lessons/install-vneid/');
  const quiz = await readQuiz(page);
  const flags = quiz.find((q) => q.type === 'red-flags')!;
  const ui = UI.vi;
  await question(page, quiz[0]!.id).getByRole('button', { name: ui.check }).click();
  await expect(question(page, quiz[0]!.id).getByRole('status')).toContainText(ui.chooseFirst);
  await question(page, flags.id).getByRole('button', { name: ui.check }).click();
  await expect(question(page, flags.id).getByRole('status')).toContainText(ui.chooseFlag);
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
  const ui = UI.en;
  await page.goto('/en/lessons/install-vneid/');
  for (const q of await readQuiz(page)) {
    await answerWithMouse(page, q, 'right', ui.check);
    await expect(question(page, q.id).getByRole('status')).toContainText(ui.correct);
  }
  await expect(quizResult(page)).toContainText(ui.passed);
  await expect(page.locator('site-notices')).toContainText(t.en('storage.memoryOnly'));
  await expect(
    page.locator('site-notices').getByRole('button', { name: t.en('storage.download') }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('an unreadable stored record is kept aside, not overwritten', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => localStorage.setItem('hoc-so:progress', '{"broken": tru'));
  await page.goto('/en/lessons/install-vneid/');
  // The store reads what is stored when it loads, with the quiz.
  await reachQuiz(page);
  const stored = await page.evaluate(() => ({
    aside: localStorage.getItem('hoc-so:progress:unreadable'),
    now: localStorage.getItem('hoc-so:progress'),
  }));
  expect(stored.aside).toBe('{"broken": tru');
  const now = JSON.parse(stored.now!) as StoredProgress;
  expect(now.profiles[now.current]!.lessons['install-vneid']).toBeTruthy();
});
