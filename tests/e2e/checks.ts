import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Request } from '@playwright/test';

/** The accessibility bar every page meets: WCAG 2.2 A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe's violations as readable lines (rule, impact, what, where); empty when the page passes.
 * `rules` runs only those rules: after a colour-scheme switch, only colours can have changed.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Speed, not scope (every rule still runs on every node): axe reports only violations in full
  // rather than every passing node too, and runs in the page itself. AxeBuilder's default mode
  // otherwise opens a new tab per run to merge results across frames, which our pages (no
  // iframes) don't need.
  const builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .withTags(WCAG_TAGS);
  const result = await (rules ? builder.withRules(rules) : builder).analyze();
  return result.violations.map(
    (v) => `${v.id} (${String(v.impact)}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** How far the page scrolls sideways (0 or less: it reflows). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Opens a page and waits until it has loaded and made no request for 100 ms: what "networkidle"
 * means, without its fixed half-second wait, which over a hundred pages adds up to minutes.
 */
export async function gotoSettled(page: Page, url: string): Promise<void> {
  await settleAfter(page, async () => {
    await page.goto(url);
  });
}

/**
 * Runs `action`, then waits until the page has made no request for 100 ms: gotoSettled's
 * "network idle", for what happens after a page has opened (code loaded on the way down, or by
 * an answer).
 */
export async function settleAfter(page: Page, action: () => Promise<void>): Promise<void> {
  const pending = new Set<Request>();
  let quietSince = Date.now();
  const start = (request: Request) => pending.add(request);
  const end = (request: Request) => {
    pending.delete(request);
    quietSince = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    await action();
    await expect
      .poll(() => pending.size === 0 && Date.now() - quietSince >= 100, { intervals: [25] })
      .toBe(true);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** How long a scroll step waits for a frame before going on without one. */
export const FRAME_WAIT_MS = 2_000;

/**
 * Scrolls down the page `screens` of a viewport at a time, a frame and a moment per step, so each
 * part passes through the viewport as it would for a reader. A step waits at most FRAME_WAIT_MS
 * for its frame: once, on the loaded CI machine, no frame came for 30 s and a test timed out
 * mid-scroll. Returns how many steps went on without one (logged, as the page was not drawn there).
 */
export async function scrollThrough(page: Page, screens: number): Promise<number> {
  const missed = await page.evaluate(
    async ({ screens, wait }) => {
      let missed = 0;
      const frame = () =>
        new Promise<void>((resolve) => {
          const late = setTimeout(() => {
            missed++;
            resolve();
          }, wait);
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(late);
              resolve();
            }, 30),
          );
        });
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight * screens) {
        window.scrollTo(0, y);
        await frame();
      }
      return missed;
    },
    { screens, wait: FRAME_WAIT_MS },
  );
  if (missed > 0)
    console.log(`${page.url()}: ${missed} scroll steps without a frame for ${FRAME_WAIT_MS} ms`);
  return missed;
}

/**
 * Scrolls to the end of the page half a screen at a time (scrollThrough), as shiftsWhileScrolling
 * (page-bars.ts) does a screen at a time: whatever waits to be near gets its chance to load.
 */
export async function scrollToEnd(page: Page): Promise<void> {
  await scrollThrough(page, 0.5);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}
