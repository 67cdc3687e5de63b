import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { axeViolations } from './checks';
import { UI, answerWithMouse, quizResult, reachQuiz, readQuiz } from './quiz';
import { at, currentSite, mainBuildOnly } from './site';
import { serveDist } from './static-server';
import { lead, pattern, t, type Locale } from './ui';
import type { TopicManifest } from '../../src/lib/offline/offline-save';

/** The fields of a web app manifest these tests read; the test checks them. */
interface WebManifest {
  name: string;
  short_name: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

// Offline (issue 10). Other specs block service workers (playwright.config.ts); these use them.
test.use({ serviceWorkers: 'allow' });

const words = (locale: Locale) => ({
  title: t[locale]('offline.title'),
  notice: t[locale]('status.offline'),
  update: t[locale]('status.update'),
  reload: t[locale]('status.reload'),
});
const OFFLINE = { vi: words('vi'), en: words('en') };
const PRECACHE_BUDGET = 300 * 1024;

/**
 * The guide's QR code is there and drawn: a built file when the build knows its address, else
 * drawn in the page by <site-qr> (its script came from the cache too).
 */
async function expectGuideQr(page: Page) {
  const qr = page.locator('.guide-qr').first();
  if (currentSite().site) await expect(qr).toHaveJSProperty('complete', true);
  else await expect(qr.locator('svg')).toBeVisible();
}

/** Waits until the language's service worker is active and controls the page (precache done). */
async function serviceWorkerReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Waits until the service worker has kept these pages (lib/offline/visit-worker.ts). */
async function pagesKept(page: Page, paths: string[]) {
  const urls = paths.map((path) => `${currentSite().base}${at(path).replace(/^\//, '')}`);
  await expect
    .poll(
      () =>
        page.evaluate(
          async (wanted) => (await Promise.all(wanted.map((u) => caches.match(u)))).every(Boolean),
          urls,
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
}

/** The lesson pages of one topic, in the built site of this test run. */
function topicLessons(locale: string, track: string): string[] {
  const list = JSON.parse(
    readFileSync(join(currentSite().dist, locale, 'offline', `${track}.json`), 'utf8'),
  ) as TopicManifest;
  return list.lessons.map((lesson) => `/${locale}/lessons/${lesson.slug}/`);
}

/** Answers every question right, so the lesson counts as completed. */
async function passQuiz(page: Page, locale: 'vi' | 'en') {
  const quiz = await readQuiz(page);
  for (const q of quiz) await answerWithMouse(page, q, 'right', UI[locale].check);
  await expect(quizResult(page)).toContainText(UI[locale].passed);
}

/** After a reload the lesson shows it was completed, with a full score. */
async function expectCompleted(page: Page, locale: 'vi' | 'en') {
  await reachQuiz(page);
  await expect(page.locator('lesson-quiz')).toContainText('100%');
  await expect(page.locator('lesson-quiz')).toContainText(UI[locale].completedLesson);
}

/** Every URL a language's service worker precaches, read from the generated sw.js. */
function precached(lang: string): string[] {
  const sw = readFileSync(join(currentSite().dist, lang, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
}

for (const locale of ['vi', 'en'] as const) {
  test(
    `${locale}: after one lesson, the rest of its topic opens offline, its quiz works, and a reload keeps the result`,
    mainBuildOnly(locale === 'en'),
    async ({ page, context }) => {
      const topic = topicLessons(locale, 'vneid');
      expect(topic.length).toBeGreaterThan(1);
      await page.goto(at(topic[0]!));
      await serviceWorkerReady(page);
      await pagesKept(page, topic);
      await context.setOffline(true);

      await page.goto(at(topic[1]!));
      await expect(page.locator('h1')).not.toHaveText(OFFLINE[locale].title);
      await expect(page.locator('site-notices')).toContainText(OFFLINE[locale].notice);
      await passQuiz(page, locale);
      await page.reload();
      await expectCompleted(page, locale);
      // A lesson of another topic was never opened nor saved: the offline page says so.
      await page.goto(at(topicLessons(locale, 'qr-payments')[0]!));
      await expect(page.locator('h1')).toHaveText(OFFLINE[locale].title);
    },
  );

  test(
    `${locale}: a page not saved shows the offline page in ${locale}, listing the lessons kept on the phone`,
    mainBuildOnly(locale === 'en'),
    async ({ page, context }) => {
      const topic = topicLessons(locale, 'scams');
      await page.goto(at(topic[0]!));
      await serviceWorkerReady(page);
      await pagesKept(page, topic);
      await context.setOffline(true);
      await page.goto(at(`/${locale}/lessons/scan-to-pay/print/`));
      await expect(page.locator('h1')).toHaveText(OFFLINE[locale].title);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const href = (path: string) => `${currentSite().base}${at(path).replace(/^\//, '')}`;
      const listed = page.locator('saved-pages a');
      await expect(listed).toHaveCount(topic.length);
      for (const path of topic)
        await expect(page.locator(`saved-pages a[href="${href(path)}"]`)).toHaveCount(1);
      // The home and progress pages are always kept.
      await expect(page.locator(`main a[href="${href(`/${locale}/progress/`)}"]`)).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
      // Its links really work offline.
      await listed.last().click();
      await expect(page.locator('lesson-quiz')).toBeVisible();
      await page.goto(at(`/${locale}/progress/`));
      await expect(page.locator('h1')).not.toHaveText(OFFLINE[locale].title);
    },
  );

  test(
    `${locale}: a page and its pictures visited once open again offline`,
    mainBuildOnly(locale === 'en'),
    async ({ page, context }) => {
      await page.goto(at(`/${locale}/`));
      await serviceWorkerReady(page);
      await page.goto(at(`/${locale}/lessons/register-birth/print/`), { waitUntil: 'networkidle' });
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('.guide h1')).toBeVisible();
      await expectGuideQr(page);
      const pictures = page.locator('.guide img');
      expect(await pictures.count()).toBeGreaterThan(1);
      expect(
        await pictures.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0)),
      ).toBe(true);
    },
  );

  test(`${locale}: the precache holds the app shell and no lesson page, within 300 KB`, () => {
    const { dist, base } = currentSite();
    const urls = precached(locale);
    // Every precached URL is under the base path and is a built file.
    for (const url of urls) expect(url.startsWith(base), url).toBe(true);
    const bytes = urls.reduce((sum, url) => sum + statSync(join(dist, url.slice(base.length))).size, 0);
    console.log(`${locale} precache: ${urls.length} files, ${(bytes / 1024).toFixed(0)} KB`);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
    for (const path of ['', 'offline/', 'progress/', 'search/'])
      expect(urls).toContain(`${base}${locale}/${path}index.html`);
    // Lessons are kept as they are visited or saved, so the install costs the same for any course.
    expect(urls.filter((url) => url.includes(`/${locale}/lessons/`))).toEqual([]);
    // What a lesson page loads later (the quiz, the step ticks) is there for a lesson kept offline.
    for (const chunk of ['quiz-elements', 'lesson-steps-on-demand', 'start'])
      expect(urls.some((url) => url.startsWith(`${base}_astro/${chunk}.`))).toBe(true);
    expect(urls.some((url) => url.startsWith(`${base}_astro/`) && url.endsWith('.css'))).toBe(true);
    // Only this language's pages: the other one's learners download their own.
    expect(urls.filter((url) => url.startsWith(`${base}${locale === 'vi' ? 'en' : 'vi'}/`))).toEqual([]);
  });

  test(
    `${locale}: the web app manifest is valid and its icons exist at their sizes`,
    mainBuildOnly(locale === 'en'),
    async ({ page, request }) => {
      const { base } = currentSite();
      await page.goto(at(`/${locale}/`));
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe(`${base}${locale}/manifest.webmanifest`);
      const response = await request.get(href!);
      expect(response.headers()['content-type']).toContain('manifest+json');
      const manifest = (await response.json()) as WebManifest;
      expect(manifest).toMatchObject({
        lang: locale,
        start_url: `${base}${locale}/`,
        scope: `${base}${locale}/`,
        display: 'standalone',
        short_name: 'Học Số',
      });
      expect(manifest.name.length).toBeGreaterThan(manifest.short_name.length);
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
      const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
      expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
      for (const icon of manifest.icons) {
        expect(icon.src.startsWith(base), icon.src).toBe(true);
        const file = await request.get(new URL(icon.src, page.url()).href);
        expect(file.status(), icon.src).toBe(200);
        if (icon.type !== 'image/png') continue;
        const png = PNG.sync.read(await file.body());
        expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
      }
    },
  );
}

test('Save the whole topic shows the sizes, saves every file with progress, and the saved guides open offline', async ({
  page,
  context,
}) => {
  await page.goto(at('/vi/tracks/qr-payments/'));
  await serviceWorkerReady(page);
  const lessons = topicLessons('vi', 'qr-payments');
  // The visit to the topic's page keeps nothing of the topic: only a lesson visit does.
  const section = page.locator('offline-lessons');
  const size = /\(?[\d,]+ (MB|KB)\)?/;
  await expect(section.getByText(pattern('vi', 'save.auto'))).toContainText(size);
  const button = section.getByRole('button', { name: pattern('vi', 'save.button') });
  await expect(button).toBeVisible();
  expect(await button.textContent(), 'the size to download').toMatch(/\([\d,]+ (MB|KB)\)\s*$/);
  await expect(section.locator('.saved-lessons li')).toHaveCount(lessons.length);
  await expect(section.locator('.saved-lessons li', { hasText: t.vi('save.notSaved') })).toHaveCount(
    lessons.length,
  );
  expect(await axeViolations(page)).toEqual([]);

  await button.click();
  await expect(section.getByRole('status')).toContainText(
    new RegExp(`${pattern('vi', 'save.progress').source}|${lead('vi', 'save.done')}`),
  );
  await expect(section.getByRole('status')).toContainText(t.vi('save.done'), { timeout: 30_000 });
  await expect(section.locator('.saved-lessons li', { hasText: `✓ ${t.vi('save.saved')}` })).toHaveCount(
    lessons.length,
  );
  await expect(section).toContainText(t.vi('save.allSaved'));

  await context.setOffline(true);
  const lesson = lessons[0]!;
  await page.goto(at(lesson));
  await expect(page.locator('lesson-quiz')).toBeVisible();
  await page.goto(at(`${lesson}print/`));
  await expect(page.locator('.guide h1')).toBeVisible();
  await expectGuideQr(page);
  expect(
    await page
      .locator('.guide img')
      .evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
  ).toBe(true);
  await page.goto(at(`${lesson}present/`));
  await expect(page.locator('projector-deck')).toBeVisible();
  await expect(page.locator('.deck-qr svg')).toBeVisible();
});

test('a trainer’s page visited once keeps all its code, the QR decoder it loads on demand included, and opens offline', async ({
  page,
  context,
}) => {
  const decoder = readdirSync(join(currentSite().dist, '_astro')).find((f) =>
    f.startsWith('qr-decode-fallback.'),
  );
  if (!decoder) throw new Error('No QR decoder chunk in the build');
  await page.goto(at('/vi/trainer/class/'));
  await serviceWorkerReady(page);
  await pagesKept(page, ['/vi/trainer/class/', `/_astro/${decoder}`]);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).not.toHaveText(OFFLINE.vi.title);
  await expect(page.locator('class-sheet')).toBeVisible();
});

test('a new version shows “new lessons are available”; Reload switches to it and keeps progress', async ({
  page,
}) => {
  const site = await serveDist();
  try {
    await page.goto(`${site.url}vi/lessons/scan-to-pay/`);
    await serviceWorkerReady(page);
    await passQuiz(page, 'vi');
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

    // Deploy "build 2": a different service worker file at the same address.
    const { dist, base } = currentSite();
    site.override.set(`${base}vi/sw.js`, `${readFileSync(join(dist, 'vi', 'sw.js'), 'utf8')}\n// build 2\n`);
    await page.reload();
    const notices = page.locator('site-notices');
    await expect(notices).toContainText(OFFLINE.vi.update, { timeout: 20_000 });
    await expect(page.locator('h1')).toBeVisible();
    await notices.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('update-prompt.png') });

    await Promise.all([
      page.waitForEvent('load'),
      notices.getByRole('button', { name: OFFLINE.vi.reload }).click(),
    ]);
    await expect(notices).not.toContainText(OFFLINE.vi.update);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, url: navigator.serviceWorker.controller?.scriptURL };
      }),
    ).toEqual({ waiting: null, url: firstWorker });
    await expectCompleted(page, 'vi');
  } finally {
    site.close();
  }
});
