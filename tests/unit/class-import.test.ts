import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, readDroppedFile, readPastedCodes, type DropContext } from '../../src/lib/class-import';
import { CURRICULUM_ID, encodeSlip, type Slip } from '../../src/lib/slip';
import { progressRows, toCsv } from '../../src/lib/transfer';
import { makeExportFile } from '../../src/lib/export-file';
import { classBookFile, createClass, emptyClassBook } from '../../src/lib/class-book';
import * as v from 'valibot';
import { lessonsSchema, type Lessons } from '../../src/schemas/progress';

const fixtures = resolve(import.meta.dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

const slip = (learnerId: string, name = `Người ${learnerId.slice(-2)}`): Slip => ({
  curriculum: CURRICULUM_ID,
  learnerId,
  name,
  date: '2026-03-12',
  lessons: [{ code: 3, completed: true, bestScore: 90, failedAttempts: 1 }],
});
const id = (n: number) => n.toString(16).padStart(12, '0');

/**
 * A slip whose code has spaces (Base45 digits) inside. None can end in one: Base45's last digit of
 * a group is the highest and never reaches the space's value 36.
 */
const withSpaces = (() => {
  for (let n = 1; n < 10_000; n++) {
    const code = encodeSlip(slip(id(n)));
    if (/ .* /.test(code)) return { slip: slip(id(n)), code };
  }
  throw new Error('no code with two spaces in 10 000 learners');
})();

const learners = (codes: ReturnType<typeof readPastedCodes>) =>
  codes.map((c) => (c.ok ? c.slip.learnerId : `rejected:${c.problem}`));

describe('reading pasted codes', () => {
  const a = encodeSlip(slip(id(0xa1)));
  const b = encodeSlip(slip(id(0xb2)));
  it.each([
    ['one code', a, [id(0xa1)]],
    ['two lines', `${a}\n${b}`, [id(0xa1), id(0xb2)]],
    ['Windows line breaks and blank lines', `\r\n${a}\r\n\r\n${b}\r\n`, [id(0xa1), id(0xb2)]],
    ['two codes on one line', `${a} ${b}`, [id(0xa1), id(0xb2)]],
    ['words before the code', `Lan gửi: ${a}`, [id(0xa1)]],
    ['a code broken over two lines by a chat app', `${a.slice(0, 20)}\n${a.slice(20)}`, [id(0xa1)]],
    ['a stray line among codes', `${a}\nxin chào\n\n${b}`, [id(0xa1), 'rejected:not-a-slip', id(0xb2)]],
    ['no code at all', 'xin chào', ['rejected:not-a-slip']],
    ['a damaged code among good ones', `${a}\n${b.slice(0, -1)}X`, [id(0xa1), 'rejected:damaged']],
    ['nothing', '  \n ', []],
  ])('%s', (_, text, expected) => {
    expect(learners(readPastedCodes(text))).toEqual(expected);
  });

  it('keeps the spaces inside a code, alone or among other codes', () => {
    const other = encodeSlip(slip(id(0xb2)));
    const wanted = withSpaces.slip.learnerId;
    expect(learners(readPastedCodes(withSpaces.code))).toEqual([wanted]);
    expect(learners(readPastedCodes(`${withSpaces.code}\n${other}`))).toEqual([wanted, id(0xb2)]);
    expect(learners(readPastedCodes(`${withSpaces.code} ${other}`))).toEqual([wanted, id(0xb2)]);
    expect(learners(readPastedCodes(`${other}  ${withSpaces.code}   `))).toEqual([id(0xb2), wanted]);
  });

  it('reads back any list of codes, whatever separates them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 0xffffffff }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(' ', '\n', '\r\n', '\n\n', ' \n'),
        (ns, separator) => {
          const codes = ns.map((n) => encodeSlip(slip(id(n))));
          expect(learners(readPastedCodes(codes.join(separator)))).toEqual(ns.map(id));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('\uFEFFa,"b,c"\r\n"say ""hi""","two\nlines"\r\n')).toEqual([
      ['\uFEFFa', 'b,c'],
      ['say "hi"', 'two\nlines'],
    ]);
  });
});

const context: DropContext = {
  codeOf: (slug) => ({ 'install-vneid': 3, 'pay-by-qr': 7, 'scam-calls': 9 })[slug],
  notStartedWords: ['Chưa học', 'Not started'],
  fileDay: '2026-11-25',
};
const now = new Date('2026-11-30T10:00:00Z');
const drop = (text: string) => readDroppedFile(text, new TextEncoder().encode(text).length, context, now);

function lessonsFixture(): Lessons {
  // The v2 fixture's lessons, read into the current shape (a practice list each).
  const file = JSON.parse(fixture('valid-v2.json')) as { lessons: unknown };
  return v.parse(lessonsSchema, file.lessons);
}

