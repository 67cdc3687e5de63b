import { describe, expect, it } from 'vitest';
import { countersignRecord } from '../../src/lib/countersign';
import type { ClassMember } from '../../src/lib/class-sheet';
import { unsignedBytes } from '../../src/lib/signed-slip';

// Issue #22: what a trainer signs for a learner on the class sheet.

const member = (fields: Partial<ClassMember> = {}): ClassMember => ({
  learnerId: '3fa85f64c2b1',
  name: 'Lan',
  date: '2026-12-01',
  session: 'K7M2QX',
  lessons: [
    { code: 2, completed: true, bestScore: 100, failedAttempts: 0 },
    { code: 5, completed: false, bestScore: 40, failedAttempts: 2 },
    { code: 9, completed: true, bestScore: 80, failedAttempts: 1 },
  ],
  ...fields,
});
const sheet = { session: 'K7M2QX' };

describe('countersigning a learner', () => {
  it('signs the completed lessons, dated by the slip the trainer saw, for a year', () => {
    const result = countersignRecord(sheet, member(), 'le-thi-mai-3fa85f', '2026-12-02');
    expect(result).toEqual({
      ok: true,
      record: {
        curriculum: 1,
        learnerId: '3fa85f64c2b1',
        name: 'Lan',
        lessons: [
          { code: 2, completed: '2026-12-01' },
          { code: 9, completed: '2026-12-01' },
        ],
        workshop: 'K7M2QX',
        keyId: 'le-thi-mai-3fa85f',
        signed: '2026-12-02',
        expires: '2027-12-02',
      },
    });
    // What it gives is a record signing accepts.
    if (result.ok) expect(() => unsignedBytes(result.record, 'Ed25519')).not.toThrow();
  });

  it('signs for the class’s workshop, even for a learner who joined from home', () => {
    const result = countersignRecord(
      { session: 'ABC123' },
      member({ session: undefined }),
      'k-1',
      '2026-12-02',
    );
    expect(result.ok && result.record.workshop).toBe('ABC123');
  });

  it('takes a slip dated after today (a clock running ahead) as seen today', () => {
    const result = countersignRecord(sheet, member({ date: '2026-12-09' }), 'k-1', '2026-12-02');
    expect(result.ok && result.record.lessons.map((l) => l.completed)).toEqual(['2026-12-02', '2026-12-02']);
  });

  it('refuses a row without a name or with nothing completed', () => {
    expect(countersignRecord(sheet, member({ name: '  ' }), 'k-1', '2026-12-02')).toEqual({
      ok: false,
      problem: 'no-name',
    });
    expect(
      countersignRecord(
        sheet,
        member({ lessons: [{ code: 5, completed: false, bestScore: 40, failedAttempts: 2 }] }),
        'k-1',
        '2026-12-02',
      ),
    ).toEqual({ ok: false, problem: 'nothing-completed' });
  });

  it('cuts a long name to what a signed slip carries, at a whole character', () => {
    const long = 'Nguyễn Thị Ngọc Hương '.repeat(3).trim();
    const result = countersignRecord(sheet, member({ name: long }), 'k-1', '2026-12-02');
    expect(result.ok && new TextEncoder().encode(result.record.name).length).toBeLessThanOrEqual(60);
    expect(result.ok && long.startsWith(result.record.name)).toBe(true);
  });
});
