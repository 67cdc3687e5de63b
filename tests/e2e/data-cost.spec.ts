import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page, type Request } from '@playwright/test';
import { gotoSettled, scrollToEnd, settleAfter } from './checks';
import { at, currentSite, DIST, mainBuildOnly } from './site';
import { t, type Locale } from './ui';
import type { OfflineIndex, TopicManifest } from '../../src/lib/offline/offline-save';

// The data cost on every lesson card (issue #19): shown everywhere, and true. The build weighs a
// lesson's first visit from its files (src/lib/build/data-cost.ts); here a browser with nothing
// cached opens the lesson, reads it to the end, and the bytes it received are held against the
// card's number. Service workers stay blocked for that (playwright.config.ts): their install
// download is once for the whole site, not part of a lesson's cost.

const PHONE = { width: 360, height: 800 };
/** How far the card's number may be from what the browser transferred. */
const TOLERANCE = 0.1;

/** Each topic of a language, with its lessons' slugs in order (the build's topic lists). */
function topics(lang: Locale): { track: string; slugs: string[] }[] {
  const index = JSON.parse(readFileSync(join(DIST, lang, 'offline.json'), 'utf8')) as OfflineIndex;
  return index.topics.map(({ track }) => {
    const list = JSON.parse(
      readFileSync(join(DIST, lang, 'offline', `${track}.json`), 'utf8'),
    ) as TopicManifest;
    return { track, slugs: list.lessons.map((lesson) => lesson.slug) };
  });
}

/** Weighed in a browser: the first lesson of every Vietnamese topic, and the last of an English one. */
const weighed = [
  ...topics('vi').map(({ track, slugs }) => ({ lang: 'vi' as const, track, slug: slugs[0]! })),
  ...topics('en')
    .slice(-1)
    .map(({ track, slugs }) => ({ lang: 'en' as const, track, slug: slugs.at(-1)! })),
];

/** "≈ 45 KB" or "≈ 1,2 MB" as bytes (a card's number is rounded, so this is the middle of its range). */
function shownBytes(text: string, lang: Locale): number {
  const match = /≈\s*([\d.,]+)\s*(KB|MB)/.exec(text);
  if (!match) throw new Error(`No data cost in "${text}".`);
  const number = Number(
    lang === 'vi' ? match[1]!.replaceAll('.', '').replace(',', '.') : match[1]!.replaceAll(',', ''),
  );
  return number * (match[2] === 'MB' ? 1024 * 1024 : 1024);
}

/** A URL path under the site's base, as the cards' links write it. */
const sitePath = (path: string) => `${currentSite().base}${at(path)}`;

/** The cost a page's card for this lesson shows. */
async function cardCost(page: Page, lang: Locale, slug: string): Promise<string> {
  const cost = page.locator(`.card lesson-cost[page="${sitePath(`/${lang}/lessons/${slug}/`)}"]`);
  await expect(cost).toHaveCount(1);
  return (await cost.textContent()) ?? '';
}

/** A browser context of its own: nothing cached, service workers blocked, the project's address. */
const freshContext = (browser: Browser) =>
  browser.newContext({ baseURL: test.info().project.use.baseURL, serviceWorkers: 'block', viewport: PHONE });

/**
 * Opens a lesson and reads it to the end, slowly enough for its parts to load as they come near,
 * until the network is quiet; returns every response body's bytes as they came over the wire
 * (`responseBodySize`: gzip, as the test server sends text files, like a static host).
 */
async function firstVisit(page: Page, path: string): Promise<{ bytes: number; files: string[] }> {
  const received: Promise<string>[] = [];
  const onFinished = (request: Request) =>
    received.push(
      request
        .sizes()
        .then(({ responseBodySize }) => `${responseBodySize} ${new URL(request.url()).pathname}`),
    );
  page.on('requestfinished', onFinished);
  await gotoSettled(page, at(path));
  await settleAfter(page, () => scrollToEnd(page));
  page.off('requestfinished', onFinished);
  const files = await Promise.all(received);
  return { bytes: files.reduce((sum, line) => sum + Number(line.split(' ')[0]), 0), files };
}

