import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { UI, answerWithMouse, readQuiz } from './quiz';
import { at } from './site';
import { t, type Locale } from './ui';

// Home as a start screen (issue #19): the first thing to do, or where a returning learner left off;
// every topic as a tile in its own icon and colour with its progress; geometry, not pixels. The
// screenshots go to .cache/test-reports/screenshots/ and the report, for people to look at.

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, '.cache', 'test-reports', 'screenshots');

interface TrackFile {
  order: number;
  title: Record<Locale, string>;
  accent: { light: string; dark: string };
}
/** The tracks as authored, in home-page order: the page must follow the data, whatever it holds. */
const tracks = readdirSync(join(root, 'content/tracks'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    id: name.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(join(root, 'content/tracks', name), 'utf8')) as TrackFile),
  }))
  .sort((a, b) => a.order - b.order);

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** Each tile's box, title, icon size, count and progress text. */
function tiles(page: Page) {
  return page.locator('.topic-tile').evaluateAll((links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      const icon = link.querySelector('svg.topic-icon')!.getBoundingClientRect();
      return {
        top: Math.round(box.top),
        left: box.left,
        right: box.right,
        height: box.height,
        title: link.querySelector('.tile-title')?.textContent.trim() ?? '',
        icon: Math.min(icon.width, icon.height),
        text: (link as HTMLElement).innerText.replace(/\s+/g, ' '),
        colour: getComputedStyle(link.querySelector('.tile-title')!).color,
        bar:
          link.querySelector('progress') !== null ||
          !!link.querySelector('progress-summary')?.shadowRoot?.querySelector('progress'),
      };
    }),
  );
}

for (const lang of ['vi', 'en'] as const) {
  const say = t[lang];

  test(`${lang}, first visit at 360 px: "start here" on the first screen, then a tile per topic, two a row`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(at(`/${lang}/`));
    const start = page.getByRole('link', { name: say('home.startButton') });
    await expect(page.getByRole('heading', { name: say('home.startHeading') })).toBeVisible();
    await expect(start).toBeInViewport({ ratio: 1 });
    // The course's first lesson: the first of the first topic.
    const firstTopic = page.locator('section.topic').first();
    const firstLesson = await firstTopic.locator('.card a').first().getAttribute('href');
    expect(await start.getAttribute('href')).toBe(firstLesson);

    const found = await tiles(page);
    expect(found.map((tile) => tile.title)).toEqual(tracks.map((track) => track.title[lang]));
    expect(found[0]!.top, 'two tiles on the first row').toBe(found[1]!.top);
    if (found.length > 2) expect(found[2]!.top).toBeGreaterThan(found[0]!.top);
    for (const [i, tile] of found.entries()) {
      const track = tracks[i]!;
      await expect(page.locator(`#topic-${track.id} .card`).first()).toBeAttached();
      expect(tile.text).toContain(say('home.topicDone', { done: 0, total: lessonsIn(track.id) }));
      expect(tile.right, `${tile.title}: inside the screen`).toBeLessThanOrEqual(360);
      expect(tile.icon, `${tile.title}: its icon`).toBeGreaterThanOrEqual(32);
      expect(tile.height, `${tile.title}: a target to tap`).toBeGreaterThanOrEqual(44);
      expect(tile.bar, `${tile.title}: a progress bar`).toBe(true);
      expect(tile.colour, `${tile.title}: in its colour`).toBe(rgb(track.accent.light));
    }
    // The tiles lead to each topic's lessons on this page, which list the first few and link the rest.
    await page.locator('.topic-tile').nth(1).click();
    await expect(page.locator(`#topic-${tracks[1]!.id}`)).toBeInViewport();
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll, 'no sideways scrolling').toBeLessThanOrEqual(360);
  });

  test(`${lang}: each topic keeps its colour in dark, the site's accent in high contrast, and an icon from the sprite`, async ({
    page,
    request,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(at(`/${lang}/`));
    const dark = await tiles(page);
    expect(dark.map((tile) => tile.colour)).toEqual(tracks.map((track) => rgb(track.accent.dark)));
    await page.evaluate(() => document.documentElement.setAttribute('data-contrast', 'high'));
    // The menu button is drawn in the site's accent.
    const accent = await page.locator('.menu-button').evaluate((button) => getComputedStyle(button).color);
    const high = await tiles(page);
    expect(new Set(high.map((tile) => tile.colour))).toEqual(new Set([accent]));
    // Every icon names a symbol the shared sprite has.
    const href = await page.locator('.topic-tile svg use').first().getAttribute('href');
    const sprite = await (await request.get(new URL(href!, page.url()).href)).text();
    for (const track of tracks) expect(sprite).toContain(`<symbol id="${track.id}"`);
  });

  test(`${lang}, returning: "pick up where you left off" names the lesson and the count`, async ({
    page,
  }) => {
    await page.goto(at(`/${lang}/lessons/activate-vneid/`));
    const title = (await page.locator('h1').textContent())!.trim();
    await page.goto(at(`/${lang}/`));
    await expect(page.getByRole('heading', { name: say('home.continueHeading') })).toBeVisible();
    await expect(page.getByRole('heading', { name: say('home.startHeading') })).toBeHidden();
    const next = page.getByRole('link', { name: `${say('progress.continue')}: ${title}` });
    await expect(next).toBeVisible();
    expect(await next.getAttribute('href')).toMatch(/\/lessons\/activate-vneid\/$/);
    await expect(page.locator('home-start')).toContainText(
      say('home.doneCount', { done: 0, total: countAll() }),
    );
  });
}

