import { expect, test, type Page } from '@playwright/test';
import { gotoSettled } from './checks';
import { tabTo } from './keyboard';
import { axeInScheme } from './page-bars';
import { answerWithKeyboard, readQuiz, UI } from './quiz';
import { at } from './site';
import { pattern, t } from './ui';
import { PROGRESS_VERSION, type LessonRecord, type StoredProgress } from '../../src/schemas/progress';

// "Ôn lại 2 phút" (issue #21): 14 and 28 days after a learner finishes a scam lesson, the home
// page offers three review questions they haven't seen; the learner's own clock decides, so the
// tests move the page's clock (Playwright clock). Done reviews are recorded; "Skip this one" hides
// a review until the next round, "Tomorrow" for a day.

const DAY = 24 * 60 * 60 * 1000;
const FINISHED = Date.parse('2026-12-01T09:00:00.000Z');
const day = (n: number, hours = 1) => FINISHED + n * DAY + hours * 60 * 60 * 1000;
const LESSON = 'recognise-scams';

/** A learner who passed the lesson's quiz at FINISHED, and nothing else. */
function finishedLearner(): StoredProgress {
  const at = new Date(FINISHED).toISOString();
  const record: LessonRecord = {
    firstVisited: at,
    stepsChecked: [],
    attempts: [],
    bestScore: 100,
    completed: at,
    practice: [],
  };
  return {
    format: 'hoc-so-progress',
    version: PROGRESS_VERSION,
    current: 'main',
    profiles: { main: { name: '', created: at, learnerId: '0a1b2c3d4e5f', lessons: { [LESSON]: record } } },
  };
}

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('hoc-so:progress') ?? 'null') as StoredProgress);
const reviewsOf = async (page: Page) => (await stored(page)).profiles.main!.lessons[LESSON]!.reviews ?? [];

/** The home page at the page clock's time, with the offer's code run (it draws nothing when none is due). */
async function openHome(page: Page, lang: 'vi' | 'en'): Promise<void> {
  await gotoSettled(page, at(`/${lang}/`));
  await page.waitForFunction(() => customElements.get('review-offer') !== undefined);
}

const offer = (page: Page, lang: 'vi' | 'en') =>
  page.getByRole('heading', { name: t[lang]('review.offerHeading'), exact: true });

