import { expect, test, type Page } from '@playwright/test';
import { gotoSettled } from './checks';
import { axeInScheme, recordShifts, shiftsWhileScrolling } from './page-bars';
import { at, builtPages } from './site';
import { fillPretendForm } from './pretend-form';
import { pattern, t } from './ui';

// Practising on a pretend phone (issue #21): each simulation played by keyboard alone, in both
// languages, through the safe path and through a trap (its variant asked for in the address where
// it has versions); read without JS as a walk-through; and reached from its lesson.

interface Practice {
  slug: string;
  /** The version of the scenario the runs ask for with `?variant=`. */
  variant?: string;
  /** Which choice (by position among those shown) a run makes on each screen, from the start. */
  safe: number[];
  /** A run that falls into a trap and ends on its debrief (some versions have none). */
  trap?: number[];
  /** Which choice of `trap` falls into it: the last unless said. */
  trapAt?: number;
  /** Whether axe checks its feedback and debrief states. */
  axe?: boolean;
}

const PRACTICES: Practice[] = [
  // Everything right (the ID number, phone and code typed in), then hanging up on the caller; or
  // reading the code out to him.
  { slug: 'install-vneid', safe: [0, 0, 0, 0, 0, 0, 1], trap: [0, 0, 0, 0, 0, 0, 0], axe: true },
  // Hanging up on the caller; or believing him, keeping it secret and moving the money.
  { slug: 'recognise-scams', safe: [1, 1], trap: [0, 1, 0, 0], axe: true },
  // Typing the portal's address, the linked procedure, ignoring the Zalo "helper", fixing the name;
  // or sending him the papers.
  { slug: 'register-birth', safe: [1, 0, 0, 0, 1, 0, 0], trap: [1, 0, 0, 0, 0] },
  // Checking one's own bank app and still not delivering; or delivering because the app was "slow".
  { slug: 'orders-and-tax', safe: [0, 1, 0, 0, 2], trap: [0, 1, 1, 0], trapAt: 2 },
  // The sticker is the shop's: read the name, it matches, pay.
  { slug: 'scan-to-pay', variant: 'honest', safe: [0, 0] },
  // The sticker was swapped: stop at the stranger's name; or pay, then do the right things after the
  // wrong transfer until a "recovery" caller asks for a fee.
  { slug: 'scan-to-pay', variant: 'swapped', safe: [0, 1], trap: [0, 0, 0, 0, 0, 0] },
];

const practicePath = (lang: 'vi' | 'en', practice: Practice) =>
  `/${lang}/lessons/${practice.slug}/practice/${practice.variant ? `?variant=${practice.variant}` : ''}`;

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

/**
 * The lesson's practice cell on its topic's progress table, after a reload: what the learner's
 * progress kept of their runs.
 */
async function practiceCell(page: Page, lang: 'vi' | 'en', slug: string) {
  await page.goto(at(`/${lang}/lessons/${slug}/`));
  const topic = await page.locator('main a[href*="/tracks/"]').first().getAttribute('href');
  await page.goto(new URL(topic!, page.url()).href);
  await page.reload();
  return page
    .locator('tr', { has: page.locator(`th a[href$="/lessons/${slug}/"]`) })
    .locator('lesson-practice');
}

