import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeStored } from '../../src/lib/progress-migrations';
import { readProgressFile } from '../../src/lib/progress-file';
import { emptyStore, MAIN_PROFILE_ID } from '../../src/lib/current-learner';
import { createProfile, noteWorkshop } from '../../src/lib/profiles';
import { makeExportFile } from '../../src/lib/export-file';
import { mergeWorkshops } from '../../src/lib/merge';
import { decodeSlip, encodeSlip, learnerSlip } from '../../src/lib/slip';
import { PROGRESS_VERSION, type StoredProgress } from '../../src/schemas/progress';
import { workshopSchema, type Workshop } from '../../src/schemas/workshop';
import * as v from 'valibot';
import { $profile } from '../../src/stores/profile';
import { $progress } from '../../src/stores/progress';
import { joinWorkshop } from '../../src/stores/workshop';
import { applyImport } from '../../src/stores/import';

// The learner profile's workshop field: optional within stored format version 3, so every record
// without it still reads, and every record with it keeps it through decode, export, import and merge.

const at = new Date('2026-03-12T02:00:00.000Z');
const workshop: Workshop = {
  session: 'K7M2QX',
  name: 'Ấp 3, xã An Minh',
  joined: '2026-03-12T02:05:00.000Z',
};
const later: Workshop = { session: 'P4R8ZT', name: 'Xã Tân Lộc', joined: '2026-03-19T02:05:00.000Z' };
const lessons = {
  'install-vneid': {
    firstVisited: '2026-03-12T02:06:00.000Z',
    stepsChecked: [],
    attempts: [
      {
        id: 'a1',
        at: '2026-03-12T02:20:00.000Z',
        correct: 4,
        total: 4,
        score: 100,
        answers: {},
        passed: true,
      },
    ],
    bestScore: 100,
    completed: '2026-03-12T02:20:00.000Z',
    practice: [],
  },
};
const withWorkshop = (): StoredProgress => {
  const state = emptyStore(at, '3fa85f64c2b1');
  state.profiles[MAIN_PROFILE_ID]!.lessons = structuredClone(lessons);
  return noteWorkshop(state, workshop);
};

describe('stored progress with a workshop', () => {
  it('decodes as stored, the workshop kept, and needs no upgrade', () => {
    const state = withWorkshop();
    let upgraded = false;
    expect(decodeStored(JSON.stringify(state), at, undefined, () => (upgraded = true))).toEqual(state);
    expect(upgraded).toBe(false);
  });

  it('still reads every record without one', () => {
    const state = emptyStore(at, '3fa85f64c2b1');
    const decoded = decodeStored(JSON.stringify(state), at);
    expect(decoded).toEqual(state);
    expect(decoded!.profiles[MAIN_PROFILE_ID]).not.toHaveProperty('workshop');
  });

  it('upgrades a version 2 record without inventing a workshop', () => {
    const v2 = {
      format: 'hoc-so-progress',
      version: 2,
      current: 'main',
      profiles: { main: { name: '', created: at.toISOString(), lessons } },
    };
    const decoded = decodeStored(JSON.stringify(v2), at, () => '000000000001');
    expect(decoded?.profiles.main).toEqual({
      name: '',
      created: at.toISOString(),
      learnerId: '000000000001',
      lessons,
    });
  });

  it.each([
    ['a lower-case session', { ...workshop, session: 'k7m2qx' }],
    ['an empty name', { ...workshop, name: '' }],
    ['a name with a line break', { ...workshop, name: 'a\nb' }],
    ['no join time', { session: workshop.session, name: workshop.name }],
    ['an extra field', { ...workshop, signed: true }],
  ])('refuses a workshop with %s (the record is kept aside by the store, never half-read)', (_, bad) => {
    const state = withWorkshop() as unknown as { profiles: Record<string, Record<string, unknown>> };
    state.profiles[MAIN_PROFILE_ID]!.workshop = bad;
    expect(decodeStored(JSON.stringify(state), at)).toBeUndefined();
  });
});

