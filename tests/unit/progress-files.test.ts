import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '../../src/lib/progress-migrations';
import { PROGRESS_VERSION } from '../../src/schemas/progress';
import { IMPORT_MAX_BYTES, readProgressFile } from '../../src/lib/progress-file';
import { emptyStore, MAIN_PROFILE_ID, updateCurrentLessons } from '../../src/lib/current-learner';
import { createProfile } from '../../src/lib/profiles';
import { recordAttempt, recordVisit } from '../../src/lib/progress';
import { exportFileName, fileSafeName, makeExportFile } from '../../src/lib/export-file';
import { previewImport, progressRows, toCsv } from '../../src/lib/transfer';

const fixtures = resolve(import.meta.dirname, '../fixtures/import');
const LEARNER = '3fa85f64c2b1';
/** Learner ids in a known order: 000000000001, 000000000002, … */
const learnerIds = () => {
  let n = 0;
  return () => String(++n).padStart(12, '0');
};
const now = new Date('2026-11-29T10:00:00.000Z');
const read = (name: string) => {
  const text = readFileSync(join(fixtures, name), 'utf8');
  return readProgressFile(text, statSync(join(fixtures, name)).size, now);
};
// Our own table of what each fixture should produce, not input under test.
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Record<
  string,
  { code: string; field?: string }
>;

