import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteVisit, readVisits } from '../../src/lib/start/visit-log';
import { VISITS_KEY } from '../../src/lib/start/storage-keys';
import { currentProfileName, storedProfileName } from '../../src/lib/start/profile-name';
import { CONTRASTS, READING_DEFAULTS, TEXT_SIZES, decodeReading } from '../../src/schemas/reading';
import { recordVisits } from '../../src/lib/progress';

// What every page runs before Lit or the progress store loads (src/lib/start/): plain reads of
// stored data that must never throw and never misread, whatever storage holds.

/** A Storage stand-in that can be made to fail like a blocked or full one. */
function memoryStorage(fail: 'none' | 'read' | 'write' = 'none') {
  const items = new Map<string, string>();
  return {
    items,
    getItem(key: string) {
      if (fail === 'read') throw new DOMException('blocked', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (fail === 'write') throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('noting lesson visits without the progress store', () => {
  it('notes the first opening of each lesson and keeps it', () => {
    const storage = memoryStorage();
    noteVisit(() => storage, 'install-vneid', new Date('2026-11-30T08:00:00Z'));
    noteVisit(() => storage, 'install-vneid', new Date('2026-11-30T09:00:00Z'));
    noteVisit(() => storage, 'scan-to-pay', new Date('2026-11-30T10:00:00Z'));
    expect(readVisits(storage.items.get(VISITS_KEY))).toEqual({
      'install-vneid': '2026-11-30T08:00:00.000Z',
      'scan-to-pay': '2026-11-30T10:00:00.000Z',
    });
  });

  it('lets the lesson be read when storage is blocked, full or unreachable', () => {
    for (const storage of [memoryStorage('read'), memoryStorage('write')])
      expect(() => noteVisit(() => storage, 'install-vneid', new Date())).not.toThrow();
    expect(() =>
      noteVisit(
        () => {
          throw new DOMException('no storage', 'SecurityError');
        },
        'install-vneid',
        new Date(),
      ),
    ).not.toThrow();
  });

  it('reads anything unreadable as no visits, and drops entries without a real time', () => {
    for (const text of [null, undefined, '', 'not json', '[]', '42', 'null', '"text"'])
      expect(readVisits(text)).toEqual({});
    expect(readVisits('{"a":"2026-11-30T08:00:00.000Z","b":7,"c":"yesterday"}')).toEqual({
      a: '2026-11-30T08:00:00.000Z',
    });
  });

  it('starts over from a damaged note rather than failing', () => {
    const storage = memoryStorage();
    storage.items.set(VISITS_KEY, '{broken');
    noteVisit(() => storage, 'register-birth', new Date('2026-11-30T08:00:00Z'));
    expect(readVisits(storage.items.get(VISITS_KEY))).toEqual({
      'register-birth': '2026-11-30T08:00:00.000Z',
    });
  });

  it('adds the noted visits to a learner, keeping visits they already had', () => {
    const lessons = recordVisits({}, { 'install-vneid': '2026-11-01T08:00:00.000Z' });
    const later = recordVisits(lessons, {
      'install-vneid': '2026-11-30T08:00:00.000Z',
      'scan-to-pay': '2026-11-30T09:00:00.000Z',
    });
    expect(later['install-vneid']!.firstVisited).toBe('2026-11-01T08:00:00.000Z');
    expect(later['scan-to-pay']!.firstVisited).toBe('2026-11-30T09:00:00.000Z');
    expect(later['scan-to-pay']!.completed).toBeNull();
  });
});

describe("the header's learner name, read without the progress store", () => {
  const v3 = {
    format: 'hoc-so-progress',
    version: 3,
    current: 'p2',
    profiles: { main: { name: '' }, p2: { name: 'Bà Tư' } },
  };

  it('is the current learner of version 2 and 3 records', () => {
    expect(currentProfileName(v3)).toBe('Bà Tư');
    expect(storedProfileName(JSON.stringify({ ...v3, version: 2 }))).toBe('Bà Tư');
    expect(currentProfileName({ ...v3, current: 'main' })).toBe('');
  });

  it('is the main learner for version 1, missing or damaged records', () => {
    for (const text of [null, '', '{', '[]', 'null', '{"format":"hoc-so-progress","version":1,"lessons":{}}'])
      expect(storedProfileName(text)).toBe('');
    expect(currentProfileName({ ...v3, current: 'gone' })).toBe('');
    expect(currentProfileName({ ...v3, profiles: { p2: { name: 5 } } })).toBe('');
  });

  it('never throws and never shows more than a short name, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(storedProfileName(text).length).toBeLessThanOrEqual(60);
      }),
    );
    expect(currentProfileName({ ...v3, profiles: { p2: { name: 'x'.repeat(500) } } })).toHaveLength(60);
  });
});

describe('reading settings, read before the settings panel loads', () => {
  it('reads what the panel stores', () => {
    expect(decodeReading('{"size":"xlarge","contrast":"high"}')).toEqual({
      size: 'xlarge',
      contrast: 'high',
    });
  });

  it('falls back field by field, so one bad value never resets the other', () => {
    expect(decodeReading('{"size":"huge","contrast":"high"}')).toEqual({ size: 'normal', contrast: 'high' });
    expect(decodeReading('{"size":"large"}')).toEqual({ size: 'large', contrast: 'system' });
    for (const text of [null, undefined, '', '{', '[]', '"large"', 'null'])
      expect(decodeReading(text)).toEqual(READING_DEFAULTS);
  });

  it('always gives allowed values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const { size, contrast } = decodeReading(text);
        expect(TEXT_SIZES).toContain(size);
        expect(CONTRASTS).toContain(contrast);
      }),
    );
  });
});
