import { expect, type Page } from '@playwright/test';
import { focused, tabTo } from './keyboard';
import { lead, t, type Locale } from './ui';

export type QuestionType = 'single' | 'multiple' | 'true-false' | 'order' | 'red-flags';

/**
 * The lessons stored progress holds for any learner on this browser ({} when nothing is stored):
 * what "nothing recorded" means. Every page may store the learner's id; no lesson is recorded.
 */
export async function recordedLessons(page: Page): Promise<Record<string, unknown>> {
  const kept = await page.evaluate(() => localStorage.getItem('hoc-so:progress'));
  if (kept === null) return {};
  const state = JSON.parse(kept) as { profiles: Record<string, { lessons: Record<string, unknown> }> };
  return Object.assign({}, ...Object.values(state.profiles).map((profile) => profile.lessons)) as Record<
    string,
    unknown
  >;
}

/** One question as the page shows it, with its answer key (read from the page, as a tester would from the MDX). */
export interface QuestionInfo {
  id: string;
  type: QuestionType;
  /** Option values, item ids (as first shown) or part ids, in page order. */
  choices: string[];
  /** Right option values, item ids in the right order, or flagged part ids. */
  right: string[];
}

/** The quiz's words in one language, from the site's own strings. */
function quizWords(locale: Locale) {
  const say = t[locale];
  return {
    check: say('quiz.check'),
    reveal: say('quiz.reveal'),
    correct: say('quiz.correct'),
    wrong: say('quiz.wrong'),
    passed: say('quiz.passed'),
    failed: lead(locale, 'quiz.failed'),
    review: say('quiz.review'),
    showAll: say('quiz.showAll'),
    retake: say('quiz.retake'),
    completedLesson: lead(locale, 'quiz.completedOn'),
    completed: say('status.completed'),
    notStarted: say('status.notStarted'),
    optionWrong: say('quiz.optionWrong'),
    shouldBe: lead(locale, 'quiz.shouldBe'),
    flagWrong: say('quiz.flagWrong'),
    flagMissed: say('quiz.flagMissed'),
    chooseFirst: say('quiz.chooseFirst'),
    chooseFlag: say('quiz.chooseFlag'),
    /** The result line: right first time out of all, and the percent rounded down. */
    score: (correct: number, total: number) =>
      say('quiz.score', { correct, total, percent: Math.floor((correct * 100) / total) }),
    best: (percent: number, attempts: number) => say('quiz.previous', { percent, attempts }),
    /** The home page's count of lessons completed. */
    summary: (done: number, total: number) => say('progress.summary', { done, total }),
  };
}

export const UI = { vi: quizWords('vi'), en: quizWords('en') } as const;

export const question = (page: Page, id: string) => page.locator(`[question-id="${id}"]`);
export const quizResult = (page: Page) => page.locator('lesson-quiz [data-quiz-result]');

/**
 * Brings the quiz near, as a learner scrolling down would: a lesson page loads the quiz's code only
 * then (src/lib/on-demand.ts). Waits until the quiz is ready to answer.
 */
export async function reachQuiz(page: Page): Promise<void> {
  await page
    .locator('lesson-quiz')
    .first()
    .evaluate((quiz) => quiz.scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => {
    const quiz = document.querySelector('lesson-quiz');
    return !!customElements.get('lesson-quiz') && !!quiz?.hasAttribute('labels');
  });
}

/** The quiz's questions as the page draws them; brings the quiz near first (reachQuiz). */
export async function readQuiz(page: Page): Promise<QuestionInfo[]> {
  await reachQuiz(page);
  return page.locator('[question-id]').evaluateAll((elements) =>
    elements.map((el) => {
      const id = el.getAttribute('question-id')!;
      if (el.localName === 'quiz-order') {
        return {
          id,
          type: 'order' as const,
          choices: [...el.querySelectorAll<HTMLElement>('.order-item')].map((li) => li.dataset.item!),
          right: el.getAttribute('right-order')!.split(' '),
        };
      }
      if (el.localName === 'quiz-red-flags') {
        const parts = [...el.querySelectorAll<HTMLElement>('.rf-part')];
        return {
          id,
          type: 'red-flags' as const,
          choices: parts.map((p) => p.dataset.part!),
          right: parts.filter((p) => p.hasAttribute('data-flag')).map((p) => p.dataset.part!),
        };
      }
      const options = [...el.querySelectorAll<HTMLElement>('.quiz-option')];
      return {
        id,
        type: el.getAttribute('type') as 'single' | 'multiple' | 'true-false',
        choices: options.map((o) => o.querySelector('input')!.value),
        right: options
          .filter((o) => o.hasAttribute('data-correct'))
          .map((o) => o.querySelector('input')!.value),
      };
    }),
  );
}

