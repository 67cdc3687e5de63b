import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, gotoSettled, horizontalOverflow } from './checks';
import { tabTo } from './keyboard';
import { normalise, printToPdf, qrsOnPage } from './pdf';
import { at, currentSite, readBuilt } from './site';
import { t, type Locale } from './ui';
import { signAsTestTrainer } from '../harness/trainer-keys';
import { decodeSlip, CURRICULUM_ID } from '../../src/lib/slip';
import type { SignedRecord } from '../../src/lib/signed-slip';
import type { CourseLesson } from '../../src/lib/course-catalog';
import type { ExportFile } from '../../src/schemas/export-file';
import { PROGRESS_VERSION, type StoredProgress } from '../../src/schemas/progress';

// Issue #22, the learner's side: on the progress page a learner receives the slip their trainer
// signed for them (pasted here; the camera reads the same text), which is kept with their progress
// and printed, QR and text, on their certificate. A code for another learner or a damaged one is
// refused and nothing is stored. The test builds trust the test trainers' keys (tests/run.mjs).

const LEARNER = '3fa85f64c2b1';
const NAME = 'Nguyễn Thị Lan';
const COMPLETED = '2026-11-20T09:15:00.000Z';

const catalog = (locale: Locale) =>
  JSON.parse(readBuilt(join(currentSite().dist, locale, 'catalog.json'))) as CourseLesson[];
const lesson = (locale: Locale) => catalog(locale).find((entry) => entry.slug === 'install-vneid')!;

/** A named learner who completed install-vneid, as their phone keeps it. */
function learnerWithLesson(): StoredProgress {
  return {
    format: 'hoc-so-progress',
    version: PROGRESS_VERSION,
    current: 'main',
    profiles: {
      main: {
        name: NAME,
        created: COMPLETED,
        learnerId: LEARNER,
        lessons: {
          'install-vneid': {
            firstVisited: COMPLETED,
            stepsChecked: [],
            attempts: [
              {
                id: 'a1',
                at: COMPLETED,
                correct: 4,
                total: 4,
                score: 100,
                answers: {},
                passed: true,
              },
            ],
            bestScore: 100,
            completed: COMPLETED,
            practice: [],
          },
        },
      },
    },
  };
}

const record = (locale: Locale, overrides: Partial<SignedRecord> = {}): Omit<SignedRecord, 'keyId'> => ({
  curriculum: CURRICULUM_ID,
  learnerId: LEARNER,
  name: NAME,
  lessons: [{ code: lesson(locale).code, completed: '2026-11-20' }],
  workshop: 'PHUHOA-1128',
  signed: '2026-11-30',
  expires: '2027-11-30',
  ...overrides,
});

const stored = async (page: Page) =>
  JSON.parse((await page.evaluate(() => localStorage.getItem('hoc-so:progress')))!) as StoredProgress;
const signedKept = async (page: Page) => (await stored(page)).profiles.main!.signed;

const receiver = (page: Page) => page.locator('signed-receive');

/** Opens "Receive a signature", pastes a code and keeps it, by keyboard alone. */
async function receiveByKeyboard(page: Page, locale: Locale, code: string): Promise<void> {
  const say = t[locale];
  const field = receiver(page).getByLabel(say('received.pasteLabel'));
  if (await field.isVisible()) {
    await receiver(page)
      .getByRole('button', { name: say('received.hide') })
      .focus();
  } else {
    // From the link just above it.
    await page.getByRole('link', { name: say('certificate.link') }).focus();
    const toggle = await tabTo(page, (info) => info.tag === 'button' && info.text === say('received.show'));
    expect(toggle.visible).toBe(true);
    await page.keyboard.press('Enter');
  }
  const box = await tabTo(page, (info) => info.tag === 'textarea');
  expect(box.visible).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
  const save = await tabTo(page, (info) => info.tag === 'button' && info.text === say('received.save'));
  expect(save.visible).toBe(true);
  await page.keyboard.press('Enter');
}

