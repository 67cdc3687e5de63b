import { expect, test, type BrowserContext } from '@playwright/test';
import { launchFakeCamera, pictureShot, pngRgba, rgbaPng, writeY4m } from './fake-camera';
import { normalise, printToPdf, qrOnPage } from './pdf';
import { downloaded, nameProfile, passQuiz, showSlip } from './learner-steps';
import { currentSite } from './site';
import { t } from './ui';
import { parseCsv } from '../../src/lib/class-import';
import { decodeSlip } from '../../src/lib/slip';
import type { ClassBook } from '../../src/schemas/class-book';
import { CLASS_BOOK_KEY } from '../../src/stores/class-book';

// Issue #17's whole room, as people do it: a trainer starts a workshop, two learners on their own
// phones learn different lessons (one joined the workshop, one learned at home), and the trainer's
// class sheet reads both slips from the camera (Chromium's fake camera plays screenshots of the
// learners' real QR codes, so the real decoding path runs), then a photo and a pasted code.

const WORKSHOP = 'Ấp 3, xã An Minh';
const l = t.vi;
const NOTHING_IN_VIEW = { data: new Uint8ClampedArray(0), width: 0, height: 0 };

/** Every request a context makes stays on the test site, camera on or off. */
function watchOrigins(context: BrowserContext, elsewhere: string[]): void {
  const { origin } = currentSite();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) elsewhere.push(url.href);
  });
}

