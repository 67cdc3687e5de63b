import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import xapiValidation from '@learninglocker/xapi-validation';
import { axeViolations, horizontalOverflow } from './checks';
import { focused, tabTo } from './keyboard';
import { downloaded } from './learner-steps';
import { normalise, printToPdf } from './pdf';
import { lead, t, type Locale } from './ui';
import { CURRICULUM_ID, encodeSlip, type Slip } from '../../src/lib/slip';
import { parseCsv } from '../../src/lib/class-import';
import { progressRows, toCsv } from '../../src/lib/transfer';
import { makeExportFile } from '../../src/lib/export-file';
import { createClass, emptyClassBook, changeClass } from '../../src/lib/class-book';
import { addSlip } from '../../src/lib/class-sheet';
import { CLASS_BOOK_KEY } from '../../src/stores/class-book';
import type { ClassBook } from '../../src/schemas/class-book';

// The trainer's class sheet (issue #17 points 2 and 3): codes pasted or read by the scanner, files
// dropped, the grid, rename/remove/undo, several classes, the three downloads and the printed sheet.

const TODAY = new Date().toISOString().slice(0, 10);
const slip = (learnerId: string, name: string, lessons: Slip['lessons'], session?: string): Slip => ({
  curriculum: CURRICULUM_ID,
  learnerId,
  name,
  date: TODAY,
  lessons,
  ...(session ? { session } : {}),
});
const LAN = slip('a1a1a1a1a1a1', 'Lan', [
  { code: 1, completed: true, bestScore: 90, failedAttempts: 0 },
  { code: 2, completed: false, bestScore: 40, failedAttempts: 2 },
]);
const HUNG = slip('b2b2b2b2b2b2', 'Hùng', [
  { code: 1, completed: false, bestScore: null, failedAttempts: 0 },
]);
const LAN_LATER = {
  ...LAN,
  lessons: [...LAN.lessons.slice(0, 1), { ...LAN.lessons[1]!, completed: true, bestScore: 80 }],
};

const sheet = (page: Page) => page.locator('class-sheet');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), CLASS_BOOK_KEY);
const storedBook = async (page: Page) => JSON.parse((await stored(page))!) as ClassBook;
const status = (page: Page) => sheet(page).locator('.messages [role="status"]');
const alert = (page: Page) => sheet(page).locator('.messages [role="alert"]');
const rows = (page: Page) => sheet(page).locator('tbody tr');
const rowOf = (page: Page, name: string) => rows(page).filter({ has: page.locator(`th`, { hasText: name }) });
/** The grid's lessons, in the course's order (its columns' order). */
const catalogOf = async (page: Page) =>
  JSON.parse((await sheet(page).getAttribute('catalog'))!) as Array<{
    code: number;
    slug: string;
    title: string;
  }>;
/** A learner's cell for a lesson, by the lesson's code: the columns follow the course's order. */
const cellOf = async (page: Page, name: string, code: number) =>
  rowOf(page, name)
    .locator('td')
    .nth(1 + (await catalogOf(page)).findIndex((lesson) => lesson.code === code));

async function open(page: Page, lang: Locale, book?: ClassBook): Promise<void> {
  if (book)
    await page.addInitScript(([key, text]) => localStorage.getItem(key) ?? localStorage.setItem(key, text), [
      CLASS_BOOK_KEY,
      JSON.stringify(book),
    ] as const);
  await page.goto(`/${lang}/trainer/class/`);
  await expect(sheet(page).getByRole('heading', { name: t[lang]('class.addHeading') })).toBeVisible();
}

async function paste(page: Page, lang: Locale, text: string): Promise<void> {
  await sheet(page).getByLabel(t[lang]('class.paste')).fill(text);
  await sheet(page)
    .getByRole('button', { name: t[lang]('class.add') })
    .click();
}