/** Does the review the home page offers, by keyboard: three questions, the last one answered wrong. */
async function doReview(page: Page, lang: 'vi' | 'en', seen: string[]): Promise<string[]> {
  const say = t[lang];
  await tabTo(page, (f) => f.tag === 'a' && f.text === say('review.start'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/review\/$/);
  const questions = await readQuiz(page);
  expect(questions).toHaveLength(3);
  for (const q of questions) expect(seen, `question ${q.id} was shown before`).not.toContain(q.id);
  for (const [i, q] of questions.entries())
    await answerWithKeyboard(page, q, i < 2 ? 'right' : 'wrong', UI[lang].check);
  await expect(
    page.getByRole('status').filter({ hasText: pattern(lang, 'review.result', { correct: 2, total: 3 }) }),
  ).toBeVisible();
  // Each answer named the trick it was about.
  await expect(page.locator('.review-technique:visible')).toHaveCount(3);
  return questions.map((q) => q.id);
}

for (const lang of ['vi', 'en'] as const) {
  const say = t[lang];

  test(`${lang}: a review comes back at 14 and at 28 days, three unseen questions each time, done by keyboard and recorded`, async ({
    page,
  }) => {
    // Two reviews by keyboard and a dozen page loads.
    test.setTimeout(90_000);
    await page.clock.install({ time: day(0) });
    await page.goto(at(`/${lang}/`));
    await page.evaluate(
      (state) => localStorage.setItem('hoc-so:progress', JSON.stringify(state)),
      finishedLearner(),
    );

    await page.clock.setSystemTime(day(13, 23));
    await openHome(page, lang);
    await expect(offer(page, lang)).toHaveCount(0);

    await page.clock.setSystemTime(day(14));
    await openHome(page, lang);
    await expect(offer(page, lang)).toBeVisible();
    await expect(page.locator('review-offer')).toContainText(pattern(lang, 'review.offer1'));
    // The offer and the review done pass axe in both themes (the crawl sees neither: nothing is due there).
    for (const scheme of ['light', 'dark'] as const)
      expect(await axeInScheme(page, scheme), `axe, offer, ${scheme}`).toEqual([]);
    const first = await doReview(page, lang, []);
    for (const scheme of ['light', 'dark'] as const)
      expect(await axeInScheme(page, scheme), `axe, review done, ${scheme}`).toEqual([]);
    await expect(page.locator('review-session')).toContainText(say('review.due1'));
    // Recorded, and still there after a reload.
    await page.reload();
    expect(await reviewsOf(page)).toEqual([
      expect.objectContaining({ round: 1, questions: first, correct: 2 }),
    ]);
    await openHome(page, lang);
    await expect(offer(page, lang)).toHaveCount(0);

    await page.clock.setSystemTime(day(28));
    await openHome(page, lang);
    await expect(page.locator('review-offer')).toContainText(pattern(lang, 'review.offer2'));
    const second = await doReview(page, lang, first);
    await expect(page.locator('review-session')).toContainText(say('review.finished'));
    expect((await reviewsOf(page)).map((r) => [r.round, r.questions])).toEqual([
      [1, first],
      [2, second],
    ]);
    await openHome(page, lang);
    await expect(offer(page, lang)).toHaveCount(0);
  });

  test(`${lang}: "Skip this one" hides the review until the next date, "Tomorrow" for a day`, async ({
    page,
  }) => {
    await page.clock.install({ time: day(0) });
    await page.goto(at(`/${lang}/`));
    await page.evaluate(
      (state) => localStorage.setItem('hoc-so:progress', JSON.stringify(state)),
      finishedLearner(),
    );

    await page.clock.setSystemTime(day(15));
    await openHome(page, lang);
    await tabTo(page, (f) => f.tag === 'button' && f.text === say('review.dismiss'));
    await page.keyboard.press('Enter');
    // The buttons are gone; focus is on what replaced them.
    await expect(page.getByRole('status').filter({ hasText: say('review.dismissed') })).toBeFocused();
    for (const n of [15, 27]) {
      await page.clock.setSystemTime(day(n, 23));
      await openHome(page, lang);
      await expect(offer(page, lang), `day ${n}`).toHaveCount(0);
    }

    await page.clock.setSystemTime(day(28));
    await openHome(page, lang);
    await expect(page.locator('review-offer')).toContainText(pattern(lang, 'review.offer2'));
    await tabTo(page, (f) => f.tag === 'button' && f.text === say('review.later'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: say('review.snoozed') })).toBeFocused();
    await page.clock.setSystemTime(day(28, 23));
    await openHome(page, lang);
    await expect(offer(page, lang)).toHaveCount(0);
    await page.clock.setSystemTime(day(29, 2));
    await openHome(page, lang);
    await expect(offer(page, lang)).toBeVisible();
    // Nothing was done: no review recorded, the skip and the snooze kept.
    await page.reload();
    const record = (await stored(page)).profiles.main!.lessons[LESSON]!;
    expect(record.reviews).toBeUndefined();
    const [skip, snooze] = record.reviewPutOff ?? [];
    expect(skip).toEqual({ round: 1, until: null });
    expect(snooze?.round).toBe(2);
    // A day from when "Tomorrow" was pressed (the page's clock runs on by itself meanwhile).
    expect(Date.parse(snooze?.until ?? '')).toBeGreaterThanOrEqual(day(29));
    expect(Date.parse(snooze?.until ?? '')).toBeLessThan(day(29) + 60_000);
  });
}