describe('readProgressFile on the malformed corpus', () => {
  it('has at least 15 malformed files, each with an expected reason', () => {
    const files = readdirSync(fixtures).filter(
      (f) => f.endsWith('.json') && !['expected.json', 'valid-v2.json', 'older-v1.json'].includes(f),
    );
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(expected).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(expected))('rejects %s (%j)', (name, want) => {
    const result = read(name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(want.code);
    if (want.field) expect((result.problem as { field: string }).field.startsWith(want.field)).toBe(true);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(readProgressFile('{}', IMPORT_MAX_BYTES + 1, now)).toEqual({
      ok: false,
      problem: { code: 'too-big', size: IMPORT_MAX_BYTES + 1 },
    });
  });

  it('does not pollute Object.prototype while reading', () => {
    read('proto-top-level.json');
    read('proto-lesson-key.json');
    read('constructor-key.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readProgressFile on good files', () => {
  it('accepts a version 2 export file, with no learner id', () => {
    const result = read('valid-v2.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(2);
    expect(result.file.version).toBe(PROGRESS_VERSION);
    expect(result.file.learnerId).toBeNull();
    expect(result.file.profile).toBe('Nguyễn Thị Lan');
    expect(Object.keys(result.file.lessons)).toEqual(['install-vneid', 'pay-by-qr']);
  });

  it('migrates a version 1 file', () => {
    const result = read('older-v1.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.file.version).toBe(PROGRESS_VERSION);
    expect(result.file.lessons['install-vneid']!.stepsChecked).toEqual([]);
    expect(result.file.lessons['install-vneid']!.bestScore).toBe(90);
  });

  it('round-trips an export exactly', () => {
    const good = read('valid-v2.json');
    if (!good.ok) throw new Error('fixture should be valid');
    const file = makeExportFile({ name: 'Lan', learnerId: LEARNER, lessons: good.file.lessons }, now);
    expect(file.learnerId).toBe(LEARNER);
    const text = JSON.stringify(file);
    const again = readProgressFile(text, text.length, now);
    expect(again).toEqual({ ok: true, file, fromVersion: PROGRESS_VERSION });
  });
});

describe('decodeStored (what the browser kept)', () => {
  it('reads the current version, as it is', () => {
    const state = emptyStore(now, LEARNER);
    let upgraded = false;
    expect(decodeStored(JSON.stringify(state), now, learnerIds(), () => (upgraded = true))).toEqual(state);
    expect(upgraded).toBe(false);
  });

  it('reads a version 4 record (before reviews) as the current version, every record as it was', () => {
    const state = updateCurrentLessons(emptyStore(now, LEARNER), (lessons) =>
      recordVisit(lessons, 'recognise-scams', now),
    );
    const v4 = { ...state, version: 4 };
    let upgraded = false;
    const read = decodeStored(JSON.stringify(v4), now, learnerIds(), () => (upgraded = true))!;
    expect(upgraded).toBe(true);
    expect(read).toEqual(state);
    expect(read.profiles[MAIN_PROFILE_ID]!.lessons['recognise-scams']!.reviews).toBeUndefined();
  });

  it('migrates a version 1 record into the main profile, with a learner id', () => {
    const v1 = readFileSync(join(fixtures, 'older-v1.json'), 'utf8');
    let upgraded = false;
    const state = decodeStored(v1, now, learnerIds(), () => (upgraded = true))!;
    expect(upgraded).toBe(true);
    expect(state.version).toBe(PROGRESS_VERSION);
    expect(state.current).toBe(MAIN_PROFILE_ID);
    expect(state.profiles[MAIN_PROFILE_ID]!.learnerId).toBe('000000000001');
    expect(state.profiles[MAIN_PROFILE_ID]!.lessons['install-vneid']!.completed).toBe(
      '2026-11-20T09:15:00.000Z',
    );
  });

  it('migrates version 3: every lesson gains an empty practice list, and nothing else changes', () => {
    const v4 = createProfile(
      updateCurrentLessons(emptyStore(now, LEARNER), (l) =>
        recordAttempt(recordVisit(l, 'scan-to-pay', now), 'scan-to-pay', {
          id: 'a1',
          at: now.toISOString(),
          correct: 8,
          total: 8,
          score: 100,
          answers: { q1: ['b'] },
          passed: true,
        }),
      ),
      { id: 'p2', learnerId: '00000000000b' },
      'Lan',
      now,
    );
    const v3 = structuredClone(v4) as unknown as Record<string, unknown> & typeof v4;
    v3.version = 3 as typeof v4.version;
    for (const profile of Object.values(v3.profiles))
      for (const record of Object.values(profile.lessons)) delete (record as Partial<typeof record>).practice;
    let upgraded = false;
    const state = decodeStored(JSON.stringify(v3), now, learnerIds(), () => (upgraded = true))!;
    expect(upgraded).toBe(true);
    expect(state).toEqual(v4);

    // An export file of version 3 the same way.
    const file = makeExportFile(
      { name: 'Lan', learnerId: LEARNER, lessons: v4.profiles[MAIN_PROFILE_ID]!.lessons },
      now,
    );
    const oldFile = JSON.parse(JSON.stringify(file)) as { version: number; lessons: Record<string, object> };
    oldFile.version = 3;
    for (const record of Object.values(oldFile.lessons)) delete (record as { practice?: unknown }).practice;
    const text = JSON.stringify(oldFile);
    expect(readProgressFile(text, text.length, now)).toEqual({ ok: true, file, fromVersion: 3 });
  });

  it('migrates version 2 keeping every record, each profile with its own learner id', () => {
    const v3 = createProfile(
      updateCurrentLessons(emptyStore(now, LEARNER), (l) => recordVisit(l, 'scan-to-pay', now)),
      { id: 'p2', learnerId: LEARNER },
      'Lan',
      now,
    );
    const withoutIds = {
      ...v3,
      version: 2,
      profiles: Object.fromEntries(
        Object.entries(v3.profiles).map(([id, { learnerId: _dropped, ...profile }]) => [id, profile]),
      ),
    };
    let upgraded = false;
    const state = decodeStored(JSON.stringify(withoutIds), now, learnerIds(), () => (upgraded = true))!;
    expect(upgraded).toBe(true);
    expect(state.version).toBe(PROGRESS_VERSION);
    for (const [id, profile] of Object.entries(withoutIds.profiles)) {
      const { learnerId, ...kept } = state.profiles[id]!;
      expect(kept).toEqual(profile);
      expect(learnerId).toMatch(/^[0-9a-f]{12}$/);
    }
    const ids = Object.values(state.profiles).map((profile) => profile.learnerId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    '{oops',
    '{"format":"hoc-so-progress","version":2}',
    '[]',
    '{"format":"hoc-so-progress","version":2,"current":"x","profiles":{}}',
  ])('cannot read %s', (text) => {
    expect(decodeStored(text, now)).toBeUndefined();
  });
});

describe('export files', () => {
  it.each([
    ['Nguyễn Thị Đào', 'nguyen-thi-dao'],
    ['  Bà Tư (nhà 3) ', 'ba-tu-nha-3'],
    ['', ''],
  ])('file-safe name of %j is %j', (name, safe) => {
    expect(fileSafeName(name)).toBe(safe);
  });

  it('names files by profile and local date', () => {
    const day = new Date(2026, 10, 29, 23, 30);
    expect(exportFileName('Lan', day, 'json')).toBe('hoc-so-lan-2026-11-29.json');
    expect(exportFileName('', day, 'csv')).toBe('hoc-so-2026-11-29.csv');
  });

  it('writes CSV with a byte-order mark, CRLF lines, quoting and no formulas', () => {
    const csv = toCsv([
      ['Chủ đề', 'Bài học'],
      ['VNeID', 'Cài "VNeID", kích hoạt'],
      ['=HYPERLINK("x")', 5],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(
      'Chủ đề,Bài học\r\nVNeID,"Cài ""VNeID"", kích hoạt"\r\n"\'=HYPERLINK(""x"")",5\r\n',
    );
  });

  it('has one row per lesson, the site’s lessons first, then lessons it doesn’t have', () => {
    const good = read('valid-v2.json');
    if (!good.ok) throw new Error('fixture should be valid');
    const rows = progressRows(
      good.file.lessons,
      [
        { slug: 'install-vneid', title: 'Cài VNeID', track: 'VNeID' },
        { slug: 'scam-calls', title: 'Cuộc gọi lừa đảo', track: 'Lừa đảo' },
      ],
      ['track', 'lesson', 'status', 'best', 'attempts', 'completed', 'slug', 'failed', 'id', 'name'],
      (status) => status,
      { id: '3fa85f64c2b1', name: 'Lan' },
    );
    expect(rows).toEqual([
      ['track', 'lesson', 'status', 'best', 'attempts', 'completed', 'slug', 'failed', 'id', 'name'],
      ['VNeID', 'Cài VNeID', 'completed', 90, 1, '2026-11-20', 'install-vneid', 0, '3fa85f64c2b1', 'Lan'],
      ['Lừa đảo', 'Cuộc gọi lừa đảo', 'not-started', '', 0, '', 'scam-calls', 0, '3fa85f64c2b1', 'Lan'],
      ['', 'pay-by-qr', 'in-progress', '', 0, '', 'pay-by-qr', 0, '3fa85f64c2b1', 'Lan'],
    ]);
  });
});

describe('previewImport', () => {
  it('lists new, changed and unknown lessons before anything is applied', () => {
    const good = read('valid-v2.json');
    if (!good.ok) throw new Error('fixture should be valid');
    const incoming = good.file.lessons;
    const current = {
      'install-vneid': { ...incoming['install-vneid']!, attempts: [], bestScore: null, completed: null },
    };
    const preview = previewImport(current, incoming, ['install-vneid']);
    expect(preview.added).toEqual(['pay-by-qr']);
    expect(preview.unknown).toEqual(['pay-by-qr']);
    expect(preview.changed).toEqual([
      { slug: 'install-vneid', newAttempts: 1, bestBefore: null, bestAfter: 90, completes: true },
    ]);
    expect(preview.changes).toBe(true);
    expect(previewImport(incoming, incoming, ['install-vneid']).changes).toBe(false);
  });
});