test.use({ viewport: PHONE });

for (const lang of ['vi', 'en'] as const) {
  const topicPage = `/${lang}/tracks/${topics(lang)[0]!.track}/`;
  for (const path of [`/${lang}/`, topicPage])
    test(
      `${path}: every lesson card shows its data cost`,
      mainBuildOnly(path !== '/vi/'),
      async ({ page }) => {
        await page.goto(at(path));
        const cards = page.locator('.lesson-list > .card');
        expect(await cards.count()).toBeGreaterThan(0);
        for (const card of await cards.all()) {
          const cost = card.locator('.meta lesson-cost');
          await expect(cost, await card.locator('a').first().innerText()).toHaveText(
            new RegExp(`^${t[lang]('cost.label')} ≈ \\d+([.,]\\d)? (KB|MB)$`),
          );
          await expect(cost.getByText(/≈/)).toBeVisible();
        }
      },
    );
}

for (const { lang, track, slug } of weighed)
  test(
    `/${lang}/lessons/${slug}/: its card's data cost is within ${TOLERANCE * 100}% of what a first visit transfers`,
    mainBuildOnly(`${lang}/${slug}` !== 'vi/activate-vneid'),
    async ({ browser }) => {
      const cards = await freshContext(browser);
      const lesson = await freshContext(browser);
      try {
        const cardsPage = await cards.newPage();
        await cardsPage.goto(at(`/${lang}/tracks/${track}/`));
        const shown = await cardCost(cardsPage, lang, slug);
        const visit = await firstVisit(await lesson.newPage(), `/${lang}/lessons/${slug}/`);
        const expected = shownBytes(shown, lang);
        const report = `shown "${shown.replace(/^.*≈/, '≈')}" (${expected} B), measured ${visit.bytes} B in ${visit.files.length} responses: ${(((expected - visit.bytes) / visit.bytes) * 100).toFixed(1)}%`;
        console.log(`data cost /${lang}/lessons/${slug}/: ${report}`);
        test.info().annotations.push({ type: 'data cost', description: report });
        await test.info().attach('responses', { body: visit.files.join('\n'), contentType: 'text/plain' });
        expect(Math.abs(expected - visit.bytes), `${report}\n${visit.files.join('\n')}`).toBeLessThanOrEqual(
          visit.bytes * TOLERANCE,
        );
      } finally {
        await cards.close();
        await lesson.close();
      }
    },
  );

test.describe('a lesson kept offline', () => {
  test.use({ serviceWorkers: 'allow' });

  for (const lang of ['vi', 'en'] as const)
    test(
      `${lang}: its card says it is saved instead of its cost; a lesson not kept shows its cost`,
      mainBuildOnly(lang === 'en'),
      async ({ page }) => {
        const [first, other] = topics(lang);
        const lesson = `/${lang}/lessons/${first!.slugs[0]!}/`;
        await page.goto(at(lesson));
        await page.evaluate(() => navigator.serviceWorker.ready);
        await expect
          .poll(() => page.evaluate((url) => caches.match(url).then(Boolean), sitePath(lesson)), {
            timeout: 20_000,
          })
          .toBe(true);

        await page.goto(at(`/${lang}/`));
        const saved = page.locator(`lesson-cost[page="${sitePath(lesson)}"]`);
        await saved.scrollIntoViewIfNeeded();
        await expect(saved).toHaveText(t[lang]('cost.saved'));
        const notKept = page.locator(
          `lesson-cost[page="${sitePath(`/${lang}/lessons/${other!.slugs[0]!}/`)}"]`,
        );
        await notKept.scrollIntoViewIfNeeded();
        await expect(notKept).toContainText('≈');
      },
    );
});