/** Any workshop the format allows: names in any script, with spaces and punctuation. */
const arbAnyWorkshop: fc.Arbitrary<Workshop> = fc
  .record({
    session: fc.stringMatching(/^[A-Z0-9-]{1,16}$/),
    name: fc.oneof(
      fc.string({ minLength: 1, maxLength: 80 }),
      fc.constantFrom('Ấp 3, xã An Minh', 'Lớp "A" & <B>'),
    ),
    joined: fc
      .date({ min: new Date(2020, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true })
      .map((d) => d.toISOString()),
  })
  .filter((w) => v.is(workshopSchema, w) && w.name === w.name.trim());

describe('any workshop (property)', () => {
  it('survives storing, exporting and importing unchanged', () => {
    fc.assert(
      fc.property(arbAnyWorkshop, (w) => {
        const state = noteWorkshop(emptyStore(at, '3fa85f64c2b1'), w);
        expect(decodeStored(JSON.stringify(state), at)).toEqual(state);
        const file = makeExportFile(state.profiles[MAIN_PROFILE_ID]!, at);
        const text = JSON.stringify(file, null, 2);
        expect(readProgressFile(text, text.length, at)).toEqual({
          ok: true,
          file,
          fromVersion: PROGRESS_VERSION,
        });
        expect(file.workshop).toEqual(w);
      }),
      { numRuns: 200 },
    );
  });
});

describe('noteWorkshop', () => {
  it('notes the workshop in the current profile only, replacing the one before', () => {
    const two = createProfile(withWorkshop(), { id: 'lan', learnerId: '0000000000aa' }, 'Lan', at);
    const noted = noteWorkshop(two, later);
    expect(noted.profiles.lan!.workshop).toEqual(later);
    expect(noted.profiles[MAIN_PROFILE_ID]!.workshop).toEqual(workshop);
    expect(noteWorkshop(noted, workshop).profiles.lan!.workshop).toEqual(workshop);
  });
});

describe('export and import', () => {
  it('an export file carries the workshop and reads back the same', () => {
    const profile = withWorkshop().profiles[MAIN_PROFILE_ID]!;
    const file = makeExportFile(profile, at);
    expect(file.workshop).toEqual(workshop);
    const text = JSON.stringify(file, null, 2);
    expect(readProgressFile(text, text.length, at)).toEqual({
      ok: true,
      file,
      fromVersion: PROGRESS_VERSION,
    });
  });

  it('an export without a workshop has no workshop key, and reads back the same', () => {
    const profile = emptyStore(at, '3fa85f64c2b1').profiles[MAIN_PROFILE_ID]!;
    const file = makeExportFile(profile, at);
    expect(file).not.toHaveProperty('workshop');
    const text = JSON.stringify(file);
    expect(readProgressFile(text, text.length, at)).toEqual({
      ok: true,
      file,
      fromVersion: PROGRESS_VERSION,
    });
  });

  it('an export file with a malformed workshop is refused, naming the field', () => {
    const file = {
      ...makeExportFile(withWorkshop().profiles[MAIN_PROFILE_ID]!, at),
      workshop: { ...workshop, session: 'no way' },
    };
    const text = JSON.stringify(file);
    expect(readProgressFile(text, text.length, at)).toEqual({
      ok: false,
      problem: { code: 'invalid', field: 'workshop.session' },
    });
  });
});

describe('mergeWorkshops', () => {
  const arbWorkshop: fc.Arbitrary<Workshop | undefined> = fc.option(
    fc.record({
      session: fc.constantFrom('K7M2QX', 'P4R8ZT', 'AAAAAA'),
      name: fc.constantFrom('A', 'B', 'Ấp 3'),
      joined: fc.integer({ min: 0, max: 5 }).map((n) => new Date(Date.UTC(2026, 2, 12 + n)).toISOString()),
    }),
    { nil: undefined },
  );

  it('keeps the workshop joined later, whichever side it is on', () => {
    expect(mergeWorkshops(workshop, later)).toBe(later);
    expect(mergeWorkshops(later, workshop)).toBe(later);
    expect(mergeWorkshops(undefined, workshop)).toBe(workshop);
    expect(mergeWorkshops(workshop, undefined)).toBe(workshop);
    expect(mergeWorkshops(undefined, undefined)).toBeUndefined();
  });

  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(arbWorkshop, arbWorkshop, arbWorkshop, (a, b, c) => {
        expect(mergeWorkshops(a, b)).toEqual(mergeWorkshops(b, a));
        expect(mergeWorkshops(mergeWorkshops(a, b), c)).toEqual(mergeWorkshops(a, mergeWorkshops(b, c)));
        expect(mergeWorkshops(a, a)).toEqual(a);
      }),
    );
  });
});

describe('the progress slip', () => {
  it('carries the profile’s workshop session, and none without a workshop', () => {
    const profile = withWorkshop().profiles[MAIN_PROFILE_ID]!;
    const codeOf = (slug: string) => (slug === 'install-vneid' ? 1 : undefined);
    const read = decodeSlip(encodeSlip(learnerSlip(profile, codeOf, '2026-03-12')));
    expect(read).toMatchObject({ ok: true, slip: { session: 'K7M2QX', date: '2026-03-12' } });
    const { workshop: _, ...without } = profile;
    const plain = decodeSlip(encodeSlip(learnerSlip(without, codeOf, '2026-03-12')));
    expect(plain.ok && plain.slip.session).toBeUndefined();
  });
});

describe('store actions', () => {
  beforeAll(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());
  const stored = () => JSON.parse(getTestStorage()['hoc-so:progress'] ?? 'null') as StoredProgress;

  it('joinWorkshop notes the workshop in the current profile and stores it', () => {
    const stop = $progress.listen(() => {});
    const joined = joinWorkshop({ session: 'K7M2QX', name: 'Ấp 3' }, at);
    expect(joined).toEqual({ session: 'K7M2QX', name: 'Ấp 3', joined: at.toISOString() });
    expect($profile.get().workshop).toEqual(joined);
    expect(stored().profiles[stored().current]!.workshop).toEqual(joined);
    stop();
  });

  it('an import keeps the later workshop and every lesson', () => {
    const stop = $progress.listen(() => {});
    joinWorkshop({ session: 'K7M2QX', name: 'Ấp 3' }, new Date('2026-03-12T00:00:00.000Z'));
    const file = makeExportFile({ name: 'Lan', learnerId: '0000000000aa', lessons, workshop: later }, at);
    applyImport(file);
    expect($profile.get().workshop).toEqual(later);
    expect($profile.get().lessons['install-vneid']?.completed).toBe(lessons['install-vneid'].completed);
    // An older file (no workshop, or an earlier one) doesn't take it away.
    applyImport({ ...file, workshop: workshop });
    applyImport(makeExportFile({ name: 'Lan', learnerId: '0000000000aa', lessons: {} }, at));
    expect($profile.get().workshop).toEqual(later);
    stop();
  });
});