describe('reading dropped files', () => {
  it('reads a current progress export as one row, lessons by code', () => {
    const file = makeExportFile(
      { name: 'Nguyễn Thị Lan', learnerId: '3fa85f64c2b1', lessons: lessonsFixture() },
      now,
    );
    const read = drop(JSON.stringify(file, null, 2));
    expect(read).toEqual({
      kind: 'member',
      member: {
        learnerId: '3fa85f64c2b1',
        name: 'Nguyễn Thị Lan',
        date: expect.stringMatching(/^2026-11-30$/) as string,
        lessons: [
          { code: 3, completed: true, bestScore: 90, failedAttempts: 0 },
          { code: 7, completed: false, bestScore: null, failedAttempts: 0 },
        ],
      },
    });
  });

  it('asks for a new export when a file has no learner id (versions 1 and 2, the old CSV)', () => {
    expect(drop(fixture('valid-v2.json'))).toEqual({ kind: 'problem', problem: { code: 'no-learner-id' } });
    expect(drop(fixture('older-v1.json'))).toEqual({ kind: 'problem', problem: { code: 'no-learner-id' } });
    const oldCsv = toCsv([
      ['Chủ đề', 'Bài học', 'Tình trạng', 'Điểm', 'Số lần', 'Ngày'],
      ['VNeID', 'Cài VNeID', 'Đã xong', 90, 1, '2026-11-20'],
    ]);
    expect(drop(oldCsv)).toEqual({ kind: 'problem', problem: { code: 'no-learner-id' } });
  });

  const csvRows = (status: (s: string) => string, learner = { id: '3fa85f64c2b1', name: 'Lan, "Út"' }) =>
    progressRows(
      lessonsFixture(),
      [
        { slug: 'install-vneid', title: 'Cài VNeID', track: 'VNeID' },
        { slug: 'scam-calls', title: '=Lừa đảo', track: 'Lừa đảo' },
      ],
      ['Chủ đề', 'Bài học', 'Tình trạng', 'Điểm', 'Số lần', 'Ngày', 'Mã bài', 'Chưa đạt', 'Mã', 'Tên'],
      status,
      learner,
    );
  const vi = (s: string) =>
    ({ 'not-started': 'Chưa học', 'in-progress': 'Đang học', completed: 'Đã xong' })[s]!;
  const en = (s: string) =>
    ({ 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Done' })[s]!;

  it.each([
    ['Vietnamese', vi],
    ['English', en],
  ])('reads a learner’s progress CSV written in %s', (_, status) => {
    expect(drop(toCsv(csvRows(status)))).toEqual({
      kind: 'member',
      member: {
        learnerId: '3fa85f64c2b1',
        name: 'Lan, "Út"',
        date: '2026-11-25',
        lessons: [
          { code: 3, completed: true, bestScore: 90, failedAttempts: 0 },
          { code: 7, completed: false, bestScore: null, failedAttempts: 0 },
        ],
      },
    });
  });

  it('refuses a CSV edited by hand, naming the line', () => {
    const rows = csvRows(vi);
    rows[2]![3] = 140;
    expect(drop(toCsv(rows))).toEqual({ kind: 'problem', problem: { code: 'csv-invalid', row: 3 } });
    const mixed = csvRows(vi);
    mixed[2]![8] = '000000000001';
    expect(drop(toCsv(mixed))).toEqual({ kind: 'problem', problem: { code: 'csv-invalid', row: 3 } });
  });

  it('reads a class book file, and codes saved in a text file', () => {
    const book = createClass(
      emptyClassBook(),
      { id: 'c1', session: 'K7M2QX' },
      { name: 'Ấp 3', date: '2026-03-12', place: '' },
    );
    expect(drop(JSON.stringify(classBookFile(book, 'c1')))).toEqual({ kind: 'book', book });
    const read = drop(`${encodeSlip(slip(id(1)))}\n`);
    expect(read.kind === 'codes' && read.codes.map((c) => c.ok)).toEqual([true]);
  });

  const problems = readdirSync(fixtures).filter(
    (name) => name !== 'expected.json' && !name.startsWith('valid') && name !== 'older-v1.json',
  );
  it.each(problems)('refuses the bad file %s with a reason', (name) => {
    const read = drop(fixture(name));
    expect(read.kind).toBe('problem');
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a byte-order mark only', '\uFEFF \n', 'empty'],
    ['JSON that is not ours', '{"hello": 1}', 'not-ours'],
    ['broken JSON', '{"format": ', 'not-json'],
    ['a spreadsheet of something else', 'a,b,c\n1,2,3\n', 'not-ours'],
  ])('refuses %s', (_, text, code) => {
    expect(drop(text)).toEqual({ kind: 'problem', problem: { code } });
  });

  it('refuses a file too big before reading it', () => {
    expect(readDroppedFile('', 17 * 1024 * 1024, context, now)).toEqual({
      kind: 'problem',
      problem: { code: 'too-big', size: 17 * 1024 * 1024 },
    });
  });
});
