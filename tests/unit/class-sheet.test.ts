import fc from 'fast-check';
import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import {
  addSlip,
  lessonTotals,
  mergeSheets,
  needsHelp,
  removeMember,
  renameMember,
  sheetRows,
  type ClassSheet,
} from '../../src/lib/class-sheet';
import { CURRICULUM_ID, decodeSlip, encodeSlip, type Slip } from '../../src/lib/slip';
import { toCsv } from '../../src/lib/transfer';
import { classStatements, XAPI_VERSION } from '../../src/lib/xapi';

const empty: ClassSheet = {
  id: 'c1',
  session: 'AM-1203',
  name: 'Ấp 3, xã An Minh',
  date: '2026-03-12',
  place: 'Nhà văn hóa ấp 3',
  members: [],
};

const slip = (learnerId: string, overrides: Partial<Slip> = {}): Slip => ({
  curriculum: CURRICULUM_ID,
  learnerId,
  name: `Người ${learnerId.slice(-1)}`,
  date: '2026-03-12',
  lessons: [
    { code: 1, completed: true, bestScore: 90, failedAttempts: 0 },
    { code: 7, completed: false, bestScore: 40, failedAttempts: 2 },
  ],
  ...overrides,
});

/** A slip as the trainer's phone reads it: through the code, as scanned. */
const scanned = (s: Slip): Slip => {
  const result = decodeSlip(encodeSlip(s));
  if (!result.ok) throw new Error(result.problem);
  return result.slip;
};

