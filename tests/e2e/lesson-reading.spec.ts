import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { quizMinutes } from '../../src/lib/build/reading-aids';
import { gotoSettled, settleAfter } from './checks';
import { printToPdf } from './pdf';
import { at } from './site';
import { t, type Locale } from './ui';

// The lesson page's reading aids (issue #19, point 4), checked by where things are drawn, not by
// pixels: the progress line, the "In this lesson" list, numbered steps with their pictures, the
// quiz's introduction, and none of it on paper.

const LESSONS: ReadonlyArray<{ lang: Locale; path: string }> = [
  { lang: 'vi', path: '/vi/lessons/activate-vneid/' },
  { lang: 'en', path: '/en/lessons/scan-to-pay/' },
];
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 720 };
const SCREENSHOTS = join(process.cwd(), '.cache/test-reports/screenshots');

const box = async (locator: Locator) => (await locator.boundingBox())!;
const barWidth = (page: Page) =>
  page.locator('.reading-progress').evaluate((el) => el.getBoundingClientRect().width);

/**
 * The page's headings as Chromium's accessibility tree names them. Playwright's own name
 * computation skips generated content's alternative text, which is where a step badge says "Step n".
 */
async function headingNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{ role?: { value?: string }; name?: { value?: string } }>;
  };
  await cdp.detach();
  return nodes.filter((n) => n.role?.value === 'heading').map((n) => n.name?.value ?? '');
}

/** Scrolls to a share of the way down (0 to 1) and waits for the next frame to be drawn. */
async function scrollToShare(page: Page, share: number) {
  await page.evaluate(async (s) => {
    window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * s);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, share);
}

/** Scrolls a part to the top of the window, then lets parts loaded on the way settle and a frame draw. */
async function scrollToPart(page: Page, selector: string) {
  await settleAfter(page, () =>
    page.evaluate(async (s) => {
      document.querySelector(s)!.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, selector),
  );
}

for (const { lang, path } of LESSONS)
  test.describe(path, () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const)
      test(`the progress line stays at the top and grows as the lesson is read (motion: ${reducedMotion})`, async ({
        page,
      }) => {
        await page.setViewportSize(PHONE);
        await page.emulateMedia({ reducedMotion });
        await gotoSettled(page, at(path));
        const bar = page.locator('.reading-progress');
        await expect(bar).toHaveAttribute('aria-hidden', 'true');
        expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');

        const widths: number[] = [];
        for (const share of [0, 0.5, 1]) {
          await scrollToShare(page, share);
          expect((await box(bar)).y, `top at ${share}`).toBe(0);
          widths.push(await barWidth(page));
        }
        expect(widths[0]).toBeLessThan(2);
        expect(widths[1]).toBeGreaterThan(PHONE.width * 0.4);
        expect(widths[1]).toBeLessThan(PHONE.width * 0.6);
        expect(widths[2]).toBeGreaterThan(PHONE.width - 2);
      });

    test('"In this lesson" links each step, and the steps carry a number badge', async ({ page }) => {
      await page.setViewportSize(PHONE);
      await gotoSettled(page, at(path));
      const list = page.getByRole('navigation', { name: t[lang]('lesson.inThisLesson') });
      await expect(list).toBeVisible();
      const links = list.getByRole('link');
      const steps = page.locator('.step');
      const count = await steps.count();
      expect(count).toBeGreaterThan(1);
      await expect(links).toHaveCount(count);

      const headings = await headingNames(page);
      for (let i = 0; i < count; i++) {
        const href = (await links.nth(i).getAttribute('href'))!;
        const step = page.locator(href);
        await expect(step, href).toHaveClass('step');
        await expect(step.locator('h3')).toContainText((await links.nth(i).textContent())!.trim());
        // The badge: a box of its own beside the title, drawn in the accent colour, saying "Step n".
        const badge = step.locator('.step-number');
        await expect(badge).toBeVisible();
        const b = await box(badge);
        expect(b.height).toBeGreaterThanOrEqual(36);
        expect(b.width).toBeGreaterThanOrEqual(b.height - 1);
        const title = (await step.locator('h3').textContent())!.trim();
        expect(headings).toContain(`${t[lang]('lesson.stepLabel', { n: i + 1 })} ${title}`);
      }

      await links.last().click();
      await expect(steps.last()).toBeInViewport();
    });

    test("a step's picture sits beside its words at 1280 px and below them at 360 px", async ({ page }) => {
      const pictured = page.locator('.step:has(> .phone-screen)');
      for (const [viewport, beside] of [
        [DESKTOP, true],
        [PHONE, false],
      ] as const) {
        await page.setViewportSize(viewport);
        await gotoSettled(page, at(path));
        expect(await pictured.count()).toBeGreaterThan(0);
        for (const step of await pictured.all()) {
          const text = await box(step.locator('.step-text'));
          const picture = await box(step.locator('.phone-screen'));
          if (beside) {
            expect(picture.x).toBeGreaterThanOrEqual(text.x + text.width);
            expect(picture.y).toBeLessThan(text.y + text.height);
          } else {
            expect(picture.y).toBeGreaterThanOrEqual(text.y + text.height);
          }
        }
      }
    });

    test('the quiz opens with how many questions it has and about how long it takes', async ({ page }) => {
      await gotoSettled(page, at(path));
      const questions = await page.locator('.quiz .quiz-item').count();
      expect(questions).toBeGreaterThan(0);
      const quiz = page.getByRole('region', { name: t[lang]('quiz.heading') });
      await expect(quiz.locator('.quiz-facts')).toHaveText(
        `${t[lang]('quiz.questionCount', { count: questions })} · ${t[lang]('quiz.aboutMinutes', { minutes: quizMinutes(questions) })}`,
      );
    });

    test('on paper there is no list and no line, as on the print page', async ({ page }, info) => {
      await gotoSettled(page, at(path));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.lesson-toc')).toBeHidden();
      await expect(page.locator('.reading-progress')).toBeHidden();
      await expect(page.locator('.quiz-facts')).toBeHidden();
      await page.emulateMedia({ media: null });
      const pdf = await printToPdf(page, info.outputPath('lesson.pdf'));
      expect(pdf.pages.join(' ')).not.toContain(t[lang]('lesson.inThisLesson'));
      // Its first two pages as pictures, to look at beside the print page's.
      mkdirSync(SCREENSHOTS, { recursive: true });
      const stem = join(SCREENSHOTS, `print-${lang}`);
      execFileSync('pdftoppm', ['-f', '1', '-l', '2', '-r', '60', '-png', pdf.file, stem]);

      await gotoSettled(page, at(`${path}print/`));
      await expect(page.locator('.lesson-toc, .reading-progress, .quiz-facts:visible')).toHaveCount(0);
    });

    test('screenshots: the top and the quiz, on a phone and a desktop, light and dark', async ({ page }) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const viewport of [PHONE, DESKTOP])
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          await gotoSettled(page, at(path));
          const name = `lesson-${lang}-${viewport.width}-${colorScheme}`;
          await page.screenshot({ path: join(SCREENSHOTS, `${name}-top.png`) });
          for (const [part, selector] of [
            ['step', '#step-1'],
            ['quiz', '.quiz'],
          ] as const) {
            await scrollToPart(page, selector);
            await page.screenshot({ path: join(SCREENSHOTS, `${name}-${part}.png`) });
          }
        }
    });
  });
