import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { CourseLesson } from '../../src/lib/course-catalog';
import { UI, answerWithMouse, readQuiz } from './quiz';
import { currentSite } from './site';
import { t, type Locale } from './ui';

// Finishing a lesson (issue #19, item 6): a short, calm celebration in the quiz's result: a check
// that draws itself, the lesson's topic icon filled in, and "you have finished 3/13". It is read
// out by the result's live region, and still when the learner asks for less motion.

const shots = join(import.meta.dirname, '..', '..', '.cache', 'test-reports', 'screenshots');

const courseSize = (locale: Locale) =>
  (JSON.parse(readFileSync(join(currentSite().dist, locale, 'catalog.json'), 'utf8')) as CourseLesson[])
    .length;

async function passQuiz(page: Page, locale: Locale, slug: string) {
  await page.goto(`${locale}/lessons/${slug}/`);
  for (const q of await readQuiz(page)) await answerWithMouse(page, q, 'right', UI[locale].check);
}

const verdict = (page: Page) => page.locator('lesson-quiz [data-quiz-result] .verdict');

for (const locale of ['vi', 'en'] as const) {
  test(`finishing a lesson celebrates it, counts the course and announces it (${locale})`, async ({
    page,
  }, testInfo) => {
    const total = courseSize(locale);
    await passQuiz(page, locale, 'install-vneid');

    const result = page.locator('lesson-quiz [data-quiz-result]');
    await expect(result).toHaveAttribute('role', 'status');
    const doneOne = t[locale]('quiz.doneCount', { done: 1, courseSize: total });
    await expect(result).toContainText(UI[locale].passed);
    await expect(result).toContainText(doneOne);

    // The check and the topic's icon: pictures only, the words say it all.
    const icons = verdict(page).locator('svg');
    await expect(icons).toHaveCount(2);
    for (const icon of await icons.all()) await expect(icon).toHaveAttribute('aria-hidden', 'true');
    await expect(icons.nth(1).locator('use')).toHaveAttribute('href', /\/icons\/topics\.svg#vneid$/);
    // The same icon as the lesson's header shows, drawn from the sprite: a real size, not empty.
    const box = await icons.nth(1).boundingBox();
    expect(box?.width, 'the topic icon is drawn at its size').toBeGreaterThanOrEqual(40);
    // The check draws itself.
    expect(
      await icons
        .first()
        .locator('path')
        .evaluate((p) => getComputedStyle(p).animationName),
    ).toBe('draw');

    mkdirSync(shots, { recursive: true });
    const file = join(shots, `lesson-done-${locale}.png`);
    await verdict(page).scrollIntoViewIfNeeded();
    // The picture once the check is drawn, as a learner sees it 0.7 s on (not half a stroke).
    await icons
      .first()
      .locator('path')
      .evaluate((p) => Promise.all(p.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: file });
    await testInfo.attach(`lesson done, ${locale}`, { path: file, contentType: 'image/png' });

    // A second lesson done: the count goes up.
    await passQuiz(page, locale, 'scan-to-pay');
    await expect(page.locator('lesson-quiz [data-quiz-result]')).toContainText(
      t[locale]('quiz.doneCount', { done: 2, courseSize: total }),
    );
    await expect(verdict(page).locator('svg use')).toHaveAttribute('href', /#qr-payments$/);
  });
}

test('with less motion asked for, the check is drawn at once', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await passQuiz(page, 'vi', 'install-vneid');
  await expect(verdict(page)).toContainText(UI.vi.passed);
  const path = verdict(page).locator('svg').first().locator('path');
  expect(await path.evaluate((p) => getComputedStyle(p).animationName)).toBe('none');
  expect(await path.evaluate((p) => getComputedStyle(p).strokeDasharray)).toBe('none');
  await context.close();
});

test('a quiz not passed shows no celebration', async ({ page }) => {
  await page.goto('en/lessons/install-vneid/');
  for (const q of await readQuiz(page)) await answerWithMouse(page, q, 'wrong', UI.en.check);
  await expect(page.locator('lesson-quiz [data-quiz-result]')).toHaveAttribute('data-result', 'wrong');
  await expect(verdict(page).locator('svg')).toHaveCount(0);
  await expect(page.locator('lesson-quiz [data-quiz-result]')).not.toContainText(
    t.en('quiz.doneCount', { done: 0, courseSize: courseSize('en') }).split('0')[0]!,
  );
});
