import { expect, test, type Page } from '@playwright/test';
import { at, builtPages, currentSite, fileForPath, readBuilt } from './site';
import { axeViolations, gotoSettled, horizontalOverflow } from './checks';
import { focused } from './keyboard';
import { answerWithMouse, question, readQuiz } from './quiz';

/** Controls a finger must hit: at least 44×44 CSS px, except links inside running text (WCAG 2.5.8). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all: Element[] = [];
    const collect = (root: Document | ShadowRoot) => {
      root.querySelectorAll('*').forEach((el) => {
        all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      });
    };
    collect(document);
    const problems: string[] = [];
    for (const el of all) {
      if (!el.matches('a[href], button, input, select, textarea, summary')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let target: Element = el;
      // A visually hidden input inside its label: the label is what a finger hits.
      if (el.matches('input[type=radio], input[type=checkbox], input[type=file]'))
        target = el.closest('label') ?? el;
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (el.matches('.skip-link')) continue;
      const parent = el.parentElement;
      const inline =
        el.matches('a') &&
        parent?.matches('p, li, dd, td') &&
        (parent.textContent ?? '').trim() !== (el.textContent ?? '').trim();
      if (inline) continue;
      if (rect.width < 44 || rect.height < 44) {
        problems.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" is ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        );
      }
    }
    return problems;
  });
}

/** Visible text smaller than the 18 px floor. */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || seen.has(el) || !(node.textContent ?? '').trim()) continue;
      seen.add(el);
      if (el.closest('.visually-hidden, script, style, noscript')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 18)
        problems.push(
          `${el.tagName.toLowerCase()} "${(node.textContent ?? '').trim().slice(0, 30)}" is ${size}px`,
        );
    }
    return problems;
  });
}

/** The header's words, which the skip-link and navigation checks look for. */
const HEADER = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    lessons: 'Bài học',
    progress: 'Tiến độ của tôi',
    nav: 'Điều hướng chính',
  },
  en: { skip: 'Skip to main content', lessons: 'Lessons', progress: 'My progress', nav: 'Main navigation' },
} as const;

for (const built of builtPages()) {
  // `/` forwards visitors at once; `?choose` keeps it still so it can be checked like any page.
  const url = built.kind === 'root' ? '?choose' : at(built.path);
  const hasHeader = !['root', 'not-found', 'present'].includes(built.kind);

  test(`${built.path} meets the site's bars`, async ({ page, baseURL }) => {
    // The main build gets every check. The sub-path build has the same pages under /hoc-so/, so
    // it gets the checks a base path can break: links, anchors, same-origin loads, axe, errors.
    const { name: project, base } = currentSite();
    const full = project === 'site';
    const origin = new URL(baseURL!).origin;
    const offsite: string[] = [];
    await page.route('**/*', (route) => {
      const requestUrl = route.request().url();
      if (new URL(requestUrl).origin === origin) return route.continue();
      offsite.push(requestUrl);
      return route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await gotoSettled(page, url);

    // A Content Security Policy that keeps every load on this origin
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');

    // Language
    await expect(page.locator('html')).toHaveAttribute('lang', built.lang);
    const langs = await page.locator('[lang]').evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    for (const lang of langs) expect(['vi', 'en']).toContain(lang);

    if (full) {
      // Every control is reachable by Tab and shows where focus is; the skip link comes first.
      const focusable = await page.evaluate(() => {
        let count = document.querySelectorAll(
          'a[href], button, input, summary, select, textarea, [tabindex="0"]',
        ).length;
        document.querySelectorAll('*').forEach((el) => {
          count += el.shadowRoot?.querySelectorAll('button').length ?? 0;
        });
        return count;
      });
      let reached = 0;
      const invisible: string[] = [];
      for (let i = 0; i < focusable + 2; i++) {
        await page.keyboard.press('Tab');
        const info = await focused(page);
        if (i === 0 && hasHeader)
          expect(info?.text, 'the skip link is the first stop').toBe(HEADER[built.lang].skip);
        if (!info) continue;
        reached++;
        if (!info.visible) invisible.push(`${info.tag} "${info.text}"`);
      }
      expect(invisible, 'focused controls without a visible focus indicator').toEqual([]);
      expect(reached).toBeGreaterThan(0);

      // The skip link jumps to the content; the header leads home, to the lessons and to progress.
      if (hasHeader) {
        const words = HEADER[built.lang];
        const skip = page.getByRole('link', { name: words.skip });
        await skip.focus();
        await expect(skip).toBeInViewport();
        await page.keyboard.press('Enter');
        await expect(page.locator('main')).toBeFocused();
        const nav = page.getByRole('navigation', { name: words.nav });
        const home = `${base}${built.lang}/`;
        await expect(page.getByRole('link', { name: 'Học Số', exact: true })).toHaveAttribute('href', home);
        await expect(nav.getByRole('link', { name: words.lessons })).toHaveAttribute(
          'href',
          `${home}#lessons`,
        );
        await expect(nav.getByRole('link', { name: words.progress })).toHaveAttribute(
          'href',
          `${home}progress/`,
        );
        await expect(nav.locator('[data-language-switch]')).toBeVisible();
      }
    }

    // Accessibility, light and dark
    expect(await axeViolations(page), 'axe, light scheme').toEqual([]);
    if (full) {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, ['color-contrast']), 'axe, dark scheme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    }

    // Quiz feedback must pass too: every question type answered wrong, and a check with no answer.
    if (full && built.kind === 'lesson') {
      const quiz = await readQuiz(page);
      const checkLabel = built.lang === 'vi' ? 'Kiểm tra' : 'Check';
      for (const q of quiz.slice(1)) await answerWithMouse(page, q, 'wrong', checkLabel);
      await question(page, quiz[0]!.id).getByRole('button', { name: checkLabel, exact: true }).click();
      expect(await axeViolations(page), 'axe, quiz feedback shown').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, ['color-contrast']), 'axe, quiz feedback shown, dark').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    }

    // Links and anchors inside the site resolve
    const refs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], img[src], script[src]')].map(
        (el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src,
      ),
    );
    for (const ref of refs) {
      const target = new URL(ref);
      if (target.origin !== origin) continue;
      const file = fileForPath(target.pathname);
      expect(file, `link ${ref} on ${built.path}`).toBeTruthy();
      if (target.hash && file) {
        const id = decodeURIComponent(target.hash.slice(1));
        expect(readBuilt(file), `anchor ${ref} on ${built.path}`).toContain(`id="${id}"`);
      }
    }

    if (full) {
      // Reflow: no sideways scrolling at 320 px (400% zoom) nor at 640 px (200% zoom of a laptop).
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await horizontalOverflow(page);
        expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      }

      // Touch targets and text size, on a phone
      await page.setViewportSize({ width: 360, height: 800 });
      expect(await smallTargets(page), 'touch targets under 44 px').toEqual([]);
      expect(await smallText(page), 'text under 18 px').toEqual([]);
    }

    expect(offsite, 'requests to other origins').toEqual([]);
    expect(errors, 'errors in the console').toEqual([]);
  });
}
