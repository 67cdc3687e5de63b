import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations, horizontalOverflow } from './checks';
import { tabTo } from './keyboard';
import { downloaded } from './learner-steps';
import { t, type Locale } from './ui';
import { CLASS_BOOK_KEY } from '../../src/stores/class-book';
import { readSignedSlip, verifySlip, type TrainerKey } from '../../src/lib/signed-slip';
import type { ClassBook } from '../../src/schemas/class-book';

// Issue #22: a trainer makes a signing key on the hub (non-extractable, kept in IndexedDB), exports
// the public key file for the registry, and countersigns learners on the class sheet. The whole
// path, with the key built into a registry and checked offline, is signed-path.spec.ts.

const TRAINER = { name: 'Lê Thị Mai', team: 'Tổ công nghệ số ấp Phú Hòa', commune: 'Xã Phú Hòa' };

/** Fills the key form and submits it, by keyboard alone. */
async function makeKeyByKeyboard(page: Page, locale: Locale): Promise<void> {
  const l = t[locale];
  await page.goto(`${locale}/trainer/#signing-key`);
  const key = page.locator('trainer-key');
  await expect(key.getByRole('button', { name: l('trainerKey.make') })).toBeVisible();
  for (const field of ['name', 'team', 'commune'] as const) {
    await tabTo(page, (info) => info.tag === 'input' && info.name === field);
    await page.keyboard.insertText(TRAINER[field]);
  }
  await page.keyboard.press('Enter');
  await expect(key.getByRole('status')).toHaveText(l('trainerKey.madeNow'));
}

const classWith = (session: string, members: ClassBook['classes'][number]['members']): ClassBook => ({
  format: 'hoc-so-classes',
  version: 1,
  current: 'class-1',
  classes: [{ id: 'class-1', session, name: 'Ấp 3', date: '2026-12-01', place: '', members }],
});

const lessons = (completed: number[], started: number[] = []) => [
  ...completed.map((code) => ({ code, completed: true, bestScore: 100, failedAttempts: 0 })),
  ...started.map((code) => ({ code, completed: false, bestScore: 40, failedAttempts: 1 })),
];