/** The lessons' topics, from their front matter (every lesson exists in both languages). */
const lessonFiles = readdirSync(join(root, 'content/lessons/vi')).filter((name) => name.endsWith('.mdx'));
const lessonTracks = lessonFiles.map(
  (name) => /^track:\s*(\S+)/m.exec(readFileSync(join(root, 'content/lessons/vi', name), 'utf8'))?.[1],
);
const countAll = () => lessonTracks.length;
const lessonsIn = (track: string) => lessonTracks.filter((id) => id === track).length;

test('a topic with every lesson done shows a badge, on its tile and on the progress page', async ({
  page,
}) => {
  const smallest = [...tracks].sort((a, b) => lessonsIn(a.id) - lessonsIn(b.id))[0]!;
  const slugs = lessonFiles
    .filter((_, i) => lessonTracks[i] === smallest.id)
    .map((name) => name.replace(/\.mdx$/, ''));
  for (const slug of slugs) {
    await page.goto(at(`/en/lessons/${slug}/`));
    for (const q of await readQuiz(page)) await answerWithMouse(page, q, 'right', UI.en.check);
    await expect(page.locator('lesson-quiz [data-quiz-result]')).toContainText(UI.en.passed);
  }
  const badge = t.en('progress.topicComplete', { total: slugs.length });
  await page.goto(at('/en/'));
  await expect(page.locator(`.topic-tile[data-topic="${smallest.id}"]`)).toContainText(badge);
  await expect(page.locator('.topic-tile').filter({ hasText: badge })).toHaveCount(1);
  await page.goto(at('/en/progress/'));
  await expect(page.locator(`progress-summary[data-track-lessons="${smallest.id}"]`)).toContainText(badge);
});

test.describe('with script off', () => {
  test.use({ javaScriptEnabled: false });
  test('the start box and every tile are there, with their counts at zero', async ({ page }) => {
    await page.goto(at('/vi/'));
    await expect(page.getByRole('link', { name: t.vi('home.startButton') })).toBeVisible();
    const found = await tiles(page);
    expect(found).toHaveLength(tracks.length);
    for (const [i, tile] of found.entries())
      expect(tile.text).toContain(t.vi('home.topicDone', { done: 0, total: lessonsIn(tracks[i]!.id) }));
  });
});

test('at 1280 px the tiles sit three or more a row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(at('/en/'));
  const found = await tiles(page);
  expect(found.filter((tile) => tile.top === found[0]!.top).length).toBeGreaterThanOrEqual(3);
});

for (const lang of ['vi', 'en'] as const)
  for (const scheme of ['light', 'dark'] as const)
    test(`screenshots (${lang}, ${scheme}): home on a first visit and a return, 360×800 and 1280×720`, async ({
      page,
    }, testInfo) => {
      mkdirSync(shots, { recursive: true });
      await page.emulateMedia({ colorScheme: scheme });
      for (const visit of ['first', 'returning'] as const) {
        if (visit === 'returning') await page.goto(at(`/${lang}/lessons/install-vneid/`));
        for (const [width, height] of [
          [360, 800],
          [1280, 720],
        ] as const) {
          await page.setViewportSize({ width, height });
          await page.goto(at(`/${lang}/`));
          if (visit === 'returning')
            await expect(page.getByRole('heading', { name: t[lang]('home.continueHeading') })).toBeVisible();
          const file = join(shots, `home-${visit}-${width}-${lang}-${scheme}.png`);
          await page.screenshot({ path: file });
          await testInfo.attach(`home, ${visit} visit, ${width}×${height}, ${lang}, ${scheme}`, {
            path: file,
            contentType: 'image/png',
          });
          if (width === 360) {
            // The tiles, one screen down.
            await page.locator('#lessons').scrollIntoViewIfNeeded();
            const tilesFile = join(shots, `home-${visit}-${width}-${lang}-${scheme}-topics.png`);
            await page.screenshot({ path: tilesFile });
            await testInfo.attach(`home topics, ${visit} visit, 360×800, ${lang}, ${scheme}`, {
              path: tilesFile,
              contentType: 'image/png',
            });
          }
        }
      }
    });

for (const lang of ['vi', 'en'] as const)
  test(`screenshots (${lang}): search with a query typed without tone marks, 360×800 and 1280×720, light and dark`, async ({
    page,
  }, testInfo) => {
    mkdirSync(shots, { recursive: true });
    const query = lang === 'vi' ? 'dang ky khai sinh' : 'birth';
    for (const scheme of ['light', 'dark'] as const)
      for (const [width, height] of [
        [360, 800],
        [1280, 720],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height });
        await page.goto(at(`/${lang}/search/`));
        const box = page.locator('input[name="q"]');
        await box.fill(query);
        await box.press('Enter');
        await expect(page.locator('.search-status')).toContainText(`“${query}”`);
        await expect(page.locator('.search-list h2 a').first()).toBeVisible();
        const file = join(shots, `search-${width}-${lang}-${scheme}.png`);
        await page.screenshot({ path: file });
        await testInfo.attach(`search, ${width}×${height}, ${lang}, ${scheme}`, {
          path: file,
          contentType: 'image/png',
        });
      }
  });
