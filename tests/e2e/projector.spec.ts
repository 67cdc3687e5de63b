import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './checks';
import { UI, recordedLessons } from './quiz';
import { builtPages } from './site';
import { pattern, t } from './ui';

const position = (page: Page) => page.locator('projector-deck .position');
const current = (page: Page) => page.locator('[data-screen]:not([hidden])');
const total = (page: Page) => page.locator('[data-screen]').count();
const present = '/vi/lessons/install-vneid/present/';

test.use({ viewport: { width: 1280, height: 720 } });

/**
 * The decks driven in the browser: per language, the first with each kind of last question (the
 * screen End goes to, whose reveal differs by kind). Every deck's screens are checked in the built
 * HTML (tests/site/present-decks.test.ts); the keys, the URL and the speaker view below are the
 * same code on every deck.
 */
const lastQuestionKind = (html: string) => {
  const questions = [...html.matchAll(/<(quiz-choice|quiz-order|quiz-red-flags)\b([^>]*)>/g)];
  const [, tag, attributes] = questions.at(-1)!;
  return `${tag!}${/\btype="([a-z-]+)"/.exec(attributes!)?.[1] ?? ''}`;
};
const drivenDecks = (() => {
  const seen = new Set<string>();
  return builtPages().filter((p) => {
    if (p.kind !== 'present') return false;
    const key = `${p.lang} ${lastQuestionKind(readFileSync(p.file, 'utf8'))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
})();

for (const lesson of drivenDecks) {
  test(`${lesson.path}: title, steps and quiz screens; reveal shows the right answer; nothing recorded`, async ({
    page,
  }) => {
    await page.goto(lesson.path);
    const lessonPage = readFileSync(lesson.file.replace('/present/index.html', '/index.html'), 'utf8');
    // As a reader sees it: the built HTML writes an apostrophe as &#39;.
    const title = lessonPage
      .match(/<h1[^>]*>([^<]*)<\/h1>/)![1]!
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    await expect(current(page).locator('h1')).toHaveText(title);
    const n = await total(page);
    expect(n).toBeGreaterThanOrEqual(6);
    await expect(position(page)).toHaveText(t[lesson.lang]('present.position', { n: 1, total: n }));
    await page.keyboard.press('End');
    await expect(current(page)).toHaveAttribute('data-kind', 'question');
    const question = current(page).locator('quiz-choice, quiz-order, quiz-red-flags');
    await expect(question.getByRole('button', { name: UI[lesson.lang].check, exact: true })).toHaveCount(0);
    await expect(question.getByRole('status')).toBeEmpty();
    await page.keyboard.press('r');
    await expect(question.getByRole('status')).not.toBeEmpty();
    const right = await question.evaluate((el) => {
      if (el.localName === 'quiz-order')
        return [...el.querySelectorAll('.order-item')].every(
          (li) => li.getAttribute('data-result') === 'correct',
        );
      if (el.localName === 'quiz-red-flags') {
        return [...el.querySelectorAll('.rf-part')].every(
          (p) => p.hasAttribute('data-flag') === (p.getAttribute('data-result') === 'correct'),
        );
      }
      return [...el.querySelectorAll('.quiz-option')].every(
        (o) => o.hasAttribute('data-correct') === (o.getAttribute('data-result') === 'correct'),
      );
    });
    expect(right, 'reveal marks exactly the right answer').toBe(true);
    expect(await recordedLessons(page)).toEqual({});
  });
}

test('keys a clicker sends, Home/End and the on-screen buttons move between screens', async ({ page }) => {
  await page.goto(present);
  const n = await total(page);
  for (const [key, expected] of [
    ['ArrowRight', 2],
    ['Space', 3],
    ['PageDown', 4],
    ['ArrowLeft', 3],
    ['PageUp', 2],
    ['End', n],
    ['ArrowRight', n],
    ['Home', 1],
    ['ArrowLeft', 1],
  ] as const) {
    await page.keyboard.press(key);
    await expect(position(page), key).toHaveText(t.vi('present.position', { n: expected, total: n }));
  }
  await page.getByRole('button', { name: t.vi('present.next') }).click();
  await expect(position(page)).toHaveText(t.vi('present.position', { n: 2, total: n }));
  await page.getByRole('button', { name: t.vi('present.prev') }).click();
  await expect(position(page)).toHaveText(t.vi('present.position', { n: 1, total: n }));
});

test('the URL keeps the screen: reload and shared links return to it', async ({ page }) => {
  await page.goto(present);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#3$/);
  await page.reload();
  await expect(position(page)).toHaveText(pattern('vi', 'present.position', { n: 3 }));
  await page.goto(`${present}#5`);
  await page.reload();
  await expect(position(page)).toHaveText(pattern('vi', 'present.position', { n: 5 }));
});

test('F toggles full screen and Esc goes back to the lesson', async ({ page }) => {
  await page.goto(present);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/vi/lessons/install-vneid/');
});

test('title, step and quiz screens pass axe and are captured at 1280×720', async ({ page }) => {
  await page.goto(present);
  const kinds = await page
    .locator('[data-screen]')
    .evaluateAll((screens) => screens.map((s) => s.getAttribute('data-kind')));
  for (const kind of ['title', 'step', 'question']) {
    const index = kinds.indexOf(kind);
    await page.goto(`${present}#${index + 1}`);
    await page.reload();
    await expect(current(page)).toHaveAttribute('data-kind', kind);
    expect(await axeViolations(page), kind).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`projector-${kind}.png`) });
  }
});