/** What the scanner does when it reads a code: the event, answered at once by the sheet. */
function scan(page: Page, text: string): Promise<{ result?: string; message?: string }> {
  return page.evaluate((code) => {
    const scanner = document.createElement('div');
    document.querySelector('class-sheet [slot="scanner"]')!.append(scanner);
    const detail: { text: string; source: string; result?: string; message?: string } = {
      text: code,
      source: 'camera',
    };
    scanner.dispatchEvent(new CustomEvent('slip-text', { bubbles: true, composed: true, detail }));
    scanner.remove();
    return { result: detail.result, message: detail.message };
  }, text);
}

/** A class with `n` learners, each a different mix of lessons, as the store would hold it. */
function bigClass(n: number): ClassBook {
  let book = createClass(
    emptyClassBook(),
    { id: 'big', session: 'K7M2QX' },
    {
      name: 'Xã An Minh, lớp lớn',
      date: TODAY,
      place: 'Hội trường xã',
    },
  );
  book = changeClass(book, 'big', (s) => {
    let next = s;
    for (let i = 0; i < n; i++) {
      const lessons = Array.from({ length: 13 }, (_, k) => k + 1)
        .filter((code) => (i + code) % 3 !== 0)
        .map((code) => ({
          code,
          completed: (i * code) % 4 !== 1,
          bestScore: (i * 7 + code * 13) % 101,
          failedAttempts: (i + code) % 5 === 0 ? 2 : 0,
        }));
      next = addSlip(
        next,
        slip(
          i.toString(16).padStart(12, '0'),
          `Người học số ${i + 1}`,
          lessons,
          i % 2 ? 'K7M2QX' : undefined,
        ),
      ).sheet;
    }
    return next;
  });
  return book;
}

