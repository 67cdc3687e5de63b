import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './checks';
import { lead, t } from './ui';

// Listen (issue 9): each lesson step can be read aloud by the browser's speech synthesis, in the
// page's language, only when the device has such a voice, and never without being asked.

interface Voice {
  name: string;
  lang: string;
  localService?: boolean;
}
type SpeechOp = { op: string; text?: string; lang?: string; voice?: string };

/** Stands in for the device's speech engine and records what it was asked to do. */
async function fakeSpeech(page: Page, voices: Voice[], { late = false } = {}) {
  await page.addInitScript(
    ({ voices, late }) => {
      const log: SpeechOp[] = [];
      let queue: SpeechSynthesisUtterance[] = [];
      let listed = late ? [] : voices;
      const events = new EventTarget();
      const synth = {
        getVoices: () => listed,
        speak(u: SpeechSynthesisUtterance) {
          log.push({ op: 'speak', text: u.text, lang: u.lang, voice: u.voice?.name });
          queue.push(u);
        },
        pause: () => log.push({ op: 'pause' }),
        resume: () => log.push({ op: 'resume' }),
        cancel() {
          log.push({ op: 'cancel' });
          const stopped = queue;
          queue = [];
          for (const u of stopped) u.onerror?.({ error: 'canceled' } as SpeechSynthesisErrorEvent);
        },
        addEventListener: events.addEventListener.bind(events),
        removeEventListener: events.removeEventListener.bind(events),
      };
      const w = window as unknown as Record<string, unknown>;
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      w.SpeechSynthesisUtterance = class {
        text: string;
        lang = '';
        voice: Voice | null = null;
        rate = 1;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      };
      w.speechLog = log;
      w.finishSpeaking = () => {
        const done = queue;
        queue = [];
        for (const u of done) u.onend?.({} as SpeechSynthesisEvent);
      };
      w.listVoices = () => {
        listed = voices;
        events.dispatchEvent(new Event('voiceschanged'));
      };
    },
    { voices, late },
  );
}

const log = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: SpeechOp[] }).speechLog);
const vietnamese = { name: 'Tiếng Việt', lang: 'vi-VN', localService: true };
const english = { name: 'English', lang: 'en-GB', localService: true };
const lesson = '/vi/lessons/scan-to-pay/';

/** Opens a lesson and scrolls to its steps, where Listen's code loads (src/lib/on-demand.ts). */
async function openAtSteps(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.locator('.step').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !!customElements.get('listen-button'));
}

test('Listen reads a step aloud in Vietnamese only when asked, and pauses, resumes and stops', async ({
  page,
}) => {
  await fakeSpeech(page, [english, vietnamese]);
  await openAtSteps(page, lesson);
  const steps = page.locator('.step');
  await expect(
    page.locator('listen-button').getByRole('button', { name: new RegExp(`^${t.vi('listen.play')}`) }),
  ).toHaveCount(await steps.count());
  expect(await log(page), 'nothing plays by itself').toEqual([]);

  const title = (await steps.nth(1).locator('h3').textContent())!.trim();
  const listen = steps.nth(1).getByRole('button', { name: `Nghe: ${title}` });
  await listen.click();
  const spoken = (await log(page)).filter((entry) => entry.op === 'speak');
  expect(spoken[0]).toMatchObject({
    text: `${t.vi('lesson.stepLabel', { n: 2 })}.`,
    lang: 'vi-VN',
    voice: 'Tiếng Việt',
  });
  expect(spoken[1]!.text).toBe(`${title}.`);
  const body = (await steps.nth(1).locator('.step-text').innerText()).replace(/\s+/g, ' ').trim();
  expect(
    spoken
      .slice(2)
      .map((s) => s.text)
      .join(' '),
  ).toBe(body);

  const pause = steps.nth(1).getByRole('button', { name: t.vi('listen.pause') });
  await expect(pause).toBeFocused();
  await pause.click();
  await steps
    .nth(1)
    .getByRole('button', { name: t.vi('listen.resume') })
    .click();
  await steps
    .nth(1)
    .getByRole('button', { name: t.vi('listen.stop') })
    .click();
  expect((await log(page)).map((entry) => entry.op).slice(-3)).toEqual(['pause', 'resume', 'cancel']);
  await expect(listen).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('listen.png') });
});