for (const lang of ['vi', 'en'] as const) {
  const say = t[lang];

  /** Opens the practice page (unless `from` says the run is under way) and makes `path`'s choices. */
  async function play(page: Page, practice: Practice, path: number[], from = 0): Promise<void> {
    const phone = page.locator('phone-simulation');
    if (from === 0) {
      await gotoSettled(page, at(practicePath(lang, practice)));
      await phone.scrollIntoViewIfNeeded();
      // A short introduction first: the phone comes at Start.
      await expect(phone.locator('.sim-intro')).toContainText(say('sim.banner'));
      if (practice.variant) await expect(phone).toHaveAttribute('data-variant', practice.variant);
      // Into the phone from the page, by keyboard.
      await page.getByRole('heading', { level: 1 }).click();
      await tabTo(page, say('sim.start'));
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatch(/^h3 /);
    }
    for (const [i, choice] of path.entries()) {
      const step = from + i;
      // The banner runs throughout, on the phone itself.
      await expect(
        phone.getByRole('group', { name: say('sim.phone') }).getByText(say('sim.banner')),
      ).toBeVisible();
      await expect(phone.locator('.kind')).toContainText(say('sim.stepOf', { n: step + 1 }));
      const label = (await phone.locator('.choices button').nth(choice).innerText()).trim();
      // A screen's pretend form is filled in first (the typing itself has its own tests below).
      await fillPretendForm(phone);
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

  for (const practice of PRACTICES) {
    const name = `${lang} ${practice.slug}${practice.variant ? ` (${practice.variant})` : ''}`;

    test(`${name}: played by keyboard, the safe way ends on the safe debrief`, async ({ page }) => {
      await play(page, practice, practice.safe);
      const phone = page.locator('phone-simulation');
      await expect(phone.locator('.end')).toHaveText(say('sim.safeEnd'));
      // The banner runs throughout, on the phone itself.
      await expect(
        phone.getByRole('group', { name: say('sim.phone') }).getByText(say('sim.banner')),
      ).toBeVisible();
      // Every debrief says who to call.
      await expect(phone.locator('.body')).toContainText('113');
      // Every simulation draws these states with the same element: axe runs on the ones that show
      // each of its parts (the countdown and the named tricks are the scam call's).
      if (practice.axe) {
        expect(await axeInScheme(page, 'light'), 'axe, debrief').toEqual([]);
        expect(await axeInScheme(page, 'dark'), 'axe, debrief, dark').toEqual([]);
      }
      // The run counts as practice in the learner's progress, and stays after a reload.
      const cell = await practiceCell(page, lang, practice.slug);
      await expect(cell).toHaveText(`${say('practice.lastSafe')} · ${say('practice.runs', { n: 1 })}`);
    });

    const trap = practice.trap;
    if (trap)
      test(`${name}: a trap is explained as one, its debrief says what to do, and Start again goes back to the first screen`, async ({
        page,
      }) => {
        const phone = page.locator('phone-simulation');
        const at = practice.trapAt ?? trap.length - 1;
        await play(page, practice, trap.slice(0, at));
        // The choice that falls into the trap says so before moving on.
        await tabTo(page, (await phone.locator('.choices button').nth(trap[at]!).innerText()).trim());
        await page.keyboard.press('Enter');
        await expect(phone.locator('.feedback h4')).toHaveText(`${say('sim.notThis')} · ${say('sim.trap')}`);
        if (practice.axe) {
          expect(await axeInScheme(page, 'light'), 'axe, a trap explained').toEqual([]);
          expect(await axeInScheme(page, 'dark'), 'axe, a trap explained, dark').toEqual([]);
        }
        await tabTo(page, say('sim.continue'));
        await page.keyboard.press('Enter');
        // Any choices after it lead on to the trap's debrief.
        await play(page, practice, trap.slice(at + 1), at + 1);
        await expect(phone.locator('.end')).toHaveText(say('sim.trapEnd'));
        await expect(phone.locator('.body')).toContainText('113');
        const trapEnding = (await phone.locator('h3').innerText()).trim();

        await tabTo(page, say('sim.again'));
        await page.keyboard.press('Enter');
        expect(await focused(page)).toMatch(/^h3 /);
        await expect(phone.locator('.kind')).toContainText(say('sim.stepOf', { n: 1 }));
        if (practice.variant) await expect(phone).toHaveAttribute('data-variant', practice.variant);

        // Progress keeps which trap caught the learner (its debrief), after a reload.
        const cell = await practiceCell(page, lang, practice.slug);
        await expect(cell).toHaveText(
          `${say('practice.lastTrap', { end: trapEnding })} · ${say('practice.runs', { n: 1 })}`,
        );
      });
  }

  test(`${lang}: the scam call counts down while the caller rushes; running out only says why; the timer can be switched off, and stays off`, async ({
    page,
  }) => {
    await page.clock.install();
    await gotoSettled(page, at(`/${lang}/lessons/recognise-scams/practice/`));
    const phone = page.locator('phone-simulation');
    await phone.scrollIntoViewIfNeeded();
    await phone.getByRole('button', { name: say('sim.start') }).click();
    // The page's clock runs on by itself (the page loads its parts on timers); the test moves it on.
    const timer = phone.getByRole('timer');
    const secondsLeft = async () => Number(/\d+/.exec(await timer.innerText())![0]);
    await expect(timer).toHaveText(pattern(lang, 'sim.secondsLeft'));
    const first = await secondsLeft();
    expect(first).toBeLessThanOrEqual(15);
    // The trick is named as it comes.
    await expect(phone.locator('.techniques')).toContainText(say('sim.technique.fake-authority'));
    await page.clock.runFor(3_000);
    await expect.poll(secondsLeft).toBeLessThanOrEqual(first - 3);
    await page.clock.runFor(15_000);
    await expect(phone.getByRole('timer')).toHaveCount(0);
    await expect(phone.getByText(say('sim.timeUp'))).toBeVisible();
    // Nothing is lost: the choices are all still there.
    await expect(phone.locator('.choices button:enabled')).toHaveCount(2);

    await phone.getByRole('button', { name: say('sim.countdownOff') }).click();
    await expect(phone.getByText(say('sim.timeUp'))).toHaveCount(0);
    await page.reload();
    await phone.scrollIntoViewIfNeeded();
    await phone.getByRole('button', { name: say('sim.start') }).click();
    await expect(phone.getByRole('button', { name: say('sim.countdownOn') })).toBeVisible();
    await expect(phone.getByRole('timer')).toHaveCount(0);
  });

  test(`${lang}: before its code arrives the page already shows the introduction and Start, and nothing moves when the phone takes over`, async ({
    page,
  }) => {
    // A slow phone on 3G: scripts come a second late (CI once saw the footer move 0.005 here).
    await page.route('**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await recordShifts(page);
    await page.goto(at(`/${lang}/lessons/recognise-scams/practice/`), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('.sim-intro')).toContainText(say('sim.banner'));
    expect(await page.evaluate(() => customElements.get('phone-simulation') === undefined)).toBe(true);
    await page.waitForFunction(() => customElements.get('phone-simulation') !== undefined);
    expect(await shiftsWhileScrolling(page)).toEqual([]);
    // The same Start, now the element's.
    await page.getByRole('button', { name: say('sim.start') }).click();
    await expect(page.locator('phone-simulation h3')).toBeFocused();
  });

  test(`${lang}: projector mode: the trainer chooses by number for the room, the explanation waits for Reveal, a clicker goes on, and the trainer's own progress is left alone`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoSettled(page, at(`/${lang}/lessons/recognise-scams/practice/`));
    // The practice page leads there.
    await page.getByRole('link', { name: say('sim.projectorLink') }).click();
    await expect(page).toHaveURL(/\/practice\/\?projector$/);
    const phone = page.locator('phone-simulation');
    await expect(phone).toHaveAttribute('projector', '');
    await page.locator('[data-sim-start]').click();
    const first = (await phone.locator('h3').innerText()).trim();
    // Large enough for the back of a hall.
    const size = await phone
      .locator('.choices button')
      .first()
      .evaluate((button) => parseFloat(getComputedStyle(button).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await expect(phone.locator('.keys')).toHaveText(say('sim.projectorKeys', { n: 2 }));

    // A key typed into a field is the field's, not a choice for the room.
    const toggle = page.locator('reading-settings .reading-toggle');
    await toggle.click();
    await page.locator('reading-settings input[type="radio"]').first().focus();
    await page.keyboard.press('1');
    await page.keyboard.press('r');
    await expect(phone.locator('.choices button[aria-pressed="true"]')).toHaveCount(0);
    await toggle.click();

    // "2": the room's choice. Right or wrong, and why, wait for Reveal.
    await page.keyboard.press('2');
    await expect(phone.locator('.choices button').nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(phone.locator('.feedback h4')).toHaveCount(0);
    await expect(phone.getByRole('button', { name: say('sim.reveal') })).toBeFocused();
    expect(await axeInScheme(page, 'light'), 'axe, projector, before Reveal').toEqual([]);
    await page.keyboard.press('r');
    await expect(phone.locator('.feedback h4')).toHaveText(say('sim.good'));
    expect(await axeInScheme(page, 'dark'), 'axe, projector, revealed, dark').toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(phone.locator('h3')).not.toHaveText(first);

    // A clicker has one button: the first press reveals, the next goes on.
    await page.keyboard.press('2');
    await page.keyboard.press('PageDown');
    await expect(phone.locator('.feedback h4')).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(phone.locator('.end')).toHaveText(say('sim.safeEnd'));

    // The room played, not the trainer: nothing is saved as their practice.
    const stored = await page.evaluate(() => localStorage.getItem('hoc-so:progress'));
    expect(stored ?? '').not.toContain('"simulation"');
  });

  // The VNeID form: what the learner types is checked, and the phone says what is wrong.
  const install = PRACTICES[0]!;
  const form = {
    vi: { id: 'Số định danh cá nhân', phone: 'Số điện thoại', otp: 'Mã OTP trong ứng dụng VNeID' },
    en: { id: 'Personal ID number', phone: 'Phone number', otp: 'OTP in the VNeID app' },
  }[lang];

  test(`${lang}: the VNeID form is typed by keyboard: a bad field says what is wrong under it, has focus, and the screen stays; fixed, it goes on`, async ({
    page,
  }) => {
    await play(page, install, []);
    const phone = page.locator('phone-simulation');
    const title = (await phone.locator('h3').innerText()).trim();
    const idField = phone.getByRole('textbox', { name: form.id, exact: true });
    const phoneField = phone.getByRole('textbox', { name: form.phone, exact: true });
    // Plainly a pretend phone: no real number needed, nothing sent.
    await expect(phone.locator('.fields')).toContainText(say('sim.fieldsNote'));
    await expect(idField).toHaveAccessibleDescription(say('sim.rule.id-number'));

    // The wrong choices still work without typing.
    const wrong = (await phone.locator('.choices button').nth(1).innerText()).trim();
    await tabTo(page, wrong);
    await page.keyboard.press('Enter');
    await expect(phone.locator('.feedback h4')).toHaveText(say('sim.notThis'));
    await tabTo(page, say('sim.continue'));
    await page.keyboard.press('Enter');
    await expect(phone.locator('h3')).toHaveText(title);

    // Tab from the title into the ID field; 9 digits are not enough.
    await page.keyboard.press('Tab');
    await expect(idField).toBeFocused();
    await page.keyboard.type('012 345 678');
    const submit = (await phone.locator('.choices button').first().innerText()).trim();
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    const idError = say('sim.field.id-number.length', { n: 9 });
    await expect(phone.locator('.fields')).toContainText(idError);
    await expect(idField).toBeFocused();
    await expect(idField).toHaveAttribute('aria-invalid', 'true');
    await expect(idField).toHaveAccessibleDescription(`${idError} ${say('sim.rule.id-number')}`);
    await expect(phoneField).toHaveAccessibleDescription(new RegExp(`^${say('sim.field.empty')}`));
    await expect(phone.locator('h3')).toHaveText(title);
    await expect(phone.locator('.feedback h4')).toHaveCount(0);
    expect(await axeInScheme(page, 'light'), 'axe, a form with errors').toEqual([]);
    expect(await axeInScheme(page, 'dark'), 'axe, a form with errors, dark').toEqual([]);

    // 12 digits with spaces pass; a phone number from 1 doesn't. Enter in a field sends the form.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0123 4567 8901');
    await page.keyboard.press('Tab');
    await expect(phoneField).toBeFocused();
    await page.keyboard.type('1900 000 000');
    await page.keyboard.press('Enter');
    await expect(phoneField).toHaveAccessibleDescription(
      `${say('sim.field.phone.start')} ${say('sim.rule.phone')}`,
    );
    await expect(phoneField).toBeFocused();
    await expect(idField).not.toHaveAttribute('aria-invalid');
    await expect(phone.locator('h3')).toHaveText(title);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0900 000 000');
    await page.keyboard.press('Enter');
    await expect(phone.locator('.feedback h4')).toHaveText(say('sim.good'));
    await expect(phone.locator('.feedback h4')).toBeFocused();
    await tabTo(page, say('sim.continue'));
    await page.keyboard.press('Enter');
    await expect(phone.locator('h3')).not.toHaveText(title);
    // What was typed went nowhere: the learner's progress holds no number.
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    for (const typed of ['012345678901', '0123 4567 8901', '0900000000', '0900 000 000'])
      expect(stored).not.toContain(typed);
  });

  test(`${lang}: the code from the SMS is typed into the app: a wrong one is refused, the right one goes on to the caller`, async ({
    page,
  }) => {
    await play(page, install, install.safe.slice(0, 5));
    const phone = page.locator('phone-simulation');
    const title = (await phone.locator('h3').innerText()).trim();
    const otp = phone.getByRole('textbox', { name: form.otp, exact: true });
    await page.keyboard.press('Tab');
    await expect(otp).toBeFocused();
    await page.keyboard.type('482 914');
    await page.keyboard.press('Enter');
    await expect(otp).toHaveAccessibleDescription(`${say('sim.field.otp.code')} ${say('sim.rule.otp')}`);
    await expect(otp).toBeFocused();
    await expect(phone.locator('h3')).toHaveText(title);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('482 913');
    await page.keyboard.press('Enter');
    await expect(phone.locator('.feedback h4')).toHaveText(say('sim.good'));
    await tabTo(page, say('sim.continue'));
    await page.keyboard.press('Enter');
    await expect(phone.locator('.kind')).toContainText(say('sim.kind.call'));
  });

  test(`${lang}: projector mode: a number typed into the form is the field's, not the room's choice`, async ({
    page,
  }) => {
    await gotoSettled(page, at(`/${lang}/lessons/install-vneid/practice/?projector`));
    const phone = page.locator('phone-simulation');
    await page.locator('[data-sim-start]').click();
    const idField = phone.getByRole('textbox', { name: form.id, exact: true });
    await idField.focus();
    await page.keyboard.press('2');
    await expect(idField).toHaveValue('2');
    await expect(phone.locator('.choices button[aria-pressed="true"]')).toHaveCount(0);
    // Out of the field, a number chooses: the form's own choice is checked first.
    await phone.locator('h3').focus();
    await page.keyboard.press('1');
    await expect(idField).toBeFocused();
    await expect(idField).toHaveAttribute('aria-invalid', 'true');
    await phone.locator('h3').focus();
    await page.keyboard.press('2');
    await expect(phone.locator('.choices button').nth(1)).toHaveAttribute('aria-pressed', 'true');
  });

  test.describe('without JS', () => {
    test.use({ javaScriptEnabled: false });

    test(`${lang}: the practice page reads as a walk-through of every screen`, async ({ page }) => {
      await page.goto(at(practicePath(lang, PRACTICES[0]!)));
      // (Playwright's text locators skip <noscript>, so these read what shows.)
      const shown = await page.locator('main').innerText();
      expect(shown).toContain(say('sim.noJs'));
      expect(shown).toContain(say('sim.banner'));
      // The banner of the walk-through; the introduction (and its Start) is for readers with JS.
      await expect(page.locator('.sim-stage .sim-banner').filter({ visible: true })).toHaveCount(1);
      await expect(page.locator('.sim-intro')).toBeHidden();
      const screens = page.locator('li.sim-screen');
      expect(await screens.count()).toBeGreaterThanOrEqual(8);
      for (const screen of await screens.all()) await expect(screen.locator('h3')).toBeVisible();
      // The VNeID form reads as the fields it asks for.
      expect(shown).toContain(say('sim.field.text', { label: form.id, rule: say('sim.rule.id-number') }));
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
    const lessonPath = (slug: string) => `/${lang}/lessons/${slug}/`;
    for (const slug of new Set(PRACTICES.map((practice) => practice.slug))) {
      await page.goto(at(lessonPath(slug)));
      await page.getByRole('link', { name: say('sim.practiseLink') }).click();
      await expect(page).toHaveURL(new RegExp(`${lessonPath(slug)}practice/$`));
      await expect(page.locator('phone-simulation .sim-intro')).toBeVisible();
    }

    const practices = new Set(
      builtPages()
        .filter((p) => p.kind === 'practice' && p.lang === lang)
        .map((p) => p.path.replace(/practice\/$/, '')),
    );
    expect([...practices].sort()).toEqual(
      [...new Set(PRACTICES.map((practice) => lessonPath(practice.slug)))].sort(),
    );
    const other = builtPages().find((p) => p.kind === 'lesson' && p.lang === lang && !practices.has(p.path))!;
    await page.goto(at(other.path));
    await expect(page.getByRole('link', { name: say('sim.practiseLink') })).toHaveCount(0);
  });
}