for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: two pasted codes, a rescan updates, a bad code changes nothing`, async ({ page }) => {
    await open(page, lang);
    await paste(page, lang, `${encodeSlip(LAN)}\n${encodeSlip(HUNG)}\n`);
    await expect(status(page)).toContainText(t[lang]('class.added', { name: 'Lan' }));
    await expect(status(page)).toContainText(t[lang]('class.added', { name: 'Hùng' }));
    await expect(rows(page)).toHaveCount(2);
    // No class existed: one was started with today's date, so nothing read was lost.
    const book = await storedBook(page);
    expect(book.classes).toHaveLength(1);
    expect(book.classes[0]!.date).toBe(TODAY);
    await expect(await cellOf(page, 'Lan', 1)).toHaveText(/✓\s*\S+\s*90%/);
    await expect(await cellOf(page, 'Lan', 2)).toContainText('40%');
    await expect(await cellOf(page, 'Lan', 3)).toContainText(t[lang]('class.notStarted'));

    expect(await scan(page, encodeSlip(LAN_LATER))).toEqual({
      result: 'updated',
      message: t[lang]('class.updated', { name: 'Lan' }),
    });
    await expect(rows(page)).toHaveCount(2);
    await expect(await cellOf(page, 'Lan', 2)).toHaveText(/✓\s*\S+\s*80%/);
    expect(await scan(page, encodeSlip(LAN_LATER))).toMatchObject({
      result: 'unchanged',
      message: t[lang]('class.unchanged', { name: 'Lan' }),
    });

    const before = await stored(page);
    const code = encodeSlip(HUNG);
    const damaged = `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`;
    await paste(page, lang, damaged);
    await expect(alert(page)).toContainText(t[lang]('class.problem.damaged'));
    await expect(alert(page)).toContainText(t[lang]('class.unchangedNote'));
    expect(await scan(page, 'https://example.org/not-a-slip')).toEqual({
      result: 'rejected',
      message: `${t[lang]('class.problem.not-a-slip')} ${t[lang]('class.unchangedNote')}`,
    });
    expect(await stored(page)).toBe(before);
    // The damaged code stays in the box, to be fixed.
    await expect(sheet(page).getByLabel(t[lang]('class.paste'))).toHaveValue(damaged);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('practice on a simulation shows in the cell in words, and a trap in the latest run puts the learner on the help list', async ({
  page,
}) => {
  const lang = 'vi';
  await open(page, lang);
  const practised = slip('c3c3c3c3c3c3', 'Mai', [
    {
      code: 1,
      completed: true,
      bestScore: 100,
      failedAttempts: 0,
      practice: { runs: 2, everSafe: true, lastSafe: true },
    },
    {
      code: 2,
      completed: true,
      bestScore: 90,
      failedAttempts: 0,
      practice: { runs: 1, everSafe: false, lastSafe: false },
    },
  ]);
  await paste(page, lang, encodeSlip(practised));
  await expect(rows(page)).toHaveCount(1);
  await expect(await cellOf(page, 'Mai', 1)).toContainText(t[lang]('class.practiceSafe'));
  await expect(await cellOf(page, 'Mai', 2)).toContainText(t[lang]('class.practiceCaught'));
  const columns = await catalogOf(page);
  const second = columns.find((lesson) => lesson.code === 2)!;
  await expect(sheet(page).locator('.help')).toContainText('Mai');
  await expect(sheet(page).locator('.help')).toContainText(
    t[lang]('class.practiceHelp', { lesson: '' }).slice(2).trim(),
  );
  await expect(sheet(page).locator('.help')).toContainText(second.title);
  expect(await axeViolations(page)).toEqual([]);
});

test('learners’ JSON and CSV files dropped at once; a bad file is named and changes nothing', async ({
  page,
}) => {
  await open(page, 'en');
  const catalog = JSON.parse((await sheet(page).getAttribute('catalog'))!) as Array<{
    slug: string;
    code: number;
    title: string;
    track: string;
  }>;
  const slugOf = (code: number) => catalog.find((c) => c.code === code)!.slug;
  const now = new Date();
  const record = (passed: boolean) => ({
    firstVisited: now.toISOString(),
    stepsChecked: [],
    attempts: [
      {
        id: 'x1',
        at: now.toISOString(),
        correct: passed ? 9 : 3,
        total: 10,
        score: passed ? 90 : 30,
        answers: {},
        passed,
      },
    ],
    bestScore: passed ? 90 : 30,
    completed: passed ? now.toISOString() : null,
    practice: [],
  });
  const json = makeExportFile(
    { name: 'Mai', learnerId: 'c3c3c3c3c3c3', lessons: { [slugOf(1)]: record(true) } },
    now,
  );
  const csv = toCsv(
    progressRows(
      { [slugOf(3)]: record(false) },
      catalog,
      Array.from({ length: 10 }, (_, i) => `h${i}`),
      (s) => (s === 'not-started' ? t.vi('status.notStarted') : s),
      { id: 'd4d4d4d4d4d4', name: 'Tư' },
    ),
  );
  await sheet(page)
    .locator('input[type="file"][multiple]')
    .setInputFiles([
      { name: 'hoc-so-mai.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) },
      { name: 'hoc-so-tu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
    ]);
  await expect(status(page)).toContainText(`hoc-so-mai.json: ${t.en('class.added', { name: 'Mai' })}`);
  await expect(status(page)).toContainText(`hoc-so-tu.csv: ${t.en('class.added', { name: 'Tư' })}`);
  await expect(alert(page)).toContainText(`notes.txt: ${t.en('class.fileProblem.not-ours')}`);
  await expect(rows(page)).toHaveCount(2);
  await expect(await cellOf(page, 'Tư', 3)).toContainText('30%');
  await expect(sheet(page).locator('.help')).toContainText('Tư');
  // A version 2 file (no learner id) alone: its own message, and the stored classes as they were.
  const before = await stored(page);
  await sheet(page)
    .locator('input[type="file"][multiple]')
    .setInputFiles({
      name: 'old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...json, version: 2, learnerId: undefined })),
    });
  await expect(alert(page)).toContainText(`old.json: ${t.en('class.fileProblem.no-learner-id')}`);
  expect(await stored(page)).toBe(before);
});

test('rename and remove a learner with Undo, by keyboard', async ({ page }) => {
  let book = createClass(
    emptyClassBook(),
    { id: 'c1', session: 'K7M2QX' },
    { name: 'Ấp 3, xã An Minh', date: '2026-03-12', place: 'Nhà văn hoá' },
  );
  book = changeClass(book, 'c1', (s) => addSlip(addSlip(s, LAN).sheet, HUNG).sheet);
  await open(page, 'vi', book);
  const l = (key: Parameters<typeof t.vi>[0], params?: Record<string, string>) => t.vi(key, params);
  const nameButton = await tabTo(page, (f) => f.ariaLabel === l('class.editLearner', { name: 'Lan' }));
  expect(nameButton.visible, 'focus shows on the name button').toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page))?.tag).toBe('input');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Nguyễn Thị Lan');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText(l('class.renamed', { name: 'Nguyễn Thị Lan' }));
  await expect(rowOf(page, 'Nguyễn Thị Lan')).toHaveCount(1);
  expect((await storedBook(page)).classes[0]!.members.find((m) => m.learnerId === LAN.learnerId)!.name).toBe(
    'Nguyễn Thị Lan',
  );

  const beforeRemove = await stored(page);
  await sheet(page)
    .getByRole('button', { name: l('class.editLearner', { name: 'Hùng' }) })
    .click();
  await sheet(page)
    .getByRole('button', { name: l('class.removeLearner', { name: 'Hùng' }) })
    .click();
  await expect(rows(page)).toHaveCount(1);
  const undo = sheet(page).getByRole('button', {
    name: l('class.undo', { action: l('class.undoRemoveLearner', { name: 'Hùng' }) }),
  });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(2);
  expect(await stored(page)).toBe(beforeRemove);
});

test('several classes: make, choose, edit, remove and undo', async ({ page }) => {
  await open(page, 'en');
  const l = t.en;
  await sheet(page)
    .getByRole('button', { name: l('class.new') })
    .click();
  await sheet(page).getByLabel(l('class.name')).fill('Hamlet 3, An Minh');
  await sheet(page).getByLabel(l('class.date')).fill('2026-03-12');
  await sheet(page).getByLabel(l('class.place')).fill('Culture house');
  await sheet(page)
    .getByRole('button', { name: l('class.save'), exact: true })
    .click();
  await paste(page, 'en', encodeSlip(LAN));
  await sheet(page)
    .getByRole('button', { name: l('class.new') })
    .click();
  await sheet(page).getByLabel(l('class.name')).fill('Evening class');
  await sheet(page)
    .getByRole('button', { name: l('class.save'), exact: true })
    .click();
  await expect(sheet(page).locator('.class-name')).toContainText('Evening class');
  await expect(sheet(page).getByText(l('class.empty'))).toBeVisible();
  const session = (await storedBook(page)).classes[1]!.session;
  await expect(sheet(page).getByText(l('class.session', { session }))).toBeVisible();

  await sheet(page).getByLabel(l('class.choose')).selectOption({ label: 'Hamlet 3, An Minh' });
  await expect(rows(page)).toHaveCount(1);
  await expect(sheet(page).locator('.class-name')).toHaveText(/Hamlet 3, An Minh · .* · Culture house/);
  await sheet(page)
    .getByRole('button', { name: l('class.edit') })
    .click();
  await sheet(page).getByLabel(l('class.place')).fill('School yard');
  // The workshop was started at another address: its code, typed in, links the class to it.
  await sheet(page).getByLabel(l('class.sessionField')).fill('k7m 2q!');
  await sheet(page)
    .getByRole('button', { name: l('class.save'), exact: true })
    .click();
  await expect(sheet(page).getByText(l('class.sessionInvalid'))).toBeVisible();
  await expect(sheet(page).getByLabel(l('class.sessionField'))).toBeFocused();
  await sheet(page).getByLabel(l('class.sessionField')).fill('k7m 2qx');
  await sheet(page)
    .getByRole('button', { name: l('class.save'), exact: true })
    .click();
  await expect(sheet(page).locator('.class-name')).toContainText('School yard');
  await expect(sheet(page).getByText(l('class.session', { session: 'K7M2QX' }))).toBeVisible();

  const before = await stored(page);
  await sheet(page)
    .getByRole('button', { name: l('class.remove') })
    .click();
  expect((await storedBook(page)).classes.map((c) => c.name)).toEqual(['Evening class']);
  await sheet(page)
    .getByRole('button', { name: new RegExp(`^${lead('en', 'class.undo')}`) })
    .click();
  expect(await stored(page)).toBe(before);
  await expect(rows(page)).toHaveCount(1);
});

test('CSV, JSON and xAPI downloads have the right rows; the JSON reads back with nothing new', async ({
  page,
}) => {
  let book = createClass(
    emptyClassBook(),
    { id: 'c1', session: 'K7M2QX' },
    { name: 'Ấp 3, xã An Minh', date: '2026-03-12', place: '' },
  );
  // Lan's latest run of lesson 1's simulation fell into a trap; Hùng hasn't played it.
  const caught = { runs: 1, everSafe: false, lastSafe: false };
  const lan = {
    ...LAN,
    session: 'K7M2QX',
    lessons: [{ ...LAN.lessons[0]!, practice: caught }, LAN.lessons[1]!],
  };
  book = changeClass(book, 'c1', (s) => addSlip(addSlip(s, lan).sheet, HUNG).sheet);
  await open(page, 'vi', book);
  const l = t.vi;
  const catalog = JSON.parse((await sheet(page).getAttribute('catalog'))!) as Array<{
    code: number;
    title: string;
    simulation?: true;
  }>;
  // Lesson 1 (install VNeID) has a simulation, lesson 2 none.
  expect([1, 2].map((code) => catalog.find((c) => c.code === code)?.simulation)).toEqual([true, undefined]);

  const csv = await downloaded(page, sheet(page).getByRole('button', { name: l('class.csv') }));
  expect(csv.name).toBe('hoc-so-lop-ap-3-xa-an-minh-2026-03-12.csv');
  const table = parseCsv(csv.text.replace(/^\uFEFF/, ''));
  expect(table[0]).toEqual([
    l('class.csvName'),
    l('class.csvLearnerId'),
    l('class.csvDate'),
    l('class.csvSession'),
    ...catalog.flatMap((c) =>
      c.simulation ? [c.title, l('class.csvPractice', { lesson: c.title })] : [c.title],
    ),
  ]);
  // Lessons 1 and 2's columns and lesson 1's practice, wherever the course's order puts them.
  const titleOf = (code: number) => catalog.find((c) => c.code === code)!.title;
  const [one, practice, two] = [titleOf(1), l('class.csvPractice', { lesson: titleOf(1) }), titleOf(2)].map(
    (heading) => table[0]!.indexOf(heading),
  );
  expect(table.slice(1).map((r) => [...r.slice(0, 4), r[one!], r[practice!], r[two!]])).toEqual([
    ['Lan', LAN.learnerId, TODAY, 'K7M2QX', '✓ 90%', l('class.csvPracticeCaught'), '40%'],
    ['Hùng', HUNG.learnerId, TODAY, '', '…', l('class.csvPracticeNone'), l('class.notStarted')],
    [l('class.totals'), '', '', '', '1/2', '1/2', '0/2'],
  ]);

  const json = await downloaded(page, sheet(page).getByRole('button', { name: l('class.json') }));
  expect(JSON.parse(json.text)).toEqual(book);

  // A programme's own IRI base, remembered on this device.
  await sheet(page).getByLabel(l('class.xapiBase')).fill('https://lrs.example.org/hoc-so');
  await sheet(page)
    .getByRole('button', { name: l('class.xapiSave') })
    .click();
  await expect(sheet(page).getByText(l('class.xapiSaved'))).toBeVisible();
  await page.reload();
  await expect(sheet(page).getByLabel(l('class.xapiBase'))).toHaveValue('https://lrs.example.org/hoc-so/');
  const xapi = await downloaded(page, sheet(page).getByRole('button', { name: l('class.xapi') }));
  const statements = JSON.parse(xapi.text) as Array<{
    verb: { display: { 'en-US': string } };
    actor: { account: { name: string } };
    object: { id: string };
  }>;
  expect(statements.map((s) => `${s.actor.account.name} ${s.verb.display['en-US']} ${s.object.id}`)).toEqual([
    `${LAN.learnerId} attempted https://lrs.example.org/hoc-so/lessons/1`,
    `${LAN.learnerId} passed https://lrs.example.org/hoc-so/lessons/1`,
    `${LAN.learnerId} completed https://lrs.example.org/hoc-so/lessons/1`,
    `${LAN.learnerId} attempted https://lrs.example.org/hoc-so/lessons/2`,
    `${LAN.learnerId} failed https://lrs.example.org/hoc-so/lessons/2`,
    `${HUNG.learnerId} attempted https://lrs.example.org/hoc-so/lessons/1`,
  ]);
  // The package is CommonJS: Playwright's loader hands over its exports object.
  const validate =
    (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;
  for (const statement of statements) expect(() => validate(statement)).not.toThrow();

  // The class file read back: nothing new, nothing changed.
  const before = await stored(page);
  await sheet(page)
    .locator('input[type="file"][multiple]')
    .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
  await expect(status(page)).toContainText(`${json.name}: ${l('class.bookSame')}`);
  expect(await stored(page)).toBe(before);
});