/** A wrong answer of the question's kind (for order: one swap of the shown order that isn't the answer). */
function wrongChoice(q: QuestionInfo): string[] {
  return [q.choices.find((c) => !q.right.includes(c))!];
}

/** Answers one question with the keyboard alone, then presses Check. Focus must be before the question. */
export async function answerWithKeyboard(
  page: Page,
  q: QuestionInfo,
  which: 'right' | 'wrong',
  checkLabel: string,
) {
  const inQuestion = (f: { questionId: string | null }) => f.questionId === q.id;
  const here = await focused(page);
  // Reach the question's first answer control, unless focus is already on one (a second try).
  if (!(here && inQuestion(here) && here.tag !== 'button')) await tabTo(page, inQuestion);

  if (q.type === 'single' || q.type === 'true-false') {
    const target = q.choices.indexOf(which === 'right' ? q.right[0]! : wrongChoice(q)[0]!);
    const checked = await question(page, q.id)
      .locator('.quiz-option input')
      .evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked));
    // Arrow keys move the choice within the group, wrapping at the end.
    if (checked === -1 && target === 0) await page.keyboard.press('Space');
    const from = Math.max(checked, 0);
    const presses = (target - from + q.choices.length) % q.choices.length;
    for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowDown');
  }

  if (q.type === 'multiple' || q.type === 'red-flags') {
    const wanted = which === 'right' ? q.right : wrongChoice(q);
    for (const [i, choice] of q.choices.entries()) {
      if (wanted.includes(choice)) await page.keyboard.press('Space');
      if (i < q.choices.length - 1) await page.keyboard.press('Tab');
    }
  }

  if (q.type === 'order') {
    const order = () =>
      question(page, q.id)
        .locator('.order-item')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')!));
    if (which === 'right') {
      // Selection sort with Up buttons: focus stays on the moved step's button, so Enter repeats.
      for (let position = 0; position < q.right.length; position++) {
        const current = await order();
        const from = current.indexOf(q.right[position]!);
        if (from === position) continue;
        const text = await question(page, q.id)
          .locator(`.order-item[data-item="${q.right[position]!}"] .order-text`)
          .innerText();
        await tabTo(page, (f) => inQuestion(f) && (f.ariaLabel ?? '').endsWith(text), 40);
        // The first button reached for that step is its Up button.
        const here = await focused(page);
        expect(here?.ariaLabel).toContain(text);
        for (let i = from; i > position; i--) await page.keyboard.press('Enter');
      }
      expect(await order()).toEqual(q.right);
    } else {
      // Move the first step down once (twice if one swap happened to solve it).
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      if (JSON.stringify(await order()) === JSON.stringify(q.right)) await page.keyboard.press('Enter');
      expect(await order()).not.toEqual(q.right);
    }
  }

  const button = await tabTo(page, (f) => inQuestion(f) && f.tag === 'button' && f.text === checkLabel);
  expect(button.visible, 'the Check button shows where focus is').toBe(true);
  await page.keyboard.press('Enter');
}

/** Answers one question with the mouse (for tests about what happens after answering). */
export async function answerWithMouse(
  page: Page,
  q: QuestionInfo,
  which: 'right' | 'wrong',
  checkLabel: string,
) {
  const el = question(page, q.id);
  const wanted = which === 'right' ? q.right : wrongChoice(q);
  if (q.type === 'order') {
    if (which === 'right') {
      for (let position = 0; position < q.right.length; position++) {
        for (;;) {
          const current = await el
            .locator('.order-item')
            .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')!));
          if (current.indexOf(q.right[position]!) <= position) break;
          await el.locator(`.order-item[data-item="${q.right[position]!}"] button[data-step="-1"]`).click();
        }
      }
    }
  } else if (q.type === 'red-flags') {
    for (const id of wanted) await el.locator(`.rf-part[data-part="${id}"]`).click();
  } else {
    for (const value of wanted) await el.locator(`.quiz-option input[value="${value}"]`).check();
  }
  await el.getByRole('button', { name: checkLabel, exact: true }).click();
}