describe('the class sheet', () => {
  it('adds each learner once; a rescan updates the row, an older slip changes nothing', () => {
    let { sheet, change } = addSlip(empty, scanned(slip('000000000001')));
    expect(change).toBe('added');
    ({ sheet, change } = addSlip(sheet, scanned(slip('000000000002'))));
    expect(change).toBe('added');
    ({ sheet, change } = addSlip(sheet, scanned(slip('000000000001'))));
    expect(change).toBe('unchanged');
    const later = slip('000000000001', {
      date: '2026-03-13',
      lessons: [{ code: 1, completed: true, bestScore: 100, failedAttempts: 0 }],
    });
    ({ sheet, change } = addSlip(sheet, scanned(later)));
    expect(change).toBe('updated');
    expect(sheet.members.map((m) => m.learnerId)).toEqual(['000000000001', '000000000002']);
    expect(sheet.members[0]!.lessons).toEqual(later.lessons);
    expect(addSlip(sheet, scanned(slip('000000000001'))).change).toBe('unchanged');
  });

  it('renames and removes a learner', () => {
    const { sheet } = addSlip(empty, slip('000000000001'));
    expect(renameMember(sheet, '000000000001', '  Bà Tư ').members[0]!.name).toBe('Bà Tư');
    expect(removeMember(sheet, '000000000001').members).toEqual([]);
  });

  it('lists who needs help: failed twice, or started and not finished', () => {
    const { sheet } = addSlip(
      empty,
      slip('000000000001', {
        lessons: [
          { code: 1, completed: true, bestScore: 90, failedAttempts: 3 },
          { code: 2, completed: false, bestScore: null, failedAttempts: 0 },
          { code: 7, completed: false, bestScore: 40, failedAttempts: 2 },
        ],
      }),
    );
    expect(needsHelp(sheet.members[0]!)).toEqual([
      { code: 2, reason: 'not-finished' },
      { code: 7, reason: 'failed-twice' },
    ]);
  });

  it('lists a learner whose latest practice run a trap caught, even in a finished lesson', () => {
    const { sheet } = addSlip(
      empty,
      slip('000000000001', {
        lessons: [
          {
            code: 1,
            completed: true,
            bestScore: 90,
            failedAttempts: 0,
            practice: { runs: 2, everSafe: true, lastSafe: false },
          },
          {
            code: 4,
            completed: true,
            bestScore: 100,
            failedAttempts: 0,
            practice: { runs: 1, everSafe: true, lastSafe: true },
          },
          {
            code: 7,
            completed: false,
            bestScore: null,
            failedAttempts: 0,
            practice: { runs: 1, everSafe: false, lastSafe: false },
          },
        ],
      }),
    );
    expect(needsHelp(sheet.members[0]!)).toEqual([
      { code: 1, reason: 'practice-caught' },
      { code: 7, reason: 'not-finished' },
      { code: 7, reason: 'practice-caught' },
    ]);
  });

  it('counts completions per lesson', () => {
    let { sheet } = addSlip(empty, slip('000000000001'));
    ({ sheet } = addSlip(
      sheet,
      slip('000000000002', { lessons: [{ code: 7, completed: true, bestScore: 80, failedAttempts: 1 }] }),
    ));
    expect(Object.fromEntries(lessonTotals(sheet))).toEqual({
      1: { completed: 1, started: 1 },
      7: { completed: 1, started: 2 },
    });
  });

  it('merges copies without duplicates, whichever comes first, and a copy into itself changes nothing (fast-check)', () => {
    const arbSlip = fc.record({
      learnerId: fc.constantFrom('000000000001', '000000000002', '000000000003'),
      date: fc.constantFrom('2026-03-12', '2026-03-13'),
      lessons: fc.uniqueArray(
        fc.record({
          code: fc.integer({ min: 1, max: 5 }),
          completed: fc.boolean(),
          bestScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          failedAttempts: fc.nat(4),
        }),
        { selector: (l) => l.code, maxLength: 4 },
      ),
    });
    const sheetOf = (slips: Array<Partial<Slip> & { learnerId: string }>) =>
      slips.reduce((s, one) => addSlip(s, slip(one.learnerId, one)).sheet, empty);
    const byLearner = (s: ClassSheet) =>
      [...s.members].sort((a, b) => a.learnerId.localeCompare(b.learnerId));
    fc.assert(
      fc.property(fc.array(arbSlip, { maxLength: 6 }), fc.array(arbSlip, { maxLength: 6 }), (a, b) => {
        const [one, two] = [sheetOf(a), sheetOf(b)];
        expect(mergeSheets(one, one)).toEqual(one);
        const merged = mergeSheets(one, two);
        expect(mergeSheets(merged, two)).toEqual(merged);
        expect(byLearner(merged)).toEqual(byLearner(mergeSheets(two, one)));
        expect(new Set(merged.members.map((m) => m.learnerId)).size).toBe(merged.members.length);
        // JSON, as a sheet file travels, reads back the same.
        expect(JSON.parse(JSON.stringify(merged))).toEqual(merged);
      }),
      { numRuns: 200 },
    );
  });

  const words = {
    name: 'Họ tên',
    learnerId: 'Mã người học',
    date: 'Ngày',
    session: 'Buổi học',
    notStarted: 'Chưa học',
    total: 'Số người hoàn thành',
    practiceColumn: (title: string) => `${title} — thực hành`,
    practiceSafe: 'An toàn',
    practiceCaught: 'Mắc bẫy',
    practiceNone: 'Chưa thực hành',
  };

  it('writes the commune report as CSV rows: ✓ and score, score, or not started', () => {
    let { sheet } = addSlip(empty, slip('000000000001', { session: 'AM-1203' }));
    ({ sheet } = addSlip(sheet, slip('000000000002', { lessons: [] })));
    const rows = sheetRows(
      sheet,
      [
        { code: 1, title: 'Cài VNeID' },
        { code: 7, title: 'Trả tiền bằng mã QR' },
      ],
      words,
    );
    expect(rows).toEqual([
      ['Họ tên', 'Mã người học', 'Ngày', 'Buổi học', 'Cài VNeID', 'Trả tiền bằng mã QR'],
      ['Người 1', '000000000001', '2026-03-12', 'AM-1203', '✓ 90%', '40%'],
      ['Người 2', '000000000002', '2026-03-12', '', 'Chưa học', 'Chưa học'],
      ['Số người hoàn thành', '', '', '', '1/2', '0/2'],
    ]);
    expect(toCsv(rows).startsWith('\uFEFFHọ tên,')).toBe(true);
  });

  it.each([
    ['a latest run a trap caught', { runs: 3, everSafe: true, lastSafe: false }, 'Mắc bẫy'],
    ['a safe latest run', { runs: 1, everSafe: true, lastSafe: true }, 'An toàn'],
    ['no run', undefined, 'Chưa thực hành'],
  ])('gives a simulation lesson a practice column: %s', (_, practice, expected) => {
    const lessons = [{ code: 7, completed: false, bestScore: 40, failedAttempts: 2, practice }];
    const { sheet } = addSlip(empty, slip('000000000001', { lessons }));
    const rows = sheetRows(
      sheet,
      [
        { code: 1, title: 'Cài VNeID' },
        { code: 7, title: 'Trả tiền bằng mã QR', practice: true },
      ],
      words,
    );
    expect(rows).toEqual([
      [
        'Họ tên',
        'Mã người học',
        'Ngày',
        'Buổi học',
        'Cài VNeID',
        'Trả tiền bằng mã QR',
        'Trả tiền bằng mã QR — thực hành',
      ],
      ['Người 1', '000000000001', '2026-03-12', '', 'Chưa học', '40%', expected],
      ['Số người hoàn thành', '', '', '', '0/1', '0/1', practice ? '1/1' : '0/1'],
    ]);
  });

  it('counts who played each simulation through, and a learner who never started the lesson has not', () => {
    const caught = {
      code: 7,
      completed: true,
      bestScore: 80,
      failedAttempts: 0,
      practice: { runs: 2, everSafe: false, lastSafe: false },
    };
    let { sheet } = addSlip(empty, slip('000000000001', { lessons: [caught] }));
    ({ sheet } = addSlip(sheet, slip('000000000002', { lessons: [] })));
    ({ sheet } = addSlip(sheet, slip('000000000003')));
    const rows = sheetRows(sheet, [{ code: 7, title: 'QR', practice: true }], words);
    expect(rows.map((row) => row.slice(4))).toEqual([
      ['QR', 'QR — thực hành'],
      ['✓ 80%', 'Mắc bẫy'],
      ['Chưa học', 'Chưa thực hành'],
      ['40%', 'Chưa thực hành'],
      ['1/3', '1/3'],
    ]);
  });

  it('keeps a practice heading that starts like a formula from running in a spreadsheet', () => {
    const rows = sheetRows(empty, [{ code: 7, title: '=HYPERLINK("x")', practice: true }], words);
    expect(toCsv(rows).split('\r\n')[0]).toContain(`"'=HYPERLINK(""x"")","'=HYPERLINK(""x"") — thực hành"`);
  });
});

