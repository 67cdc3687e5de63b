import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { StoredProgress } from '../../src/schemas/progress';
import { decodeSlip } from '../../src/lib/slip';
import { axeViolations, horizontalOverflow } from './checks';
import { normalise, printToPdf, qrOnPage } from './pdf';
import { UI, answerWithMouse, readQuiz } from './quiz';
import { t, type Locale } from './ui';

// The learner's printable completion slip (issue 17 point 5): from the progress page, an A4
// "Certificate of completion" with the name, the completed lessons (day, best score), the workshop,
// and the progress slip's QR, which a trainer can scan from the paper.

const NAME = 'Nguyễn Thị Lan';
const WORKSHOP = { session: 'K7M2QX', name: 'Ấp 3, xã An Minh' };

async function passQuiz(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/${locale}/lessons/install-vneid/`);
  for (const q of await readQuiz(page)) await answerWithMouse(page, q, 'right', UI[locale].check);
  await expect(page.locator('lesson-quiz [data-quiz-result]')).toContainText(UI[locale].passed);
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

const storedState = async (page: Page) =>
  JSON.parse((await page.evaluate(() => localStorage.getItem('hoc-so:progress')))!) as StoredProgress;

for (const locale of ['vi', 'en'] as const) {
  test(`${locale}: a learner who completed a lesson prints a certificate whose QR is their slip`, async ({
    page,
  }) => {
    const say = t[locale];
    const title = await passQuiz(page, locale);
    // The learner joined a workshop and named their profile, as on a shared phone.
    const joinQuery = new URLSearchParams({ s: WORKSHOP.session, w: WORKSHOP.name, l: 'install-vneid' });
    await page.goto(`/${locale}/join/?${joinQuery.toString()}`);
    await expect(page.locator('workshop-join')).toContainText(
      say('workshop.joined', { name: WORKSHOP.name }),
    );
    await page.goto(`/${locale}/progress/`);
    const manager = page.locator('profile-manager');
    await manager
      .getByRole('button', { name: say('profile.rename', { name: say('profile.mainName') }) })
      .click();
    await manager.getByLabel(say('profile.nameLabel'), { exact: true }).fill(NAME);
    await manager.getByRole('button', { name: say('profile.save') }).click();

    await page.getByRole('link', { name: say('certificate.link') }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/certificate/$`));
    const certificate = page.locator('completion-slip');
    await expect(certificate).toContainText(NAME);
    await expect(certificate.getByRole('row', { name: new RegExp(title) })).toContainText('100%');
    await expect(page.getByRole('button', { name: say('guide.printButton') })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const pdf = await printToPdf(page, join(mkdtempSync(join(tmpdir(), 'hocso-cert-')), 'certificate.pdf'));
    expect(pdf.pages).toHaveLength(1);
    const text = pdf.pages[0]!;
    for (const words of [
      say('certificate.title'),
      NAME,
      title,
      '100%',
      say('certificate.workshop', { ...WORKSHOP, date: '' }).split(', ')[0]!,
      say('certificate.notOfficial'),
      say('certificate.qrNote'),
    ])
      expect(text).toContain(normalise(words));
    // No site navigation or controls on paper.
    for (const chrome of [
      say('nav.search'),
      say('guide.printButton'),
      say('certificate.back'),
      say('certificate.intro'),
    ])
      expect(text).not.toContain(normalise(chrome));

    // The printed QR is the learner's progress slip: the same one "Show my trainer" shows.
    const read = decodeSlip(qrOnPage(pdf.file, 1) ?? '');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const profile = (await storedState(page)).profiles.main!;
    expect(read.slip).toMatchObject({ learnerId: profile.learnerId, name: NAME, session: WORKSHOP.session });
    expect(read.slip.lessons).toEqual([{ code: 1, completed: true, bestScore: 100, failedAttempts: 0 }]);
    await page.goto(`/${locale}/progress/`);
    const slip = page.locator('progress-slip');
    await slip.getByRole('button', { name: say('slip.show') }).click();
    expect(decodeSlip(await slip.getByLabel(say('slip.codeLabel')).inputValue())).toEqual(read);
  });
}

test('with nothing completed, the page says so kindly and offers nothing to print', async ({ page }) => {
  await page.goto('/en/certificate/');
  const certificate = page.locator('completion-slip');
  await expect(certificate).toContainText(t.en('certificate.none'));
  await expect(certificate.getByRole('table')).toHaveCount(0);
  await expect(certificate.locator('svg')).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.en('guide.printButton') })).toBeHidden();
  await expect(certificate.getByRole('link', { name: t.en('certificate.lessons') })).toHaveAttribute(
    'href',
    '/en/#lessons',
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
