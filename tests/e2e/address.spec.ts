import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { normalise, printToPdf, qrOnPage } from './pdf';
import { at, currentSite, servedUrl, siteUrl } from './site';
import { t } from './ui';

// QR codes and short addresses point somewhere real (issue 14). A build that knows its public
// address (HOCSO_SITE_URL) draws them at build time; a build that doesn't draws them in the page
// from the address it is viewed at, so the same files work on any domain and on a hall laptop.
// Both projects run this: the main build knows its address, the sub-path build doesn't.

const LESSON = '/vi/lessons/install-vneid/';
const WARNING = {
  nearby: t.vi('qr.nearbyOnly'),
  thisComputer: t.vi('qr.thisComputerOnly'),
  printPointer: t.vi('guide.qrOnPrintPage', { print: t.vi('lesson.printGuide') }),
};

/** Where a code to this site path must lead: the public address if the build has one, else here. */
const expected = (path: string) => (currentSite().site ? siteUrl(path) : servedUrl(path));
const short = (url: string) => url.replace(/^https?:\/\//, '');

async function decode(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test('the projector’s title screen code opens the lesson on the phones', async ({ page }) => {
  await page.goto(at(`${LESSON}present/`));
  const address = expected(LESSON);
  expect(await decode(page, '.deck-qr svg')).toBe(address);
  await expect(page.locator('.deck-qr')).toContainText(address);
  await expect(page.locator('.deck-qr svg')).toHaveAttribute('aria-label', new RegExp(address));
  // Served from this computer's own loopback address, a drawn code can't reach a phone: say so.
  const warning = page.getByText(WARNING.thisComputer);
  if (currentSite().site) await expect(warning).toHaveCount(0);
  else await expect(warning).toBeVisible();
});

test('a printed guide’s code and address lead back to the lesson', async ({ page }, info) => {
  await page.goto(at(`${LESSON}print/`), { waitUntil: 'networkidle' });
  const address = expected(LESSON);
  await expect(page.locator('.guide-url')).toHaveText(short(address));
  // The trainer sees, on screen only, that a code to this computer works only on its network.
  const warning = page.getByText(WARNING.nearby);
  if (currentSite().site) await expect(warning).toHaveCount(0);
  else await expect(warning).toBeVisible();

  const pdf = await printToPdf(page, info.outputPath('guide.pdf'));
  expect(qrOnPage(pdf.file, 1)).toBe(address);
  expect(pdf.pages[0]).toContain(short(address));
  // The running footer carries the address on every page.
  for (const [i, text] of pdf.pages.entries()) expect(text, `page ${i + 1}`).toContain(short(address));
  expect(pdf.pages.join(' ')).not.toContain(normalise(WARNING.nearby));
});

test('a booklet’s cover code opens its topic', async ({ page }, info) => {
  const path = '/vi/#track-vneid';
  await page.goto(at('/vi/guides/vneid/'), { waitUntil: 'networkidle' });
  const pdf = await printToPdf(page, info.outputPath('booklet.pdf'));
  expect(qrOnPage(pdf.file, 1)).toBe(expected(path));
  expect(pdf.pages[0]).toContain(short(expected(path)));
});

test('printing the lesson page itself never prints an address the build doesn’t know', async ({
  page,
}, info) => {
  await page.goto(at(LESSON), { waitUntil: 'networkidle' });
  const pdf = await printToPdf(page, info.outputPath('lesson.pdf'));
  const text = pdf.pages.join(' ');
  expect(text).not.toMatch(/localhost|127\.0\.0\.\d/);
  if (currentSite().site) {
    expect(qrOnPage(pdf.file, 1)).toBe(siteUrl(LESSON));
  } else {
    // No code, and a pointer to the print page, which draws one.
    expect(qrOnPage(pdf.file, 1)).toBeUndefined();
    expect(pdf.pages[0]).toContain(normalise(WARNING.printPointer));
  }
});
