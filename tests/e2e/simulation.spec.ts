import { expect, test, type Page } from '@playwright/test';
import { gotoSettled } from './checks';
import { axeInScheme } from './page-bars';
import { at, builtPages } from './site';
import { t } from './ui';

// Practising on a pretend phone (issue #21): the VNeID simulation played by keyboard alone, in both
// languages, through the safe path and through a trap; read without JS as a walk-through; and
// reached from its lesson.

const PRACTICE = (lang: 'vi' | 'en') => `/${lang}/lessons/install-vneid/practice/`;

/** Which choice (by position) a run makes on each screen, from the start. */
const SAFE_PATH = [0, 0, 0, 0, 0, 0, 1];
/** The same, until the caller: then reading out the code. */
const TRAP_PATH = [0, 0, 0, 0, 0, 0, 0];

/** What has focus, inside the phone's shadow root if it is there. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const outer = document.activeElement;
    const inner = outer?.shadowRoot?.activeElement ?? outer;
    return `${inner?.localName ?? ''} ${(inner?.textContent ?? '').trim().replace(/\s+/g, ' ')}`;
  });

/** Presses Tab until a control whose text starts with `text` has focus. */
async function tabTo(page: Page, text: string, most = 12): Promise<void> {
  for (let i = 0; i < most; i++) {
    if ((await focused(page)).startsWith(`button ${text}`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${text}"; focus is on ${await focused(page)}`);
}

for (const lang of ['vi', 'en'] as const) {
  const say = t[lang];

  async function play(page: Page, path: number[]): Promise<void> {
    const phone = page.locator('phone-simulation');
    await gotoSettled(page, at(PRACTICE(lang)));
    await phone.scrollIntoViewIfNeeded();
    await expect(phone.locator('.phone')).toBeVisible();
    // Into the phone from the page, by keyboard.
    await page.getByRole('heading', { level: 1 }).click();
    for (const [step, choice] of path.entries()) {
      await expect(phone.getByText(say('sim.banner'))).toBeVisible();
      await expect(phone.locator('.kind')).toContainText(say('sim.stepOf', { n: step + 1 }));
      const label = (await phone.locator('.choices button').nth(choice).innerText()).trim();
      await tabTo(page, label);
      await page.keyboard.press('Enter');
      // Why it is right or wrong comes at once, and focus goes to it.
      await expect(phone.locator('.feedback p').first()).toHaveText(say('sim.youChose', { choice: label }));
      expect(await focused(page)).toMatch(new RegExp(`^h4 (${say('sim.good')}|${say('sim.notThis')})`));
      await tabTo(page, say('sim.continue'));
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatch(/^h3 /);
    }
  }

  test(`${lang}: the VNeID practice played by keyboard: the safe way ends on the safe debrief`, async ({
    page,
  }) => {
    await play(page, SAFE_PATH);
    const phone = page.locator('phone-simulation');
    await expect(phone.locator('.end')).toHaveText(say('sim.safeEnd'));
    await expect(phone.getByText(say('sim.banner'))).toBeVisible();
    await expect(phone.locator('.body')).toContainText('113');
    expect(await axeInScheme(page, 'light'), 'axe, debrief').toEqual([]);
    expect(await axeInScheme(page, 'dark'), 'axe, debrief, dark').toEqual([]);
  });

  test(`${lang}: reading out the code to the caller is a trap, explained, and Start again goes back to the first screen`, async ({
    page,
  }) => {
    const phone = page.locator('phone-simulation');
    await play(page, TRAP_PATH.slice(0, -1));
    // The caller's screen: choosing to read out the code shows it is a trap before moving on.
    await tabTo(page, (await phone.locator('.choices button').first().innerText()).trim());
    await page.keyboard.press('Enter');
    await expect(phone.locator('.feedback h4')).toHaveText(`${say('sim.notThis')} · ${say('sim.trap')}`);
    expect(await axeInScheme(page, 'light'), 'axe, a trap explained').toEqual([]);
    expect(await axeInScheme(page, 'dark'), 'axe, a trap explained, dark').toEqual([]);
    await tabTo(page, say('sim.continue'));
    await page.keyboard.press('Enter');
    await expect(phone.locator('.end')).toHaveText(say('sim.trapEnd'));
    await expect(phone.locator('.body')).toContainText('113');

    await tabTo(page, say('sim.again'));
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^h3 /);
    await expect(phone.locator('.kind')).toContainText(say('sim.stepOf', { n: 1 }));
  });

  test.describe('without JS', () => {
    test.use({ javaScriptEnabled: false });

    test(`${lang}: the practice page reads as a walk-through of every screen`, async ({ page }) => {
      await page.goto(at(PRACTICE(lang)));
      // (Playwright's text locators skip <noscript>, so these read what shows.)
      const shown = await page.locator('main').innerText();
      expect(shown).toContain(say('sim.noJs'));
      expect(shown).toContain(say('sim.banner'));
      await expect(page.locator('.sim-stage .sim-banner')).toBeVisible();
      await expect(page.locator('.sim-loading')).toBeHidden();
      const screens = page.locator('li.sim-screen');
      expect(await screens.count()).toBeGreaterThanOrEqual(8);
      for (const screen of await screens.all()) await expect(screen.locator('h3')).toBeVisible();
      // Each choice says where it leads, and the link lands on that screen.
      const lead = page.locator('.sim-leads-to a').first();
      const target = (await lead.getAttribute('href'))!;
      await lead.click();
      await expect(page.locator(target)).toBeInViewport();
      await expect(page.locator('.sim-end').first()).toBeVisible();
    });
  });

  test(`${lang}: the lesson links to its practice page; lessons without a simulation don't`, async ({
    page,
  }) => {
    await page.goto(at(`/${lang}/lessons/install-vneid/`));
    await page.getByRole('link', { name: say('sim.practiseLink') }).click();
    await expect(page).toHaveURL(new RegExp(`${PRACTICE(lang)}$`));
    await expect(page.locator('phone-simulation .phone')).toBeVisible();

    const practices = new Set(
      builtPages()
        .filter((p) => p.kind === 'practice' && p.lang === lang)
        .map((p) => p.path.replace(/practice\/$/, '')),
    );
    expect([...practices]).toEqual([`/${lang}/lessons/install-vneid/`]);
    const other = builtPages().find((p) => p.kind === 'lesson' && p.lang === lang && !practices.has(p.path))!;
    await page.goto(at(other.path));
    await expect(page.getByRole('link', { name: say('sim.practiseLink') })).toHaveCount(0);
  });
}
