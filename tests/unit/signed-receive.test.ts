import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyStore, MAIN_PROFILE_ID } from '../../src/lib/current-learner';
import { makeExportFile } from '../../src/lib/export-file';
import { createProfile } from '../../src/lib/profiles';
import { readProgressFile } from '../../src/lib/progress-file';
import { decodeStored } from '../../src/lib/progress-migrations';
import {
  cleanSignedText,
  mergeSignedSlips,
  newestSignedSlip,
  receiveSignedSlip,
  signedReceipt,
} from '../../src/lib/signed-receive';
import {
  SIGNED_NAME_MAX_BYTES,
  SIGNED_PREFIX,
  readSignedSlip,
  signSlip,
  type SignedRecord,
} from '../../src/lib/signed-slip';
import { CURRICULUM_ID, encodeSlip, learnerSlip } from '../../src/lib/slip';
import { previewImport } from '../../src/lib/transfer';
import {
  PROGRESS_VERSION,
  SIGNED_SLIPS_MAX,
  SIGNED_TEXT_MAX,
  storedProgressSchema,
  type StoredProgress,
} from '../../src/schemas/progress';
import { exportFileSchema } from '../../src/schemas/export-file';
import { signedSlipTextSchema } from '../../src/schemas/signed-slips';
import { applyImport } from '../../src/stores/import';
import { $profile } from '../../src/stores/profile';
import { $progress } from '../../src/stores/progress';
import { receiveSignature } from '../../src/stores/signed-slips';
import { signAsTestTrainer } from '../harness/trainer-keys';

// Issue #22, the learner's side: stored format version 6 keeps the slips trainers signed for a
// profile (`signed`); the progress page receives one only when it is the learner's own and new;
// export files carry them and imports unite them; the certificate prints the newest.

const at = new Date('2026-11-30T08:00:00.000Z');
const LEARNER = '3fa85f64c2b1';
const OTHER = '0a1b2c3d4e5f';

const record = (overrides: Partial<SignedRecord> = {}): Omit<SignedRecord, 'keyId'> => ({
  curriculum: CURRICULUM_ID,
  learnerId: LEARNER,
  name: 'Nguyễn Thị Lan',
  lessons: [
    { code: 1, completed: '2026-11-20' },
    { code: 4, completed: '2026-11-28' },
  ],
  workshop: 'PHUHOA-1128',
  signed: '2026-11-30',
  expires: '2027-11-30',
  ...overrides,
});

/** Day n of 2026 (1-based), as YYYY-MM-DD. */
const dayOf = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString().slice(0, 10);

let mine: string;
let theirs: string;
let stranger: string;
/** 30 slips of this learner, signed on days 1 to 30 of 2026, in that order. */
let daily: string[];

beforeAll(async () => {
  mine = await signAsTestTrainer('test-ed25519', record());
  theirs = await signAsTestTrainer('test-ecdsa', record({ learnerId: OTHER, name: 'Trần Văn Bảy' }));
  stranger = await signAsTestTrainer('test-ed25519', record({ curriculum: CURRICULUM_ID + 1 }));
  daily = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      signAsTestTrainer(
        'test-ecdsa',
        record({ signed: dayOf(i + 1), expires: '2027-12-31', lessons: [{ code: 1, completed: dayOf(1) }] }),
      ),
    ),
  );
});

const profileWith = (signed?: string[]) => ({ learnerId: LEARNER, ...(signed ? { signed } : {}) });
const stateWith = (signed?: string[]): StoredProgress => {
  const state = emptyStore(at, LEARNER);
  if (signed) state.profiles[MAIN_PROFILE_ID]!.signed = signed;
  return state;
};
/** The code with one character changed to another of the alphabet: still the right shape. */
const typo = (code: string, at = 20) =>
  code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);

