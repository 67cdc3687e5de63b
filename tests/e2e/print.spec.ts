import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  MIN_PRINT_FONT_PX,
  PRINT_AREA,
  normalise,
  pageWith,
  printToPdf,
  qrOnPage,
  type PrintedPdf,
} from './pdf';
import { gotoSettled } from './checks';
import { reachQuiz } from './quiz';
import { builtPages, quizSampleLessons, siteUrl } from './site';
import { lead, t, type Locale } from './ui';

/** The repository root: the guides page must list whatever content/ holds. */
const root = join(import.meta.dirname, '..', '..');

// Printable guides (issue 9): every lesson prints as an A4 guide from its print page (which alone
// adds the answer key), and as the same guide from its lesson page (compared on the lessons whose
// quizzes use every question type); booklets print a cover and then each guide from a new page.

/** The guide's words, from the site's strings. */
const words = (lang: Locale) => ({
  answers: lead(lang, 'guide.answerKey'),
  page: t[lang]('guide.page'),
  updated: lead(lang, 'lesson.updated'),
  trackUpdated: lead(lang, 'guide.updated'),
  scan: t[lang]('guide.scan'),
});
const UI = { vi: words('vi'), en: words('en') };

/** What must not show on paper: the site's chrome and every control (incl. inside elements). */
async function visibleControls(page: Page): Promise<string[]> {
  return page
    .locator('button, nav, input, select, textarea, summary, .site-header, .site-footer, .skip-link')
    .evaluateAll((els) =>
      els
        .filter((el) => el.checkVisibility())
        .map((el) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}"`),
    );
}

/** Text smaller than 14 pt anywhere in the guide, as laid out for print. */
function smallPrintText(page: Page): Promise<string[]> {
  return page.locator('.guide').evaluateAll((guides, min) => {
    const problems: string[] = [];
    for (const guide of guides) {
      const walker = document.createTreeWalker(guide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement!;
        if (!node.textContent?.trim() || !el.checkVisibility()) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < min) problems.push(`"${node.textContent.trim().slice(0, 30)}" is ${size.toFixed(1)}px`);
      }
    }
    return problems;
  }, MIN_PRINT_FONT_PX - 0.05);
}

/** Boxes that must never split: each must ask not to, and must fit on one printed page. */
function splittableBoxes(page: Page): Promise<string[]> {
  return page
    .locator(
      '.guide :is(.step, .stop-check, .quiz-item, .who-to-call, .get-help, .guide-head, .answer-list > li, .paper-question, .paper-answers > li, .paper-end)',
    )
    .evaluateAll((boxes, maxHeight) => {
      const problems: string[] = [];
      for (const box of boxes) {
        const name = `${box.classList.value} "${box.textContent.trim().slice(0, 30)}"`;
        if (getComputedStyle(box).breakInside !== 'avoid') problems.push(`${name} may break inside`);
        const height = box.getBoundingClientRect().height;
        if (height > maxHeight) problems.push(`${name} is ${Math.round(height)}px, taller than a page`);
      }
      return problems;
    }, PRINT_AREA.height);
}

/** Each step's heading as printed ("STEP 2 Title") and the last words of its text. */
function stepEnds(page: Page): Promise<{ title: string; tail: string }[]> {
  return page.locator('.guide .step').evaluateAll((steps) =>
    steps.map((step) => {
      const label = step.querySelector('.step-number')!.getAttribute('data-label')!;
      const n = [...step.parentElement!.children].indexOf(step) + 1;
      const words = (step.querySelector('.step-text')?.textContent ?? '').trim().split(/\s+/);
      return {
        title: `${label.toLocaleUpperCase(document.documentElement.lang)} ${n} ${step.querySelector('h3')!.textContent.trim()}`,
        tail: words.slice(-4).join(' '),
      };
    }),
  );
}

function expectRunningHeadAndFoot(pdf: PrintedPdf, title: string, lang: 'vi' | 'en', skip = 0) {
  pdf.pages.forEach((text, i) => {
    if (i < skip) return;
    expect(text.startsWith(normalise(title)), `page ${i + 1} is headed by the lesson title`).toBe(true);
    expect(text, `page ${i + 1} is numbered`).toMatch(
      new RegExp(`${UI[lang].page} ${i + 1}/${pdf.pages.length}`),
    );
  });
}

/**
 * The lessons whose own page is printed too, to compare with their print page: the same article and
 * stylesheet make the two alike on every lesson, so the lessons whose quizzes use every question
 * type stand for all (quiz elements are the part that differs once their code has loaded).
 */
const comparedWithLessonPage = new Set(quizSampleLessons().map((lesson) => lesson.path));

