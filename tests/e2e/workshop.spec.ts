import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { StoredProgress } from '../../src/schemas/progress';
import type { ClassBook } from '../../src/schemas/class-book';
import { decodeSlip } from '../../src/lib/slip';
import { axeViolations, horizontalOverflow } from './checks';
import { t } from './ui';

// Workshop sessions (issue 17 point 4): the trainer starts a workshop on the hub, the projector's
// title screen shows its QR, a learner's phone scans it and joins, and their slip carries it.

const NAME = 'Ấp 3, xã An Minh';
const PLACE = 'Nhà văn hoá ấp 3';

const stored = async <T>(page: Page, key: string) =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null') as T;
const learnerProfile = async (page: Page) => {
  const state = await stored<StoredProgress>(page, 'hoc-so:progress');
  return state.profiles[state.current]!;
};

/** The QR code in an element, read from a screenshot as a phone camera would. */
async function qrIn(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Starts a workshop on the trainer hub; returns its session id as the hub shows it. */
async function startWorkshop(page: Page): Promise<string> {
  await page.goto('/vi/trainer/');
  const start = page.locator('workshop-start');
  await expect(start).toContainText(t.vi('workshop.none'));
  await start.getByLabel(t.vi('workshop.name')).fill(NAME);
  await start.getByLabel(t.vi('workshop.place')).fill(PLACE);
  await start.getByRole('button', { name: t.vi('workshop.start') }).click();
  await expect(start.getByRole('status')).toHaveText(t.vi('workshop.started', { name: NAME }));
  await expect(start.getByRole('heading', { name: NAME })).toBeFocused();
  return (await start.locator('.code').innerText()).trim();
}

async function learnerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('start a workshop → the projector shows its QR → a learner joins → their slip carries the session', async ({
  page,
  browser,
  baseURL,
}) => {
  const session = await startWorkshop(page);
  expect(session).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
  const book = await stored<ClassBook>(page, 'hoc-so:classes');
  expect(book.classes).toHaveLength(1);
  expect(book.classes[0]).toMatchObject({ name: NAME, place: PLACE, session, members: [] });
  expect(book.current).toBe(book.classes[0]!.id);
  const hub = page.locator('workshop-start');
  await expect(hub.getByRole('link', { name: t.vi('workshop.classSheet') })).toHaveAttribute(
    'href',
    '/vi/trainer/class/',
  );
  expect(await axeViolations(page)).toEqual([]);

  // The projector's title screen: the session QR (with its caption) instead of the plain lesson code.
  await page.goto('/vi/lessons/install-vneid/present/');
  const caption = t.vi('workshop.scanToJoin', { name: NAME, session });
  await expect(page.locator('session-qr')).toContainText(caption);
  await expect(page.locator('session-qr .deck-qr')).toBeHidden();
  const joinUrl = await qrIn(page, 'session-qr .code');
  const expected = new URL('vi/join/', baseURL);
  expected.search = new URLSearchParams({ s: session, w: NAME, l: 'install-vneid' }).toString();
  expect(joinUrl).toBe(expected.href);
  await expect(
    page.getByRole('img', { name: t.vi('workshop.qrLabel', { name: NAME, session }) }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // A learner's phone opens the scanned address.
  const learner = await learnerPage(browser);
  await learner.goto(joinUrl!);
  const join = learner.locator('workshop-join');
  await expect(join).toContainText(t.vi('workshop.joined', { name: NAME }));
  const lessonLink = join.getByRole('link', { name: /^Mở bài học: / });
  await expect(lessonLink).toHaveAttribute('href', '/vi/lessons/install-vneid/');
  const profile = await learnerProfile(learner);
  expect(profile.workshop).toMatchObject({ session, name: NAME });
  expect(Date.parse(profile.workshop!.joined)).toBeGreaterThan(Date.now() - 60_000);
  expect(await axeViolations(learner)).toEqual([]);
  await learner.setViewportSize({ width: 320, height: 700 });
  expect(await horizontalOverflow(learner)).toBeLessThanOrEqual(0);

  await lessonLink.click();
  await expect(learner).toHaveURL(/\/vi\/lessons\/install-vneid\/$/);

  // Their progress slip carries the session, and says so.
  await learner.goto('/vi/progress/');
  const slip = learner.locator('progress-slip');
  await slip.getByRole('button', { name: t.vi('slip.show') }).click();
  const read = decodeSlip(await slip.getByLabel(t.vi('slip.codeLabel')).inputValue());
  expect(read.ok && read.slip.session).toBe(session);
  expect(read.ok && read.slip.learnerId).toBe(profile.learnerId);
  await expect(slip.locator('.slip-contents')).toContainText(
    t.vi('workshop.slipLine', { name: NAME, session }),
  );
  const fromQr = decodeSlip((await qrIn(learner, 'progress-slip .qr'))!);
  expect(fromQr.ok && fromQr.slip.session).toBe(session);
  await learner.context().close();

  // Ending the workshop takes the session QR off the projector; reopening brings it back.
  await page.goto('/vi/trainer/');
  await hub.getByRole('button', { name: t.vi('workshop.end') }).click();
  await expect(hub.getByRole('status')).toHaveText(t.vi('workshop.ended'));
  await page.goto('/vi/lessons/install-vneid/present/');
  await expect(page.locator('session-qr .deck-qr')).toBeVisible();
  await expect(page.locator('session-qr')).not.toContainText(caption);
  await page.goto('/vi/trainer/');
  await hub.getByLabel(t.vi('workshop.switchLabel')).selectOption({ index: 0 });
  await hub.getByRole('button', { name: t.vi('workshop.switch') }).click();
  await expect(hub.locator('.code')).toHaveText(session);
});

test('the hub refuses a workshop without a name, and changes nothing', async ({ page }) => {
  await page.goto('/en/trainer/');
  const start = page.locator('workshop-start');
  await start.getByRole('button', { name: t.en('workshop.start') }).click();
  await expect(start).toContainText(t.en('workshop.nameMissing'));
  await expect(start.getByLabel(t.en('workshop.name'))).toBeFocused();
  await expect(start.getByLabel(t.en('workshop.name'))).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => localStorage.getItem('hoc-so:classes'))).toBeNull();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('a workshop is dated today unless the trainer chooses another day, by keyboard', async ({ page }) => {
  // The clock at noon, so "today" is the same day in the browser and here.
  await page.clock.setFixedTime(new Date('2026-12-02T12:00:00'));
  await page.goto('/en/trainer/');
  const start = page.locator('workshop-start');
  await expect(start).toContainText(t.en('workshop.dateToday'));
  await expect(start.locator('input[type="date"]')).toHaveCount(0);
  await start.getByLabel(t.en('workshop.name')).fill('Today’s class');
  await start.getByRole('button', { name: t.en('workshop.start') }).click();
  await expect(start.getByRole('status')).toHaveText(t.en('workshop.started', { name: 'Today’s class' }));
  let book = await stored<ClassBook>(page, 'hoc-so:classes');
  expect(book.classes[0]).toMatchObject({ name: 'Today’s class', date: '2026-12-02' });

  // Another one, for next Monday: "Choose another date" opens the date field and moves to it.
  await start.getByRole('button', { name: t.en('workshop.startOther') }).click();
  await expect(start).toContainText(t.en('workshop.dateToday'));
  await start.getByLabel(t.en('workshop.name')).fill('Monday class');
  await start.getByLabel(t.en('workshop.name')).press('Tab');
  await expect(start.getByRole('button', { name: t.en('workshop.dateChange') })).toBeFocused();
  await page.keyboard.press('Enter');
  const date = start.getByLabel(t.en('workshop.date'), { exact: true });
  await expect(date).toBeFocused();
  await expect(date).toHaveValue('2026-12-02');
  await date.fill('2026-12-07');
  expect(await axeViolations(page)).toEqual([]);
  await start.getByRole('button', { name: t.en('workshop.start') }).click();
  await expect(start.getByRole('status')).toHaveText(t.en('workshop.started', { name: 'Monday class' }));
  book = await stored<ClassBook>(page, 'hoc-so:classes');
  expect(book.classes.find((sheet) => sheet.name === 'Monday class')).toMatchObject({ date: '2026-12-07' });
});

for (const [name, search] of [
  ['a damaged session', '?s=k7m2qx&w=L%E1%BB%9Bp&l=install-vneid'],
  ['a lesson this site doesn’t have', '?s=K7M2QX&w=L%E1%BB%9Bp&l=no-such-lesson'],
  ['no name', '?s=K7M2QX&l=install-vneid'],
] as const) {
  test(`a join link with ${name} stores nothing and says what to do`, async ({ page }) => {
    await page.goto(`/vi/join/${search}`);
    const join = page.locator('workshop-join');
    await expect(join.getByRole('alert')).toHaveText(t.vi('workshop.badLink'));
    await expect(join.getByRole('link', { name: t.vi('workshop.home') })).toBeVisible();
    expect((await learnerProfile(page)).workshop).toBeUndefined();
  });
}

test('the join page opened without a link explains how to join', async ({ page }) => {
  await page.goto('/en/join/');
  await expect(page.locator('workshop-join').getByRole('alert')).toHaveText(t.en('workshop.missingLink'));
  expect((await learnerProfile(page)).workshop).toBeUndefined();
  expect(await axeViolations(page)).toEqual([]);
});
