import { expect, test } from '@playwright/test';
import {
  axeInScheme,
  brokenLinks,
  keyboardFocus,
  langProblems,
  phoneProblems,
  recordShifts,
  reflowProblems,
  shiftsOnOpening,
  watchPage,
} from './page-bars';
import { UI, answerWithMouse, question, readQuiz } from './quiz';
import { at, builtPages, currentSite, questionTypes, quizSampleLessons, samplePages } from './site';
import { t } from './ui';

// Every page of the main build against the site's bars (the checks live in page-bars.ts, where
// page-bars.spec.ts proves each one still sees its violation): every bar on every page; axe in
// light on every page, in dark on one page of each kind, and with quiz feedback shown on one lesson
// per language. The sub-path build gets crawl-sub-path.spec.ts.

const sampled = new Set(samplePages().map((p) => p.path));
const quizLessons = new Set(quizSampleLessons().map((p) => p.path));

for (const built of builtPages()) {
  // `/` forwards visitors at once; `?choose` keeps it still so it can be checked like any page.
  const url = built.kind === 'root' ? '?choose' : at(built.path);
  const hasHeader = !['root', 'not-found', 'present'].includes(built.kind);

  test(`${built.path} meets the site's bars`, async ({ page, baseURL }) => {
    const { base } = currentSite();
    const origin = new URL(baseURL!).origin;
    const watch = watchPage(page, origin);
    await recordShifts(page);

    // Nothing moves by itself, down to the end of the page (layout-shift.spec.ts: phone and dark).
    expect(await shiftsOnOpening(page, url), 'layout shifts without input').toEqual([]);

    // A Content Security Policy that keeps every load on this origin
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');

    expect(await langProblems(page, built.lang), 'lang attributes').toEqual([]);

    // Every control is reachable by Tab and shows where focus is; the skip link comes first.
    const focus = await keyboardFocus(page);
    expect(focus.stops.length, 'Tab reaches something').toBeGreaterThan(0);
    if (hasHeader)
      expect(focus.stops[0], 'the skip link is the first stop').toContain(t[built.lang]('nav.skip'));
    expect(focus.unreached, 'controls Tab never reaches').toEqual([]);
    expect(focus.invisible, 'focused controls without a visible focus indicator').toEqual([]);

    // The skip link jumps to the content; the header leads home, to the lessons and to progress.
    if (hasHeader) {
      const say = t[built.lang];
      const skip = page.getByRole('link', { name: say('nav.skip') });
      await skip.focus();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
      const nav = page.getByRole('navigation', { name: say('nav.main') });
      const home = `${base}${built.lang}/`;
      await expect(page.getByRole('link', { name: say('site.name'), exact: true })).toHaveAttribute(
        'href',
        home,
      );
      await expect(nav.getByRole('link', { name: say('nav.lessons') })).toHaveAttribute(
        'href',
        `${home}#lessons`,
      );
      await expect(nav.getByRole('link', { name: say('nav.progress') })).toHaveAttribute(
        'href',
        `${home}progress/`,
      );
      await expect(nav.locator('[data-language-switch]')).toBeVisible();
    }

    expect(await axeInScheme(page, 'light'), 'axe, light').toEqual([]);
    if (sampled.has(built.path)) expect(await axeInScheme(page, 'dark'), 'axe, dark').toEqual([]);

    // Quiz feedback must pass too: every question type answered wrong, and a check with no answer.
    if (quizLessons.has(built.path)) {
      const check = UI[built.lang].check;
      const quiz = await readQuiz(page);
      for (const q of quiz.slice(1)) await answerWithMouse(page, q, 'wrong', check);
      await question(page, quiz[0]!.id).getByRole('button', { name: check, exact: true }).click();
      expect(await axeInScheme(page, 'light'), 'axe, quiz feedback shown').toEqual([]);
      expect(await axeInScheme(page, 'dark'), 'axe, quiz feedback shown, dark').toEqual([]);
    }

    expect(await brokenLinks(page, origin), 'links and anchors inside the site').toEqual([]);

    expect(await reflowProblems(page), 'reflow').toEqual([]);
    const phone = await phoneProblems(page);
    expect(phone.targets, 'touch targets under 44 px').toEqual([]);
    expect(phone.text, 'text under 18 px').toEqual([]);

    expect(watch.offsite, 'requests to other origins').toEqual([]);
    expect(watch.errors, 'errors in the console').toEqual([]);
  });
}

test('the sampled pages cover every kind, and the quiz lessons every question type', () => {
  const kinds = new Set(builtPages().map((p) => p.kind));
  expect(
    samplePages()
      .map((p) => p.kind)
      .sort(),
  ).toEqual([...kinds].sort());
  for (const lesson of quizSampleLessons())
    expect([...questionTypes(lesson)].sort(), lesson.path).toEqual([
      'multiple',
      'order',
      'red-flags',
      'single',
      'true-false',
    ]);
});