for (const print of builtPages().filter((p) => p.kind === 'print')) {
  const lessonPath = print.path.replace(/print\/$/, '');
  const lang = print.lang;
  const compared = comparedWithLessonPage.has(lessonPath);

  test(`${lessonPath} prints as the A4 guide${compared ? ', the same from the lesson page and its print page' : ''}`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: Math.floor(PRINT_AREA.width), height: 900 });
    await gotoSettled(page, print.path);
    const title = (await page.locator('.guide h1').textContent())!.trim();
    const track = (await page.locator('.guide-head').textContent())!;
    const guide = await printToPdf(page, info.outputPath('print-page.pdf'));

    // A sane length: a real guide, not a stub and not a runaway layout.
    expect(guide.pages.length).toBeGreaterThanOrEqual(3);
    expect(guide.pages.length).toBeLessThanOrEqual(16);
    expectRunningHeadAndFoot(guide, title, lang);
    expect(track).toContain(UI[lang].trackUpdated.trim());

    // First page: the title, the short address and a QR code that opens the lesson.
    expect(guide.pages[0]).toContain(normalise(title));
    expect(guide.pages[0]).toContain(UI[lang].scan);
    expect(guide.pages[0]).toContain(siteUrl(lessonPath).replace(/^https?:\/\//, ''));
    expect(qrOnPage(guide.file, 1)).toBe(siteUrl(lessonPath));

    // No step split between pages: its title and its last words print on the same page.
    let from = 0;
    for (const step of await stepEnds(page)) {
      const start = pageWith(guide, step.title, from);
      expect(start, `step "${step.title}" printed`).toBeGreaterThanOrEqual(0);
      expect(pageWith(guide, step.tail, start), `step "${step.title}" ends on its own page`).toBe(start);
      from = start;
    }

    // The answer key is last and starts its own page, after the page with the sources' date.
    const answers = pageWith(guide, `${UI[lang].answers}${title}`);
    expect(answers, 'answer key printed').toBeGreaterThan(0);
    expect(pageWith(guide, UI[lang].updated)).toBeLessThan(answers);

    // As laid out for print: no chrome or controls, text ≥ 14 pt, unsplittable boxes that fit.
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toEqual([]);
    expect(await smallPrintText(page)).toEqual([]);
    expect(await splittableBoxes(page)).toEqual([]);
    if (!compared) return;

    // Printing the interactive lesson page gives the same guide, with its quiz's code loaded (until
    // then the quiz is the very HTML the print page has), up to the answer key, which only the
    // print page carries: the lesson page shows each answer as it is checked (issue #19's budget).
    await page.emulateMedia({ media: null });
    await gotoSettled(page, lessonPath);
    await reachQuiz(page);
    const fromLesson = await printToPdf(page, info.outputPath('lesson-page.pdf'));
    expectRunningHeadAndFoot(fromLesson, title, lang);
    const unnumbered = (pages: string[]) =>
      pages.map((text) => text.replace(new RegExp(`(${UI[lang].page} \\d+)/\\d+`), '$1'));
    expect(unnumbered(fromLesson.pages)).toEqual(unnumbered(guide.pages.slice(0, answers)));
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toEqual([]);
  });
}

for (const booklet of builtPages().filter((p) => p.kind === 'booklet')) {
  test(`${booklet.path} prints a cover, then each guide from a new page`, async ({ page }, info) => {
    await gotoSettled(page, booklet.path);
    const titles = await page.locator('article.guide h1').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const pdf = await printToPdf(page, info.outputPath('booklet.pdf'));

    // The cover lists the track's lessons and has no running header.
    const cover = pdf.pages[0]!;
    expect(cover).toContain(normalise((await page.locator('.booklet-cover h1').textContent())!));
    for (const title of titles) expect(cover).toContain(normalise(title));
    expect(cover).not.toMatch(new RegExp(`${UI[booklet.lang].page} 1/`));

    // Each guide starts a page: its first page opens with its QR box, and its title heads every
    // page until the next guide begins.
    const headedBy = (p: number, title: string) => pdf.pages[p]!.startsWith(normalise(title));
    let start = 1;
    for (const [i, title] of titles.entries()) {
      expect(headedBy(start, title), `guide ${i + 1} starts on page ${start + 1}`).toBe(true);
      expect(pdf.pages[start]).toContain(UI[booklet.lang].scan);
      let next = start + 1;
      while (next < pdf.pages.length && headedBy(next, title)) next++;
      expect(next - start, `guide ${i + 1} pages`).toBeGreaterThanOrEqual(3);
      start = next;
    }
    expect(start).toBe(pdf.pages.length);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toEqual([]);
    expect(await smallPrintText(page)).toEqual([]);
  });
}