test('one step speaks at a time, and the button comes back when the reading ends', async ({ page }) => {
  await fakeSpeech(page, [vietnamese]);
  await openAtSteps(page, lesson);
  const steps = page.locator('.step');
  await steps
    .nth(0)
    .getByRole('button', { name: new RegExp(`^${lead('vi', 'listen.playStep')}`) })
    .click();
  await expect(steps.nth(0).getByRole('button', { name: t.vi('listen.pause') })).toBeVisible();
  expect(await axeViolations(page), 'axe while reading').toEqual([]);

  await steps
    .nth(2)
    .getByRole('button', { name: new RegExp(`^${lead('vi', 'listen.playStep')}`) })
    .click();
  await expect(
    steps.nth(0).getByRole('button', { name: new RegExp(`^${lead('vi', 'listen.playStep')}`) }),
  ).toBeVisible();
  await expect(steps.nth(0).getByRole('button', { name: t.vi('listen.pause') })).toHaveCount(0);
  await expect(steps.nth(2).getByRole('button', { name: t.vi('listen.pause') })).toBeVisible();

  await page.evaluate(() => (window as unknown as { finishSpeaking: () => void }).finishSpeaking());
  await expect(
    steps.nth(2).getByRole('button', { name: new RegExp(`^${lead('vi', 'listen.playStep')}`) }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: t.vi('listen.stop') })).toHaveCount(0);
});

test('Listen works by keyboard', async ({ page }) => {
  await fakeSpeech(page, [vietnamese]);
  await openAtSteps(page, lesson);
  const first = page
    .locator('.step')
    .first()
    .getByRole('button', { name: new RegExp(`^${lead('vi', 'listen.playStep')}`) });
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(
    page
      .locator('.step')
      .first()
      .getByRole('button', { name: t.vi('listen.pause') }),
  ).toBeFocused();
  await page.keyboard.press('Space');
  await expect(
    page
      .locator('.step')
      .first()
      .getByRole('button', { name: t.vi('listen.resume') }),
  ).toBeFocused();
  expect((await log(page)).map((entry) => entry.op)).toContain('pause');
});

test('Listen uses the page language and hides without a voice for it', async ({ page }) => {
  await fakeSpeech(page, [vietnamese]);
  await openAtSteps(page, '/en/lessons/scan-to-pay/');
  await expect(page.locator('.step').first()).toBeVisible();
  await expect(page.locator('listen-button').getByRole('button')).toHaveCount(0);

  await fakeSpeech(page, [vietnamese, english]);
  await openAtSteps(page, '/en/lessons/scan-to-pay/');
  await page
    .locator('.step')
    .first()
    .getByRole('button', { name: new RegExp(`^${lead('en', 'listen.playStep')}`) })
    .click();
  expect((await log(page)).find((entry) => entry.op === 'speak')).toMatchObject({
    text: `${t.en('lesson.stepLabel', { n: 1 })}.`,
    lang: 'en-GB',
  });
});

test('Listen appears once the device lists its voices, and not at all in a browser with none', async ({
  page,
  browser,
}) => {
  await fakeSpeech(page, [vietnamese], { late: true });
  await openAtSteps(page, lesson);
  await expect(page.locator('listen-button').getByRole('button')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { listVoices: () => void }).listVoices());
  await expect(
    page
      .locator('listen-button')
      .getByRole('button', { name: new RegExp(`^${lead('vi', 'listen.playStep')}`) })
      .first(),
  ).toBeVisible();

  // The test browser itself has no voices: nothing shows, nothing fails.
  const plain = await browser.newPage();
  const errors: string[] = [];
  plain.on('pageerror', (error) => errors.push(error.message));
  await openAtSteps(plain, lesson);
  await expect(plain.locator('.step').first()).toBeVisible();
  await expect(plain.locator('listen-button').getByRole('button')).toHaveCount(0);
  expect(errors).toEqual([]);
  await plain.close();
});