for (const locale of ['vi', 'en'] as const)
  test(`${locale}: a trainer makes a key by keyboard, downloads its public file, keeps it across visits and can delete it`, async ({
    page,
  }) => {
    const l = t[locale];
    await page.clock.setFixedTime(new Date('2026-12-02T12:00:00'));
    await makeKeyByKeyboard(page, locale);
    const key = page.locator('trainer-key');
    await expect(key.locator('#key-heading')).toBeFocused();
    await expect(key.locator('#key-heading')).toHaveText(
      `${TRAINER.name}, ${TRAINER.team}, ${TRAINER.commune}`,
    );
    const id = (await key.locator('code').innerText()).trim();
    expect(id).toMatch(/^le-thi-mai-[0-9a-f]{6}$/);
    await expect(key).toContainText(l('trainerKey.made', { date: '2/12/2026', algorithm: 'Ed25519' }));

    // The file is a registry entry and nothing else: no private part.
    const file = await downloaded(page, key.getByRole('button', { name: l('trainerKey.download') }));
    expect(file.name).toBe(`${id}.json`);
    const entry = JSON.parse(file.text) as Record<string, string>;
    expect(Object.keys(entry).sort()).toEqual(
      ['algorithm', 'commune', 'name', 'publicKey', 'team', 'validFrom', 'validUntil'].sort(),
    );
    expect(entry).toMatchObject({
      ...TRAINER,
      algorithm: 'Ed25519',
      validFrom: '2026-12-02',
      validUntil: '2027-12-02',
    });
    expect(Buffer.from(entry['publicKey']!, 'base64url')).toHaveLength(32);
    await expect(key.getByRole('status')).toHaveText(l('trainerKey.downloaded', { file: file.name }));

    // Kept in IndexedDB, where the private key can't be read out.
    const stored = await page.evaluate(
      () =>
        new Promise<{ extractable: boolean; usages: string[]; algorithm: string }>((resolve, reject) => {
          const open = indexedDB.open('hoc-so-trainer');
          open.onerror = () => reject(new Error('no database'));
          open.onsuccess = () => {
            const get = open.result.transaction('keys').objectStore('keys').get('signing-key');
            get.onsuccess = () => {
              const k = (get.result as { privateKey: CryptoKey }).privateKey;
              resolve({ extractable: k.extractable, usages: k.usages, algorithm: k.algorithm.name });
            };
          };
        }),
    );
    expect(stored).toEqual({ extractable: false, usages: ['sign'], algorithm: 'Ed25519' });
    expect(await page.evaluate(() => JSON.stringify(localStorage).includes('signing'))).toBe(false);

    await page.reload();
    await expect(key.locator('code')).toHaveText(id);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Deleting asks first, and "Keep it" keeps it.
    await key.getByRole('button', { name: l('trainerKey.forget') }).click();
    await expect(key.getByRole('button', { name: l('trainerKey.forgetNo') })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(key.locator('code')).toHaveText(id);
    await key.getByRole('button', { name: l('trainerKey.forget') }).click();
    await key.getByRole('button', { name: l('trainerKey.forgetYes') }).click();
    await expect(key.getByRole('status')).toHaveText(l('trainerKey.forgotten'));
    await expect(key.getByLabel(l('trainerKey.name'))).toBeFocused();
    await page.reload();
    await expect(key.getByRole('button', { name: l('trainerKey.make') })).toBeVisible();
  });

test('the key form says which field is missing and moves to it; nothing is made', async ({ page }) => {
  const l = t.en;
  await page.goto('en/trainer/#signing-key');
  const key = page.locator('trainer-key');
  await key.getByLabel(l('trainerKey.name')).fill('Lê Thị Mai');
  await key.getByLabel(l('trainerKey.commune')).fill('Xã <b>');
  await key.getByRole('button', { name: l('trainerKey.make') }).click();
  await expect(key.getByLabel(l('trainerKey.team'))).toBeFocused();
  await expect(key.getByLabel(l('trainerKey.team'))).toHaveAttribute('aria-invalid', 'true');
  await expect(key.getByLabel(l('trainerKey.commune'))).toHaveAttribute('aria-invalid', 'true');
  await expect(key).toContainText(l('trainerKey.problem.team'));
  await expect(key).toContainText(l('trainerKey.problem.commune'));
  await expect(key.getByLabel(l('trainerKey.name'))).toHaveAttribute('aria-invalid', 'false');
  await expect(key.locator('code')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('at an address that is not secure (a hotspot’s http://192.168…), the hub and the sheet say where keys work', async ({
  page,
}) => {
  // The browser makes 127.0.0.1 and localhost secure, so the hall laptop's LAN address is played:
  // no secure context, no WebCrypto, as there.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'isSecureContext', { value: false });
    Object.defineProperty(crypto, 'subtle', { value: undefined });
  });
  await page.goto('vi/trainer/#signing-key');
  const address = new URL(page.url()).origin;
  await expect(page.locator('trainer-key')).toContainText(t.vi('trainerKey.insecure', { address }));
  await expect(page.locator('trainer-key input')).toHaveCount(0);
  await page.goto('vi/trainer/class/');
  await expect(page.locator('class-countersign')).toContainText(t.vi('trainerKey.insecure', { address }));
});

for (const locale of ['vi', 'en'] as const)
  test(`${locale}: on the class sheet a trainer with a key signs each learner's completed lessons, shown as a QR and a code`, async ({
    page,
  }) => {
    const l = t[locale];
    await page.clock.setFixedTime(new Date('2026-12-02T12:00:00'));
    // Without a key, the sheet says so and links to the hub's key section.
    await page.goto(`${locale}/trainer/class/`);
    const sign = page.locator('class-countersign');
    await expect(sign.getByRole('link', { name: l('countersign.makeKey') })).toHaveAttribute(
      'href',
      new RegExp(`/${locale}/trainer/#signing-key$`),
    );
    await makeKeyByKeyboard(page, locale);
    const keyId = (await page.locator('trainer-key code').innerText()).trim();
    const file = await downloaded(
      page,
      page.locator('trainer-key').getByRole('button', { name: l('trainerKey.download') }),
    );
    const registry: TrainerKey[] = [{ id: keyId, ...(JSON.parse(file.text) as Omit<TrainerKey, 'id'>) }];

    await page.evaluate(([key, book]) => localStorage.setItem(key, book), [
      CLASS_BOOK_KEY,
      JSON.stringify(
        classWith('K7M2QX', [
          {
            learnerId: '3fa85f64c2b1',
            name: 'Lan',
            date: '2026-12-01',
            session: 'K7M2QX',
            lessons: lessons([1, 4], [2]),
          },
          { learnerId: '0123456789ab', name: 'Bình', date: '2026-12-02', lessons: lessons([], [1]) },
          { learnerId: 'abcdefabcdef', name: '', date: '2026-12-02', lessons: lessons([3]) },
        ]),
      ),
    ] as const);
    await page.goto(`${locale}/trainer/class/`);
    // This test build doesn't list the new key: the trainer is told what checkers will see.
    await expect(sign).toContainText(l('countersign.unlisted', { id: keyId }));
    // Bình has completed nothing; the row without a name can't be signed.
    await expect(sign.getByRole('button', { name: l('countersign.sign', { name: 'Bình' }) })).toHaveCount(0);
    await expect(sign).toContainText(l('countersign.noName'));

    await tabTo(
      page,
      (info) => info.tag === 'button' && info.text === l('countersign.sign', { name: 'Lan' }),
      200,
    );
    await page.keyboard.press('Enter');
    const heading = sign.getByRole('heading', { name: l('countersign.signedHeading', { name: 'Lan' }) });
    await expect(heading).toBeFocused();
    await expect(sign).toContainText(
      l('countersign.contains', { count: 2, date: '2/12/2026', expires: '2/12/2027' }),
    );
    const code = await sign.getByLabel(l('countersign.codeLabel', { name: 'Lan' })).inputValue();
    // The QR on screen holds exactly the code.
    const png = PNG.sync.read(await sign.locator('.qr').screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(code);
    await expect(sign.getByRole('img', { name: l('countersign.qrLabel', { name: 'Lan' }) })).toBeVisible();

    expect(readSignedSlip(code)?.record).toEqual({
      curriculum: 1,
      learnerId: '3fa85f64c2b1',
      name: 'Lan',
      lessons: [
        { code: 1, completed: '2026-12-01' },
        { code: 4, completed: '2026-12-01' },
      ],
      workshop: 'K7M2QX',
      keyId,
      signed: '2026-12-02',
      expires: '2027-12-02',
    });
    expect(await verifySlip(code, registry, '2026-12-02')).toMatchObject({ status: 'verified' });
    expect(await verifySlip(code, [], '2026-12-02')).toMatchObject({ status: 'unknown-key' });
    expect(await axeViolations(page)).toEqual([]);

    // Done: the code goes away and focus returns to Lan's button.
    await sign.getByRole('button', { name: l('countersign.close') }).click();
    await expect(sign.getByRole('button', { name: l('countersign.sign', { name: 'Lan' }) })).toBeFocused();
    await expect(sign.locator('textarea')).toHaveCount(0);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