// A simulation's paper exercise (issue #21): the screens drawn as phones, each with its question
// and a box to tick by each choice, then from a new page the answers and the endings.
for (const paper of builtPages().filter((p) => p.kind === 'paper')) {
  const practicePath = paper.path.replace(/print\/$/, '');
  const lang = paper.lang;
  const say = t[lang];

  test(`${practicePath} prints as a paper exercise with its answers at the end`, async ({ page }, info) => {
    await page.setViewportSize({ width: Math.floor(PRINT_AREA.width), height: 900 });
    await gotoSettled(page, paper.path);
    const title = (await page.locator('.guide h1').textContent())!.trim();
    const questions = await page.locator('.paper-question').evaluateAll((boxes) =>
      boxes.map((box) => ({
        heading: box.querySelector('h3')!.textContent.trim(),
        options: [...box.querySelectorAll('.paper-options > li')].map((li) => li.textContent.trim()),
      })),
    );
    const traps = await page.locator('.paper-answers strong', { hasText: '⚠' }).count();
    const pdf = await printToPdf(page, info.outputPath('paper.pdf'));

    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    expect(pdf.pages.length).toBeLessThanOrEqual(16);
    expectRunningHeadAndFoot(pdf, title, lang);

    // First page: the title, and a QR code and short address that open the practice page.
    expect(pdf.pages[0]).toContain(normalise(title));
    expect(pdf.pages[0]).toContain(normalise(say('paper.scan')));
    expect(pdf.pages[0]).toContain(siteUrl(practicePath).replace(/^https?:\/\//, ''));
    expect(qrOnPage(pdf.file, 1)).toBe(siteUrl(practicePath));

    // Every screen is a question, in order, each whole on one page with every choice to tick.
    expect(questions.length).toBeGreaterThanOrEqual(3);
    let from = 0;
    for (const question of questions) {
      const at = pageWith(pdf, question.heading, from);
      expect(at, `"${question.heading}" printed`).toBeGreaterThanOrEqual(0);
      expect(question.options.length, `"${question.heading}" has choices`).toBeGreaterThanOrEqual(2);
      for (const option of question.options)
        expect(
          pageWith(pdf, option.split(/\s+/).slice(-4).join(' '), at),
          `${option} with its question`,
        ).toBe(at);
      from = at;
    }

    // The answers start a page of their own after the last question, name every trap, and end
    // with how each ending goes.
    const key = pageWith(pdf, lead(lang, 'paper.key'));
    expect(key, 'answers printed').toBeGreaterThan(from);
    expect(pdf.pages[key], 'no question shares the first page of answers').not.toContain(
      normalise(say('paper.ask')),
    );
    expect(traps, 'the key marks the traps').toBeGreaterThan(0);
    expect(pageWith(pdf, say('paper.endings'), key)).toBeGreaterThanOrEqual(key);
    expect(pageWith(pdf, say('sim.safeEnd'), key)).toBeGreaterThanOrEqual(key);

    // As laid out for print: no chrome or controls, text ≥ 14 pt, unsplittable boxes that fit.
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toEqual([]);
    expect(await smallPrintText(page)).toEqual([]);
    expect(await splittableBoxes(page)).toEqual([]);
  });
}

test('a practice page links to its paper exercise, which leads back to it', async ({ page }) => {
  await page.goto('/vi/lessons/install-vneid/practice/');
  await page.getByRole('link', { name: t.vi('paper.printLink') }).click();
  await expect(page).toHaveURL('/vi/lessons/install-vneid/practice/print/');
  await page.getByRole('link', { name: t.vi('paper.backToPractice') }).click();
  await expect(page).toHaveURL('/vi/lessons/install-vneid/practice/');
});

test('the Print button opens the print dialog, by mouse and by keyboard', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('/vi/lessons/scan-to-pay/print/');
  const button = page.getByRole('button', { name: t.vi('guide.printButton'), exact: true });
  await button.click();
  await button.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
  await page.getByRole('link', { name: t.vi('guide.backToLesson') }).click();
  await expect(page).toHaveURL('/vi/lessons/scan-to-pay/');
});

test('the guides page lists every lesson’s guide and every topic’s booklet, in both languages', async ({
  page,
}) => {
  for (const lang of ['vi', 'en'] as const) {
    await page.goto(`/${lang}/guides/`);
    const prints = builtPages().filter((p) => p.kind === 'print' && p.lang === lang);
    const booklets = builtPages().filter((p) => p.kind === 'booklet' && p.lang === lang);
    for (const p of prints) await expect(page.locator(`a[href="${p.path}"]`)).toHaveCount(1);
    for (const b of booklets) await expect(page.locator(`a[href="${b.path}"]`)).toHaveCount(1);
    // One guide per lesson and one booklet per topic, as many as content/ holds.
    expect(prints.length).toBe(
      readdirSync(join(root, 'content/lessons', lang)).filter((f) => f.endsWith('.mdx')).length,
    );
    expect(booklets.length).toBe(
      readdirSync(join(root, 'content/tracks')).filter((f) => f.endsWith('.json')).length,
    );
  }
});