test('the printed class sheet: A4 landscape, names, totals, no controls', async ({ page }, info) => {
  let book = createClass(
    emptyClassBook(),
    { id: 'c1', session: 'K7M2QX' },
    { name: 'Ấp 3, xã An Minh', date: '2026-03-12', place: 'Nhà văn hoá ấp 3' },
  );
  book = changeClass(book, 'c1', (s) => addSlip(addSlip(s, LAN).sheet, HUNG).sheet);
  await open(page, 'vi', book);
  const pdf = await printToPdf(page, info.outputPath('class.pdf'));
  const text = pdf.pages.join(' ');
  expect(pdf.pages).toHaveLength(1);
  for (const words of [
    'Ấp 3, xã An Minh',
    'Nhà văn hoá ấp 3',
    t.vi('class.session', { session: 'K7M2QX' }),
    'Lan',
    'Hùng',
    t.vi('class.totals'),
    '1/2',
    t.vi('class.legend'),
  ])
    expect(text).toContain(normalise(words));
  // Every lesson column made it onto the page, under its short head.
  const lessons = JSON.parse((await sheet(page).getAttribute('catalog'))!) as unknown[];
  for (let n = 1; n <= lessons.length; n++) expect(text).toContain(t.vi('class.short', { n }));
  for (const hidden of [t.vi('class.addHeading'), t.vi('class.csv'), t.vi('class.paste')])
    expect(text).not.toContain(hidden);
  const size = execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' }).match(
    /Page size:\s+([\d.]+) x ([\d.]+)/,
  )!;
  expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([842, 595]);
});

test('150 learners on a 360 px phone: only the grid scrolls sideways, the names stay put', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, 'vi', bigClass(150));
  await expect(rows(page)).toHaveCount(150);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  // The narrowest phone the site serves: the filter's select (a topic's long name) shrinks too.
  await page.setViewportSize({ width: 320, height: 740 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 360, height: 740 });
  const scroller = sheet(page).locator('.scroll');
  const widths = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  const name = rowOf(page, 'Người học số 1').first().locator('th');
  const x = (await name.boundingBox())!.x;
  await scroller.evaluate((el) => el.scrollBy(400, 0));
  expect((await name.boundingBox())!.x).toBeCloseTo(x, 0);
  // Filter by track and sort by who needs help most.
  await sheet(page).getByLabel(t.vi('class.filter')).selectOption({ index: 1 });
  const columns = await sheet(page).locator('thead tr:nth-child(2) th').count();
  expect(columns).toBeLessThan(13);
  await sheet(page).getByLabel(t.vi('class.sort')).selectOption('help');
  await expect(rows(page).first().locator('th')).not.toHaveText('Người học số 1');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
});