describe('the stored format, version 6', () => {
  it('a signed slip’s text is HSK: and Base45, at most SIGNED_TEXT_MAX characters', () => {
    expect(v.is(signedSlipTextSchema, mine)).toBe(true);
    for (const bad of [
      '',
      'HSK:',
      mine.toLowerCase(),
      mine.replace('HSK:', 'HS1:'),
      `${mine}\n`,
      `<script>${mine}`,
      `HSK:${'A'.repeat(SIGNED_TEXT_MAX)}`,
    ])
      expect(v.is(signedSlipTextSchema, bad), JSON.stringify(bad.slice(0, 30))).toBe(false);
    expect(v.is(signedSlipTextSchema, `HSK:${'A'.repeat(SIGNED_TEXT_MAX - 4)}`)).toBe(true);
  });

  it('fits the longest slip a trainer signs: a 60-byte name, the longest key and workshop ids, 100 lessons', async () => {
    const name = 'Nguyễn Thị Ngọc Hương Đặng Trần Thủy Tiên Ba';
    expect(new TextEncoder().encode(name).length).toBe(SIGNED_NAME_MAX_BYTES);
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ]);
    const longest = await signSlip(
      {
        ...record({
          name,
          workshop: 'PHUHOA-2026-1128',
          // A gap of 200 between codes and completion 200 days before signing: two bytes each.
          lessons: Array.from({ length: 100 }, (_, i) => ({ code: 1 + i * 200, completed: '2026-05-14' })),
        }),
        keyId: 'k'.repeat(32),
      },
      pair.privateKey,
      'ECDSA-P256',
    );
    expect(longest.length).toBeLessThanOrEqual(SIGNED_TEXT_MAX);
    expect(v.is(signedSlipTextSchema, longest)).toBe(true);
  });

  it('a profile keeps at most SIGNED_SLIPS_MAX slips; none, or an empty list, is fine', () => {
    expect(v.is(storedProgressSchema, stateWith(daily.slice(0, SIGNED_SLIPS_MAX)))).toBe(true);
    expect(v.is(storedProgressSchema, stateWith(daily.slice(0, SIGNED_SLIPS_MAX + 1)))).toBe(false);
    expect(v.is(storedProgressSchema, stateWith([]))).toBe(true);
    expect(v.is(storedProgressSchema, stateWith())).toBe(true);
  });

  it('stored progress with signed slips decodes as it was, with no upgrade', () => {
    const state = stateWith([mine]);
    let upgraded = false;
    expect(decodeStored(JSON.stringify(state), at, undefined, () => (upgraded = true))).toEqual(state);
    expect(upgraded).toBe(false);
  });

  it('a version 5 record (before signed slips) reads as version 6, every field as it was', () => {
    const state = createProfile(emptyStore(at, LEARNER), { id: 'lan', learnerId: OTHER }, 'Lan', at);
    const v5 = { ...state, version: 5 };
    let upgraded = false;
    const read = decodeStored(JSON.stringify(v5), at, undefined, () => (upgraded = true))!;
    expect(upgraded).toBe(true);
    expect(read).toEqual(state);
    expect(read.version).toBe(6);
    expect(read.profiles.lan).not.toHaveProperty('signed');
  });

  it.each([
    ['a string, not a list', 'HSK:00'],
    ['a number', [42]],
    ['a text longer than SIGNED_TEXT_MAX', [`HSK:${'A'.repeat(SIGNED_TEXT_MAX)}`]],
  ])('refuses a profile whose signed slips are %s', (_, signed) => {
    const state = stateWith() as unknown as { profiles: Record<string, Record<string, unknown>> };
    state.profiles[MAIN_PROFILE_ID]!.signed = signed;
    expect(decodeStored(JSON.stringify(state), at)).toBeUndefined();
  });

  it('reads a stored slip that is not one without losing the learner’s progress; nothing shows it', () => {
    // Every lesson page reads the stored format, so only the list's bounds are checked there:
    // receiving and importing check each text in full, and the pages that show slips read them.
    const state = stateWith(['hsk:00', mine]);
    expect(decodeStored(JSON.stringify(state), at)).toEqual(state);
    expect(newestSignedSlip(state.profiles[MAIN_PROFILE_ID]!)?.text).toBe(mine);
    expect(newestSignedSlip({ signed: ['hsk:00'] })).toBeUndefined();
  });
});