test('a workshop: two learners’ slips read from the camera, a photo and a pasted code, the sheet and its outputs', async ({
  browser,
}, info) => {
  test.setTimeout(180_000);
  const elsewhere: string[] = [];
  const contexts: BrowserContext[] = [];
  const context = async () => {
    const made = await browser.newContext();
    watchOrigins(made, elsewhere);
    contexts.push(made);
    return made.newPage();
  };

  // The trainer starts the workshop on the hub.
  const hub = await context();
  await hub.goto('vi/trainer/');
  const start = hub.locator('workshop-start');
  await start.getByLabel(l('workshop.name')).fill(WORKSHOP);
  await start.getByRole('button', { name: l('workshop.start') }).click();
  await expect(start.getByRole('status')).toHaveText(l('workshop.started', { name: WORKSHOP }));
  const session = (await start.locator('.code').innerText()).trim();

  // Lan joins the workshop (the projector's QR leads here; workshop.spec.ts reads that QR) and
  // completes the first lesson. Hùng learns at home: he completes the second lesson and opens
  // "scan to pay" without finishing it.
  const lan = await context();
  const join = new URLSearchParams({ s: session, w: WORKSHOP, l: 'install-vneid' });
  await lan.goto(`vi/join/?${join.toString()}`);
  await expect(lan.locator('workshop-join')).toContainText(l('workshop.joined', { name: WORKSHOP }));
  await passQuiz(lan, 'install-vneid');
  await nameProfile(lan, 'Lan');
  const lanFirst = await showSlip(lan);

  const hung = await context();
  await passQuiz(hung, 'activate-vneid');
  await hung.goto('vi/lessons/scan-to-pay/');
  await nameProfile(hung, 'Hùng');
  const hungSlip = await showSlip(hung);

  // Lan goes on to the second lesson; her newer slip reaches the trainer later, as a photo.
  await passQuiz(lan, 'activate-vneid');
  const lanLater = await showSlip(lan);
  expect(lanLater.text).not.toBe(lanFirst.text);

  // The trainer's laptop camera sees Lan's phone, nothing, then Hùng's phone, nothing (looping).
  const video = info.outputPath('room.y4m');
  writeY4m(video, [
    pictureShot(pngRgba(lanFirst.png), 10),
    pictureShot(NOTHING_IN_VIEW, 10),
    pictureShot(pngRgba(hungSlip.png), 10),
    pictureShot(NOTHING_IN_VIEW, 10),
  ]);
  const camera = await launchFakeCamera(video);
  try {
    const { origin, base } = currentSite();
    const trainerContext = await camera.browser.newContext({
      baseURL: `${origin}${base}`,
      serviceWorkers: 'block',
      permissions: ['camera'],
      // The same laptop: the workshop started on the hub is the class the sheet opens.
      storageState: await hub.context().storageState(),
    });
    watchOrigins(trainerContext, elsewhere);
    const trainer = await trainerContext.newPage();
    await trainer.goto('vi/trainer/class/');
    const sheet = trainer.locator('class-sheet');
    await expect(sheet).toContainText(l('class.session', { session }));
    const catalog = JSON.parse((await sheet.getAttribute('catalog'))!) as Array<{ code: number }>;
    const rows = sheet.locator('tbody tr');
    const rowOf = (name: string) => rows.filter({ has: trainer.locator('th', { hasText: name }) });
    const cell = (name: string, code: number) =>
      rowOf(name)
        .locator('td')
        .nth(1 + catalog.findIndex((lesson) => lesson.code === code));

    await trainer
      .locator('slip-scanner')
      .getByRole('button', { name: l('scan.start') })
      .click();
    await expect(rows).toHaveCount(2, { timeout: 30_000 });
    await expect(rowOf('Lan').locator('td').first()).toHaveText(l('class.attended'));
    await expect(rowOf('Hùng').locator('td').first()).toHaveText(l('class.atHome'));
    await expect(cell('Lan', 1)).toHaveText(/✓\s*\S*\s*100%/);
    await expect(cell('Lan', 2)).toContainText(l('class.notStarted'));
    await expect(cell('Hùng', 2)).toHaveText(/✓\s*\S*\s*100%/);
    await expect(cell('Hùng', 7)).toContainText(l('class.started'));
    await expect(sheet.locator('.help')).toContainText('Hùng');
    await expect(sheet.locator('.help')).not.toContainText('Lan');
    await trainer
      .locator('slip-scanner')
      .getByRole('button', { name: l('scan.stop') })
      .click();

    // Lan's newer slip as a photo: her row is updated, not doubled.
    await trainer
      .locator('slip-scanner input[type="file"]')
      .setInputFiles({ name: 'lan.png', mimeType: 'image/png', buffer: rgbaPng(pngRgba(lanLater.png)) });
    await expect(cell('Lan', 2)).toHaveText(/✓\s*\S*\s*100%/);
    await expect(rows).toHaveCount(2);

    // Hùng's code pasted again: nothing new. A damaged code: a clear message, nothing changed.
    const stored = () => trainer.evaluate((key) => localStorage.getItem(key), CLASS_BOOK_KEY);
    await sheet.getByLabel(l('class.paste')).fill(hungSlip.text);
    await sheet.getByRole('button', { name: l('class.add') }).click();
    await expect(sheet.locator('.messages [role="status"]')).toContainText(
      l('class.unchanged', { name: 'Hùng' }),
    );
    const before = await stored();
    const damaged = `${hungSlip.text.slice(0, 12)}${hungSlip.text[12] === 'Z' ? 'Y' : 'Z'}${hungSlip.text.slice(13)}`;
    await sheet.getByLabel(l('class.paste')).fill(damaged);
    await sheet.getByRole('button', { name: l('class.add') }).click();
    await expect(sheet.locator('.messages [role="alert"]')).toContainText(l('class.problem.damaged'));
    expect(await stored()).toBe(before);
    await expect(rows).toHaveCount(2);

    // The downloads: CSV for the commune, the class file, xAPI statements.
    const csv = parseCsv(
      (await downloaded(trainer, sheet.getByRole('button', { name: l('class.csv') }))).text.replace(
        /^\uFEFF/,
        '',
      ),
    );
    const lanId = decodeSlip(lanLater.text);
    const hungId = decodeSlip(hungSlip.text);
    if (!lanId.ok || !hungId.ok) throw new Error('the learners’ slips must decode');
    expect(csv.slice(1, 3).map((row) => row.slice(0, 4))).toEqual([
      ['Lan', lanId.slip.learnerId, lanId.slip.date, session],
      ['Hùng', hungId.slip.learnerId, hungId.slip.date, ''],
    ]);
    expect(csv[3]![0]).toBe(l('class.totals'));
    const book = JSON.parse(
      (await downloaded(trainer, sheet.getByRole('button', { name: l('class.json') }))).text,
    ) as ClassBook;
    expect(book.classes).toHaveLength(1);
    expect(book.classes[0]).toMatchObject({ name: WORKSHOP, session });
    expect(book.classes[0]!.members.map((m) => [m.name, m.session, m.lessons.map((x) => x.code)])).toEqual([
      ['Lan', session, [1, 2]],
      ['Hùng', undefined, [2, 7]],
    ]);
    const statements = JSON.parse(
      (await downloaded(trainer, sheet.getByRole('button', { name: l('class.xapi') }))).text,
    ) as Array<{
      actor: { account: { name: string } };
      verb: { display: { 'en-US': string } };
      object: { id: string };
    }>;
    const said = statements.map(
      (s) => `${s.actor.account.name} ${s.verb.display['en-US']} ${s.object.id.replace(/.*\//, '')}`,
    );
    expect(said).toEqual(
      expect.arrayContaining([
        `${lanId.slip.learnerId} completed 1`,
        `${lanId.slip.learnerId} completed 2`,
        `${hungId.slip.learnerId} completed 2`,
        `${hungId.slip.learnerId} attempted 7`,
      ]),
    );
    expect(said).not.toContain(`${hungId.slip.learnerId} completed 7`);

    // The printed class sheet reads right.
    const printed = await printToPdf(trainer, info.outputPath('class.pdf'));
    const text = printed.pages.join(' ');
    for (const words of [WORKSHOP, 'Lan', 'Hùng', l('class.totals'), l('class.session', { session })])
      expect(text).toContain(normalise(words));
  } finally {
    await camera.close();
  }

  // Lan prints her completion slip; its QR is her slip, workshop included.
  await lan.goto('vi/certificate/');
  await expect(lan.locator('completion-slip')).toContainText('Lan');
  const certificate = await printToPdf(lan, info.outputPath('certificate.pdf'));
  expect(certificate.pages.join(' ')).toContain(normalise(l('certificate.notOfficial')));
  const printedSlip = decodeSlip(qrOnPage(certificate.file, 1) ?? '');
  expect(printedSlip.ok && printedSlip.slip).toMatchObject({ name: 'Lan', session });
  expect(printedSlip.ok && printedSlip.slip.lessons.map((x) => x.code)).toEqual([1, 2]);

  expect(elsewhere).toEqual([]);
  for (const made of contexts) await made.close();
});
