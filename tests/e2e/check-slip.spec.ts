import { expect, test, type Page } from '@playwright/test';
import { decode as fromBase45, encode as toBase45 } from 'base45-ts';
import { join } from 'node:path';
import { axeViolations, horizontalOverflow } from './checks';
import { rgbaPng } from './fake-camera';
import { tabTo } from './keyboard';
import { at, currentSite, mainBuildOnly, readBuilt } from './site';
import { t, type Locale } from './ui';
import { placeOn, qrRgba } from '../harness/qr-image';
import { signAsStranger, signAsTestTrainer } from '../harness/trainer-keys';
import { CURRICULUM_ID } from '../../src/lib/slip';
import { SIGNED_PREFIX, type SignedRecord } from '../../src/lib/signed-slip';

// Issue #22: anyone checks a trainer-signed slip on /{lang}/check/, offline too, and sees exactly
// one of: verified, could not be verified (with why), key not in this version. The test builds
// trust the keys in tests/fixtures/trainers (tests/run.mjs); the tests sign as those trainers.

const TEAM = 'Tổ thử nghiệm Học Số';

function catalog(locale: Locale): { code: number; title: string }[] {
  return JSON.parse(readBuilt(join(currentSite().dist, locale, 'catalog.json'))) as {
    code: number;
    title: string;
  }[];
}

function record(locale: Locale, overrides: Partial<SignedRecord> = {}): Omit<SignedRecord, 'keyId'> {
  const [first, second] = catalog(locale);
  return {
    curriculum: CURRICULUM_ID,
    learnerId: '3fa85f64c2b1',
    name: 'Nguyễn Thị Lan',
    lessons: [
      { code: first!.code, completed: '2026-11-20' },
      { code: second!.code, completed: '2026-11-28' },
    ],
    workshop: 'PHUHOA-1128',
    signed: '2026-11-30',
    expires: '2027-11-30',
    ...overrides,
  };
}

/** A slip of one lesson, completed on `completed`, signed on `signed` and good until `expires`. */
const dated = (locale: Locale, signed: string, completed: string, expires = '2027-12-31') =>
  record(locale, { signed, expires, lessons: [{ code: catalog(locale)[0]!.code, completed }] });

const result = (page: Page) => page.locator('slip-check [data-check-result]');

/** Pastes a code and presses Check, by keyboard alone. */
async function checkByKeyboard(page: Page, locale: Locale, code: string): Promise<void> {
  await page.goto(at(`/${locale}/check/`));
  await tabTo(page, (info) => info.tag === 'textarea');
  await page.keyboard.insertText(code);
  const button = await tabTo(
    page,
    (info) => info.tag === 'button' && info.text === t[locale]('check.button'),
  );
  expect(button.visible).toBe(true);
  await page.keyboard.press('Enter');
}