describe('export files', () => {
  it('carry the profile’s signed slips, and read back the same', () => {
    const file = makeExportFile(stateWith([mine]).profiles[MAIN_PROFILE_ID]!, at);
    expect(file.version).toBe(PROGRESS_VERSION);
    expect(file.signed).toEqual([mine]);
    const text = JSON.stringify(file, null, 2);
    expect(readProgressFile(text, text.length, at)).toEqual({ ok: true, file, fromVersion: 6 });
  });

  it('have no `signed` key for a profile without any', () => {
    for (const signed of [undefined, []]) {
      const file = makeExportFile(stateWith(signed).profiles[MAIN_PROFILE_ID]!, at);
      expect(file).not.toHaveProperty('signed');
      expect(v.is(exportFileSchema, file)).toBe(true);
    }
  });

  it('a version 5 file reads as version 6, lessons as they were', () => {
    const file = makeExportFile(stateWith().profiles[MAIN_PROFILE_ID]!, at);
    const text = JSON.stringify({ ...file, version: 5 });
    expect(readProgressFile(text, text.length, at)).toEqual({ ok: true, file, fromVersion: 5 });
  });

  it('a file with a malformed signed slip is refused, naming it', () => {
    const file = { ...makeExportFile(stateWith([mine]).profiles[MAIN_PROFILE_ID]!, at), signed: ['HSK:a'] };
    const text = JSON.stringify(file);
    expect(readProgressFile(text, text.length, at)).toEqual({
      ok: false,
      problem: { code: 'invalid', field: 'signed.0' },
    });
  });
});