test('the speaker view follows the main screen and shows notes, the next screen and a timer', async ({
  context,
}) => {
  const main = await context.newPage();
  await main.goto(present);
  const speaker = await context.newPage();
  await speaker.goto(`${present}?view=speaker`);
  const panel = speaker.locator('projector-deck .speaker');
  await expect(panel).toContainText(t.vi('present.notes'));
  await expect(panel.locator('.timer')).toHaveText(/\d\d:\d\d/);
  await expect(panel.locator('.next')).not.toBeEmpty();
  await expect(speaker.locator('.deck-plan')).toBeVisible();
  await expect(main.locator('.deck-plan')).toBeHidden();

  await main.bringToFront();
  await main.keyboard.press('ArrowRight');
  await main.keyboard.press('ArrowRight');
  await expect(speaker.locator('projector-deck .position')).toHaveText(
    pattern('vi', 'present.position', { n: 3 }),
  );
  const nextTitle = await main.locator('[data-screen]').nth(3).getAttribute('data-title');
  await expect(panel.locator('.next')).toHaveText(nextTitle!);
  // Driving from the speaker view moves the main screen too.
  await speaker.bringToFront();
  await speaker.keyboard.press('ArrowLeft');
  await expect(main.locator('projector-deck .position')).toHaveText(
    pattern('vi', 'present.position', { n: 2 }),
  );
});

test('trainer notes written in a section show in the speaker view, never on the learner’s page', async ({
  page,
}) => {
  await page.goto('/vi/lessons/install-vneid/');
  await expect(page.locator('.trainer-note')).toHaveCount(0);
  await page.goto(`${present}?view=speaker`);
  const withNotes = await page
    .locator('[data-screen]')
    .evaluateAll((screens) =>
      screens.findIndex(
        (s) => s.querySelectorAll('.screen-notes p').length > 0 && s.getAttribute('data-kind') !== 'title',
      ),
    );
  expect(withNotes).toBeGreaterThan(0);
  await page.goto(`${present}?view=speaker#${withNotes + 1}`);
  await page.reload();
  const note = await page
    .locator('[data-screen]')
    .nth(withNotes)
    .locator('.screen-notes p')
    .first()
    .textContent();
  await expect(page.locator('projector-deck .speaker .notes')).toContainText(note!);
});

for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: the trainer hub links each topic's plans; each lesson's plan prints on its own A4 page`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/trainer/`);
    const topics = await page
      .locator('#plans + p + ul a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    const lessons = builtPages().filter((p) => p.kind === 'lesson' && p.lang === lang);
    expect(topics.length).toBeGreaterThan(1);
    let plans = 0;
    for (const href of topics) {
      await page.goto(href);
      const count = await page.locator('article.plan').count();
      expect(count, href).toBeGreaterThan(0);
      plans += count;
      for (const plan of await page.locator('article.plan').all()) {
        await expect(plan.getByRole('link', { name: t[lang]('trainer.present') })).toHaveAttribute(
          'href',
          /\/present\/$/,
        );
        await expect(plan.locator('ol li').first()).toBeVisible();
      }
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
      });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // A cover page with the topic's lessons, then one page per plan: a plan that spilled over
      // would add pages.
      expect(pages, href).toBe(count + 1);
    }
    // Every lesson has its plan, under its own topic.
    expect(plans).toBe(lessons.length);
  });
}