for (const locale of ['vi', 'en'] as const) {
  for (const trainer of ['test-ed25519', 'test-ecdsa'] as const)
    test(`${locale}: a slip signed with ${trainer} is verified, with who signed and the lessons`, async ({
      page,
    }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const code = await signAsTestTrainer(trainer, record(locale));
      await checkByKeyboard(page, locale, code);
      const name = trainer === 'test-ed25519' ? 'Nguyễn Văn Thử' : 'Trần Thị Thử';
      await expect(result(page)).toContainText(
        t[locale]('check.verified', { trainer: name, team: TEAM, date: '30/11/2026' }),
      );
      const [first, second] = catalog(locale);
      await expect(result(page)).toContainText(
        t[locale]('check.lesson', { title: first!.title, date: '20/11/2026' }),
      );
      await expect(result(page)).toContainText(
        t[locale]('check.lesson', { title: second!.title, date: '28/11/2026' }),
      );
      await expect(result(page)).toContainText(t[locale]('check.learner', { name: 'Nguyễn Thị Lan' }));
      await expect(result(page)).toContainText(t[locale]('check.expires', { date: '30/11/2027' }));
      await expect(result(page)).toHaveAttribute('data-status', 'verified');
      // The page says plainly what a signature is and isn't.
      await expect(page.locator('main')).toContainText(t[locale]('check.honest'));
      expect(await axeViolations(page)).toEqual([]);
      // Nothing left the site: the keys and titles are in the page.
      const origin = new URL(page.url()).origin;
      expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    });

  test(`${locale}: a tampered code, an expired slip and one signed outside the key's time are not verified, each saying why`, async ({
    page,
  }) => {
    const code = await signAsTestTrainer('test-ed25519', record(locale));
    // One day of one lesson moved: still a well-formed slip, but not what was signed.
    const bytes = fromBase45(code.slice(SIGNED_PREFIX.length));
    bytes[bytes.length - 65] = bytes[bytes.length - 65]! + 1;
    await checkByKeyboard(page, locale, SIGNED_PREFIX + toBase45(bytes));
    await expect(result(page)).toContainText(t[locale]('check.unverified'));
    await expect(result(page)).toContainText(t[locale]('check.why.signature'));
    await expect(result(page)).toHaveAttribute('data-status', 'unverified');
    expect(await axeViolations(page)).toEqual([]);

    // A character changed in the text: not even a slip any more.
    const typo = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    await checkByKeyboard(page, locale, typo);
    await expect(result(page)).toContainText(t[locale]('check.unverified'));
    await expect(result(page)).not.toContainText(
      t[locale]('check.verified', { trainer: '', team: '', date: '' }).trim(),
    );

    const expired = await signAsTestTrainer(
      'test-ed25519',
      dated(locale, '2026-01-10', '2026-01-10', '2026-02-10'),
    );
    await checkByKeyboard(page, locale, expired);
    await expect(result(page)).toContainText(t[locale]('check.why.expired', { date: '10/2/2026' }));

    // test-ended was valid through 2025: a slip it signed in June 2026 is not to be trusted…
    const late = await signAsTestTrainer('test-ended', dated(locale, '2026-06-01', '2026-06-01'));
    await checkByKeyboard(page, locale, late);
    await expect(result(page)).toContainText(
      t[locale]('check.why.outside', { date: '1/6/2026', from: '1/1/2025', until: '31/12/2025' }),
    );
    // …while one it signed while valid still is, though the key has ended since.
    const inTime = await signAsTestTrainer('test-ended', dated(locale, '2025-06-01', '2025-05-30'));
    await checkByKeyboard(page, locale, inTime);
    await expect(result(page)).toContainText(
      t[locale]('check.verified', { trainer: 'Lê Văn Cũ', team: TEAM, date: '1/6/2025' }),
    );
  });

  test(`${locale}: a slip signed with a key this version doesn't list says to update the site`, async ({
    page,
  }) => {
    await checkByKeyboard(page, locale, await signAsStranger(record(locale)));
    await expect(result(page)).toContainText(t[locale]('check.unknownKey'));
    await expect(result(page)).toContainText(
      t[locale]('check.unknownKeyWhy', { key: 'not-a-listed-trainer' }),
    );
    await expect(result(page)).toHaveAttribute('data-status', 'unknown-key');
    await expect(result(page)).not.toContainText(t[locale]('check.unverified'));
  });
}

test('a photo of the slip is read and checked; an empty box asks for a code', async ({ page }) => {
  const code = await signAsTestTrainer('test-ecdsa', record('vi'));
  await page.goto(at('/vi/check/'));
  await page.getByRole('button', { name: t.vi('check.button') }).click();
  await expect(result(page)).toHaveText(t.vi('check.empty'));
  await page.getByRole('button', { name: t.vi('check.openScanner') }).click();
  const input = page.locator('slip-scanner').getByLabel(t.vi('scan.photo'));
  // A phone photo of the printed slip: large, the code one part of it.
  const photo = rgbaPng(placeOn(qrRgba(code, 8), 2400, 1800, 120));
  await input.setInputFiles({ name: 'giay.png', mimeType: 'image/png', buffer: photo });
  await expect(result(page)).toContainText(
    t.vi('check.verified', { trainer: 'Trần Thị Thử', team: TEAM, date: '30/11/2026' }),
  );
  await expect(page.getByLabel(t.vi('check.pasteLabel'))).toHaveValue(code);
  expect(await axeViolations(page)).toEqual([]);
});

test('at 320 px nothing scrolls sideways, with a verdict shown', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await checkByKeyboard(page, 'vi', await signAsTestTrainer('test-ed25519', record('vi')));
  await expect(result(page)).toHaveAttribute('data-status', 'verified');
  expect(await horizontalOverflow(page)).toBe(0);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test(
    'opened once online, the check page opens and verifies with no network',
    mainBuildOnly(),
    async ({ page, context }) => {
      const code = await signAsTestTrainer('test-ed25519', record('vi'));
      // Any page: the install keeps the check page (it is in the app shell).
      await page.goto(at('/vi/'));
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      await checkByKeyboard(page, 'vi', code);
      await expect(result(page)).toContainText(
        t.vi('check.verified', { trainer: 'Nguyễn Văn Thử', team: TEAM, date: '30/11/2026' }),
      );
    },
  );
});