for (const locale of ['vi', 'en'] as const) {
  const say = t[locale];

  test(`${locale}: a learner receives their trainer's signature by keyboard; it stays, refusals store nothing, and the certificate prints it`, async ({
    page,
  }, info) => {
    test.setTimeout(90_000);
    await page.goto(at(`/${locale}/`));
    await page.evaluate(
      (state) => localStorage.setItem('hoc-so:progress', JSON.stringify(state)),
      learnerWithLesson(),
    );
    const code = await signAsTestTrainer('test-ed25519', record(locale));

    await gotoSettled(page, at(`/${locale}/progress/`));
    await expect(receiver(page).getByRole('button', { name: say('received.show') })).toBeVisible();
    await receiveByKeyboard(page, locale, code);
    const status = receiver(page).getByRole('status');
    await expect(status).toHaveText(say('received.done'));
    // What was received: who signed (the key), when, for which lessons, until when, and where to check.
    const details = receiver(page).locator('.signed-details');
    await expect(details).toContainText(say('received.key', { key: 'test-ed25519' }));
    await expect(details).toContainText(say('received.signed', { date: '30/11/2026' }));
    await expect(details).toContainText(
      say('check.lesson', { title: lesson(locale).title, date: '20/11/2026' }),
    );
    await expect(details).toContainText(say('check.expires', { date: '30/11/2027' }));
    await expect(details.getByRole('link', { name: say('check.title') })).toHaveAttribute(
      'href',
      `/${locale}/check/`,
    );
    expect(await signedKept(page)).toEqual([code]);
    expect(await axeViolations(page)).toEqual([]);

    // The same code again: kept already, nothing changes.
    await receiveByKeyboard(page, locale, code);
    await expect(status).toHaveText(say('received.already'));
    expect(await signedKept(page)).toEqual([code]);

    // After a reload it is still there, and shown as the newest.
    await gotoSettled(page, at(`/${locale}/progress/`));
    await receiver(page)
      .getByRole('button', { name: say('received.show') })
      .click();
    await expect(receiver(page)).toContainText(say('received.count', { count: 1 }));
    await expect(receiver(page).getByRole('heading', { name: say('received.newestHeading') })).toBeVisible();
    await expect(receiver(page).locator('.signed-details')).toContainText(
      say('received.key', { key: 'test-ed25519' }),
    );
    expect(await signedKept(page)).toEqual([code]);

    // A code signed for someone else: refused, naming them, and nothing stored. Bad input stays in the box.
    const before = await page.evaluate(() => localStorage.getItem('hoc-so:progress'));
    const theirs = await signAsTestTrainer(
      'test-ecdsa',
      record(locale, { learnerId: '0a1b2c3d4e5f', name: 'Trần Văn Bảy' }),
    );
    await receiveByKeyboard(page, locale, theirs);
    await expect(status).toHaveText(say('received.otherLearner', { name: 'Trần Văn Bảy' }));
    await expect(receiver(page).getByLabel(say('received.pasteLabel'))).toHaveValue(theirs);
    expect(await page.evaluate(() => localStorage.getItem('hoc-so:progress'))).toBe(before);

    // A damaged code (characters lost on the way), and none at all: a clear message each.
    await receiveByKeyboard(page, locale, code.slice(0, -2));
    await expect(status).toHaveText(say('received.unreadable'));
    await receiveByKeyboard(page, locale, '');
    await expect(status).toHaveText(say('received.empty'));
    expect(await page.evaluate(() => localStorage.getItem('hoc-so:progress'))).toBe(before);
    expect(await axeViolations(page)).toEqual([]);

    // The export carries it, so it moves to another phone with the lessons.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say('transfer.exportJson') }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as ExportFile;
    expect(exported.signed).toEqual([code]);

    // The certificate prints it: its QR code is exactly the code kept, with the code in words and
    // what a signature is, with the check page's full address. The progress slip's QR stays too.
    await gotoSettled(page, at(`/${locale}/certificate/`));
    const certificate = page.locator('completion-slip');
    await expect(certificate).toContainText(say('received.printHeading'));
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const checkPage = new URL(`/${locale}/check/`, page.url()).href;
    const pdf = await printToPdf(page, info.outputPath('certificate.pdf'));
    expect(pdf.pages).toHaveLength(1);
    const text = pdf.pages[0]!;
    for (const words of [
      say('received.printSigned', { key: 'test-ed25519', date: '30/11/2026', expires: '30/11/2027' }),
      say('received.printHonest', { url: checkPage }),
      say('certificate.qrNote'),
    ])
      expect(text).toContain(normalise(words));
    // The code's text, in small type (its lines break anywhere: compared without spaces).
    expect(text.replace(/\s/g, '')).toContain(code.replace(/\s/g, ''));
    const codes = qrsOnPage(pdf.file, 1);
    expect(codes).toHaveLength(2);
    expect(codes).toContain(code);
    const progress = decodeSlip(codes.find((read) => read !== code) ?? '');
    expect(progress.ok && progress.slip.learnerId).toBe(LEARNER);
  });
}

test('with storage blocked, a learner still receives a signature for this visit and can take it away in the export', async ({
  page,
}) => {
  const say = t.en;
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await gotoSettled(page, at('/en/progress/'));
  // This visit's learner id, as "Show my trainer" tells it.
  const slip = page.locator('progress-slip');
  await slip.getByRole('button', { name: say('slip.show') }).click();
  const learnerId = /\b[0-9a-f]{12}\b/.exec(await slip.locator('.slip-contents').innerText())![0];
  const code = await signAsTestTrainer('test-ecdsa', {
    ...record('en'),
    learnerId,
    name: 'Lan',
  });
  await receiver(page)
    .getByRole('button', { name: say('received.show') })
    .click();
  await receiver(page).getByLabel(say('received.pasteLabel')).fill(code);
  await receiver(page)
    .getByRole('button', { name: say('received.save') })
    .click();
  await expect(receiver(page).getByRole('status')).toHaveText(say('received.done'));
  await expect(page.locator('site-notices')).toContainText(say('storage.memoryOnly'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: say('transfer.exportJson') }).click(),
  ]);
  expect((JSON.parse(readFileSync(await download.path(), 'utf8')) as ExportFile).signed).toEqual([code]);
});
