import { expect, test } from '@playwright/test';
import { gotoSettled } from './checks';
import { recordShifts, shiftsOnOpening, shiftsWhileScrolling } from './page-bars';
import { at, samplePages } from './site';
import { t } from './ui';

// Nothing on a page moves by itself (issue #18). The crawl checks every page at its desktop size
// in light; here one page of each kind on a phone in light and dark, and on a desktop in dark.

for (const [width, height, scheme] of [
  [360, 800, 'light'],
  [360, 800, 'dark'],
  [1280, 720, 'dark'],
] as const)
  test.describe(`${width} px, ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });
    for (const built of samplePages().filter((p) => p.kind !== 'root'))
      test(`${built.path}: nothing moves by itself`, async ({ page }) => {
        await recordShifts(page);
        expect(await shiftsOnOpening(page, at(built.path))).toEqual([]);
      });
  });

test('the check sees a part that appears late above the text', async ({ page }) => {
  await recordShifts(page);
  const lesson = samplePages().find((p) => p.kind === 'lesson')!;
  await gotoSettled(page, at(lesson.path));
  await page.evaluate(async () => {
    const late = document.createElement('p');
    late.textContent = 'A notice that appeared late';
    document.querySelector('main .wrap')!.prepend(late);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
  });
  expect(await shiftsWhileScrolling(page)).not.toEqual([]);
});

test('a page that moves each time it opens still fails when measured a second time', async ({ page }) => {
  await recordShifts(page);
  // On every opening, a notice drawn late above the lesson's text.
  await page.addInitScript(() =>
    addEventListener('load', () =>
      setTimeout(() => {
        const late = document.createElement('p');
        late.textContent = 'A notice that appeared late';
        document.querySelector('main .wrap')?.prepend(late);
      }, 50),
    ),
  );
  const lesson = samplePages().find((p) => p.kind === 'lesson')!;
  expect(await shiftsOnOpening(page, at(lesson.path))).not.toEqual([]);
  expect(test.info().annotations.map((a) => a.type)).toContain('layout shift on the first opening');
});

// A returning learner's progress overview turns the page's welcome into the lesson to pick up once
// its code runs, after the first paint; the topics below must not move (Lighthouse, which keeps
// the lesson it opened before, saw them jump in English).
for (const lang of ['vi', 'en'] as const)
  for (const slug of ['install-vneid', lang === 'en' ? 'marriage-and-residence' : 'first-steps-smartphone'])
    for (const [width, height] of [
      [412, 823],
      [320, 800],
    ] as const)
      test(`${lang}, ${width} px, ${slug} opened before: the progress overview changes, nothing below it moves`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        await gotoSettled(page, at(`/${lang}/lessons/${slug}/`));
        await recordShifts(page);
        const shifts = await shiftsOnOpening(page, at(`/${lang}/progress/`));
        await expect(page.locator('progress-overview .button-link')).toContainText(
          t[lang]('progress.continue'),
        );
        expect(shifts).toEqual([]);
      });

// The progress page's parts drawn after the first paint sit in boxes the page reserves; each must
// take exactly its box at every width from the narrowest phone to a desktop, or the sections below
// move (at 320 px in English the export part once pushed the footer 36 px).
for (const lang of ['vi', 'en'] as const)
  test(`${lang}: the progress page's late parts fit the room kept for them at every width`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const parts = ['progress-slip', 'signed-receive', 'profile-manager', 'progress-transfer'];
    await page.addInitScript((selectors) => {
      addEventListener('DOMContentLoaded', () =>
        requestAnimationFrame(() => {
          (window as unknown as { painted: number[] }).painted = selectors.map(
            (s) => document.querySelector(s)!.getBoundingClientRect().height,
          );
        }),
      );
    }, parts);
    const problems: string[] = [];
    for (const width of [320, 340, 360, 412, 600, 640, 800, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await gotoSettled(page, at(`/${lang}/progress/`));
      await expect(page.locator('progress-transfer button').first()).toBeVisible();
      const [painted, drawn] = await page.evaluate((selectors) => {
        const heights = selectors.map((s) => document.querySelector(s)!.getBoundingClientRect().height);
        return [(window as unknown as { painted: number[] }).painted, heights];
      }, parts);
      parts.forEach((part, i) => {
        const [before, after] = [painted[i] ?? 0, drawn[i] ?? 0];
        if (Math.abs(before - after) > 0.5) problems.push(`${width} px: ${part} ${before} → ${after} px`);
      });
    }
    expect(problems).toEqual([]);
  });