describe('mergeSignedSlips', () => {
  it('unites both sides once each, ordered by signing day, newest last', () => {
    const [d1, d2, d3] = daily as [string, string, string];
    expect(mergeSignedSlips([d3, d1], [d2, d1])).toEqual([d1, d2, d3]);
    expect(mergeSignedSlips([], [])).toEqual([]);
    expect(mergeSignedSlips([d2], [])).toEqual([d2]);
  });

  it('orders slips signed on the same day by their text', () => {
    const sameDay = [mine, theirs].sort();
    expect(mergeSignedSlips([sameDay[1]!], [sameDay[0]!])).toEqual(sameDay);
  });

  it('keeps the newest SIGNED_SLIPS_MAX', () => {
    const merged = mergeSignedSlips(daily.slice(0, 15), daily.slice(10));
    expect(merged).toEqual(daily.slice(-SIGNED_SLIPS_MAX));
  });

  it('puts a text that reads as no slip first, so it is the first dropped', () => {
    const damaged = typo(mine);
    expect(readSignedSlip(damaged)).toBeUndefined();
    expect(mergeSignedSlips([mine], [damaged])).toEqual([damaged, mine]);
  });

  it('is commutative, associative and idempotent, and what it keeps always loads (property)', () => {
    const arbSide = fc.subarray([...daily, mine, theirs]).chain((slips) => fc.shuffledSubarray(slips));
    fc.assert(
      fc.property(arbSide, arbSide, arbSide, (a, b, c) => {
        const ab = mergeSignedSlips(a, b);
        expect(ab).toEqual(mergeSignedSlips(b, a));
        expect(mergeSignedSlips(ab, c)).toEqual(mergeSignedSlips(a, mergeSignedSlips(b, c)));
        expect(mergeSignedSlips(ab, ab)).toEqual(ab);
        expect(new Set(ab).size).toBe(ab.length);
        expect(ab.length).toBe(Math.min(SIGNED_SLIPS_MAX, new Set([...a, ...b]).size));
        expect(v.is(storedProgressSchema, stateWith(ab))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the import preview', () => {
  it('counts the signed slips a file adds, and a file that adds only those changes something', () => {
    const [d1, d2, d3] = daily as [string, string, string];
    const preview = previewImport({}, {}, [], { current: [d1, d2], incoming: [d2, d3] });
    expect(preview.signed).toBe(1);
    expect(preview.changes).toBe(true);
    const same = previewImport({}, {}, [], { current: [d1, d2], incoming: [d1] });
    expect(same).toMatchObject({ signed: 0, changes: false });
    expect(previewImport({}, {}, [])).toMatchObject({ signed: 0, changes: false });
  });

  it('does not count an old slip a full profile would not keep', () => {
    const full = daily.slice(-SIGNED_SLIPS_MAX);
    expect(previewImport({}, {}, [], { current: full, incoming: [daily[0]!] }).signed).toBe(0);
  });
});

describe('receiving a signature (signedReceipt)', () => {
  const mineRecord = () => readSignedSlip(mine)!.record;

  it.each([
    ['nothing', '', 'empty'],
    ['spaces and line breaks', '  \n\t ', 'empty'],
    ['a character changed', 'typo', 'unreadable'],
    ['a character missing', 'short', 'unreadable'],
    ['a progress slip (HS1:), not a signed one', 'progress', 'unreadable'],
    ['a slip of another course', 'stranger', 'unreadable'],
    ['words', 'Xin chào', 'unreadable'],
    ['a very long text', 'long', 'unreadable'],
  ])('refuses %s, changing nothing', (_, input, outcome) => {
    const text =
      {
        typo: typo(mine),
        short: mine.slice(0, -1),
        progress: encodeSlip(
          learnerSlip({ name: '', learnerId: LEARNER, lessons: {} }, () => 1, '2026-11-30'),
        ),
        stranger,
        long: `HSK:${'A'.repeat(2000)}`,
      }[input] ?? input;
    expect(signedReceipt(profileWith(), text)).toEqual({ outcome });
    const state = stateWith([daily[0]!]);
    expect(receiveSignedSlip(state, text)).toBe(state);
  });

  it('refuses a slip signed for another learner, naming them, and keeps nothing', () => {
    const receipt = signedReceipt(profileWith(), theirs);
    expect(receipt).toMatchObject({ outcome: 'other-learner', record: { name: 'Trần Văn Bảy' } });
    const state = stateWith();
    expect(receiveSignedSlip(state, theirs)).toBe(state);
  });

  it('receives the learner’s own, new slip, with what it says', () => {
    expect(signedReceipt(profileWith(), mine)).toEqual({
      outcome: 'received',
      record: mineRecord(),
      text: mine,
    });
    const received = receiveSignedSlip(stateWith([daily[0]!]), mine);
    expect(received.profiles[MAIN_PROFILE_ID]!.signed).toEqual([daily[0], mine]);
    expect(v.is(storedProgressSchema, received)).toBe(true);
    expect(mineRecord()).toMatchObject({
      keyId: 'test-ed25519',
      signed: '2026-11-30',
      expires: '2027-11-30',
    });
  });

  it('reads a code wrapped over lines or with spaces around it as the code itself', () => {
    const wrapped = `  ${mine.slice(0, 40)}\r\n${mine.slice(40, 90)}\n${mine.slice(90)}\n `;
    expect(cleanSignedText(wrapped)).toBe(mine);
    expect(signedReceipt(profileWith(), wrapped)).toMatchObject({ outcome: 'received', text: mine });
    expect(receiveSignedSlip(stateWith(), wrapped).profiles[MAIN_PROFILE_ID]!.signed).toEqual([mine]);
  });

  it('says a slip kept already is, and changes nothing', () => {
    expect(signedReceipt(profileWith([mine]), `${mine}\n`)).toMatchObject({ outcome: 'already', text: mine });
    const state = stateWith([mine]);
    expect(receiveSignedSlip(state, mine)).toBe(state);
  });

  it('says an older slip is not kept when the profile holds SIGNED_SLIPS_MAX newer ones', () => {
    const full = daily.slice(-SIGNED_SLIPS_MAX);
    expect(signedReceipt(profileWith(full), daily[0]!)).toMatchObject({ outcome: 'older' });
    expect(signedReceipt(profileWith(full.slice(1)), daily[0]!)).toMatchObject({ outcome: 'received' });
    // A newer one pushes the oldest out.
    const state = stateWith(daily.slice(0, SIGNED_SLIPS_MAX));
    const received = receiveSignedSlip(state, daily[SIGNED_SLIPS_MAX]!);
    expect(received.profiles[MAIN_PROFILE_ID]!.signed).toEqual(daily.slice(1, SIGNED_SLIPS_MAX + 1));
  });

  it('receives into the current profile only', () => {
    const two = createProfile(stateWith(), { id: 'bay', learnerId: OTHER }, 'Bảy', at);
    const received = receiveSignedSlip(two, theirs);
    expect(received.profiles.bay!.signed).toEqual([theirs]);
    expect(received.profiles[MAIN_PROFILE_ID]).not.toHaveProperty('signed');
    expect(receiveSignedSlip(two, mine)).toBe(two);
  });
});

describe('newestSignedSlip', () => {
  it('is the last slip that reads, or none', () => {
    expect(newestSignedSlip({})).toBeUndefined();
    expect(newestSignedSlip({ signed: [] })).toBeUndefined();
    const [d1, d2] = daily as [string, string];
    expect(newestSignedSlip({ signed: [d1, d2] })).toEqual({ text: d2, record: readSignedSlip(d2)!.record });
    expect(newestSignedSlip({ signed: [d1, typo(d2)] })?.text).toBe(d1);
    expect(newestSignedSlip({ signed: [typo(d1)] })).toBeUndefined();
  });
});

describe('store actions', () => {
  beforeAll(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());
  const stored = () => JSON.parse(getTestStorage()['hoc-so:progress'] ?? 'null') as StoredProgress;

  it('receiveSignature keeps the learner’s own slip and stores it; a refusal stores nothing', async () => {
    const stop = $progress.listen(() => {});
    const own = await signAsTestTrainer('test-ed25519', record({ learnerId: $profile.get().learnerId }));
    const before = getTestStorage()['hoc-so:progress'];
    expect(receiveSignature(theirs).outcome).toBe('other-learner');
    expect(receiveSignature(typo(own)).outcome).toBe('unreadable');
    expect(getTestStorage()['hoc-so:progress']).toBe(before);
    expect(receiveSignature(own).outcome).toBe('received');
    expect($profile.get().signed).toEqual([own]);
    expect(stored().profiles[stored().current]!.signed).toEqual([own]);
    expect(receiveSignature(own).outcome).toBe('already');
    stop();
  });

  it('an import unites the file’s signed slips with the profile’s, and a file without leaves them', () => {
    const stop = $progress.listen(() => {});
    const [d1, d2, d3] = daily as [string, string, string];
    applyImport(makeExportFile({ name: '', learnerId: LEARNER, lessons: {}, signed: [d3, d1] }, at));
    applyImport(makeExportFile({ name: '', learnerId: LEARNER, lessons: {}, signed: [d2, d1] }, at));
    expect($profile.get().signed).toEqual([d1, d2, d3]);
    applyImport(makeExportFile({ name: '', learnerId: LEARNER, lessons: {} }, at));
    expect(stored().profiles[stored().current]!.signed).toEqual([d1, d2, d3]);
    stop();
  });
});

it('a test slip of another course reads, as another course', () => {
  expect(mine.startsWith(SIGNED_PREFIX)).toBe(true);
  expect(readSignedSlip(stranger)?.record.curriculum).toBe(CURRICULUM_ID + 1);
});