describe('xAPI statements', () => {
  const names = new Map([
    [1, { vi: 'Cài VNeID', en: 'Install VNeID' }],
    [7, { vi: 'Trả tiền bằng mã QR', en: 'Pay by QR code' }],
  ]);
  const base = 'https://hocso.example.org/xapi/';
  let { sheet } = addSlip(empty, slip('000000000001', { session: 'AM-1203' }));
  ({ sheet } = addSlip(sheet, slip('000000000002', { name: '' })));
  const statements = classStatements(sheet, names, base);

  it('pass the xAPI 1.0.3 statement rules (Learning Locker’s conformance-tested validator)', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(validateStatement(statement), statement.id).toEqual([]);
    // The validator does bite: a statement with a bad id, score and verb is refused on each.
    const broken = {
      ...statements[0]!,
      id: 'not-a-uuid',
      verb: { id: 'attempted', display: {} },
      result: { score: { scaled: 2 } },
    };
    expect(validateStatement(broken).length).toBeGreaterThanOrEqual(3);
    expect(new Set(statements.map((s) => s.version))).toEqual(new Set([XAPI_VERSION]));
  });

  it('say attempted for every started lesson, failed with the count, passed with the score and completed', () => {
    const of = (learner: string, code: number) =>
      statements
        .filter((s) => s.actor.account.name === learner && s.object.id === `${base}lessons/${code}`)
        .map((s) => s.verb.display['en-US']);
    expect(of('000000000001', 1)).toEqual(['attempted', 'passed', 'completed']);
    expect(of('000000000001', 7)).toEqual(['attempted', 'failed']);
    const passed = statements.find((s) => s.verb.display['en-US'] === 'passed')!;
    expect(passed.result?.score).toEqual({ scaled: 0.9, raw: 90, min: 0, max: 100 });
    const failed = statements.find((s) => s.verb.display['en-US'] === 'failed')!;
    expect(failed.result?.extensions).toEqual({ [`${base}extensions/failed-attempts`]: 2 });
    expect(passed.object.definition.name).toEqual({ vi: 'Cài VNeID', en: 'Install VNeID' });
    expect(passed.context.extensions).toEqual({ [`${base}extensions/session`]: 'AM-1203' });
  });

  it('key the actor to the learner id under the fixed IRI base, not the page address', () => {
    expect(new Set(statements.map((s) => s.actor.account.homePage))).toEqual(new Set([base]));
    expect(statements.find((s) => s.actor.account.name === '000000000002')!.actor.name).toBe('000000000002');
  });

  it('have the same ids every time, so loading a sheet twice adds nothing', () => {
    const again = classStatements(sheet, names, base);
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });
});
