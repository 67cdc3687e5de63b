import fc from 'fast-check';
import { encode as toBase45 } from 'base45-ts';
import CRC32 from 'crc-32';
import { encode as qrEncode } from 'uqr';
import { describe, expect, it } from 'vitest';
import {
  CURRICULUM_ID,
  SLIP_NAME_MAX_BYTES,
  SLIP_PREFIX,
  cutToBytes,
  decodeSlip,
  encodeSlip,
  slipBytes,
  slipLessons,
  type Slip,
} from '../../src/lib/slip';
import type { Lessons } from '../../src/schemas/progress';

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const practiceArb = fc
  .record({ runs: fc.integer({ min: 1, max: 63 }), everSafe: fc.boolean(), lastSafe: fc.boolean() })
  .map((p) => ({ ...p, lastSafe: p.lastSafe && p.everSafe }));
const lessonArb = fc.record({
  completed: fc.boolean(),
  bestScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  failedAttempts: fc.integer({ min: 0, max: 1000 }),
  practice: fc.option(practiceArb, { nil: undefined }),
});
const slipArb: fc.Arbitrary<Slip> = fc.record({
  curriculum: fc.constant(CURRICULUM_ID),
  learnerId: fc.stringMatching(/^[0-9a-f]{12}$/),
  name: fc.string({ unit: 'grapheme', maxLength: 30 }),
  lessons: fc
    .uniqueArray(fc.integer({ min: 1, max: 65535 }), { maxLength: 60 })
    .chain((codes) => fc.tuple(...codes.map((code) => lessonArb.map((lesson) => ({ code, ...lesson }))))),
  date: fc
    .integer({ min: 0, max: 30_000 })
    .map((days) => new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
  session: fc.option(fc.stringMatching(/^[A-Z0-9-]{1,16}$/), { nil: undefined }),
});

/** What a slip reads back as: the name cut to its byte limit, lessons by code. */
const normalised = (slip: Slip): Slip => ({
  ...slip,
  name: cutToBytes(slip.name),
  lessons: [...slip.lessons].sort((a, b) => a.code - b.code),
  ...(slip.session === undefined ? { session: undefined } : {}),
});
const read = (text: string) => {
  const result = decodeSlip(text);
  if (!result.ok) throw new Error(`not read: ${result.problem}`);
  return { ...result.slip, session: result.slip.session };
};

/** A full classroom slip: every lesson started, scored and failed once, a long name, a session. */
function fullSlip(lessonCount: number): Slip {
  return {
    curriculum: CURRICULUM_ID,
    learnerId: '3fa85f64c2b1',
    name: 'Nguyễn Thị Thanh Hương Lan',
    lessons: Array.from({ length: lessonCount }, (_, i) => ({
      code: i + 1,
      completed: i % 3 !== 0,
      bestScore: 40 + (i % 60),
      failedAttempts: 1 + (i % 3),
    })),
    date: '2026-11-30',
    session: 'AM-1203',
  };
}
const qrVersion = (text: string) => qrEncode(text, { ecc: 'M', boostEcc: false }).version;

describe('progress slips', () => {
  it('round-trip any valid slip (fast-check)', () => {
    fc.assert(
      fc.property(slipArb, (slip) => {
        expect(read(encodeSlip(slip))).toEqual(normalised(slip));
      }),
      { numRuns: 300 },
    );
  });

  it('print as the prefix and Base45, which is QR alphanumeric mode', () => {
    const text = encodeSlip(fullSlip(13));
    expect(text.startsWith(SLIP_PREFIX)).toBe(true);
    expect(Array.from(text.slice(SLIP_PREFIX.length)).every((ch) => BASE45.includes(ch))).toBe(true);
  });

  it('cut a long name at a character boundary, to the byte limit', () => {
    const name = 'Nguyễn Thị Thanh Hương Lan Anh';
    const cut = cutToBytes(name);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(SLIP_NAME_MAX_BYTES);
    expect(name.startsWith(cut)).toBe(true);
    expect(read(encodeSlip({ ...fullSlip(1), name })).name).toBe(cut);
  });

  it('reject every single-character change, and every truncation', () => {
    for (const slip of [fullSlip(13), { ...fullSlip(3), session: undefined, name: '' }]) {
      const text = encodeSlip(slip);
      for (let i = 0; i < text.length; i++) {
        for (const ch of `${BASE45}abcđ\u0000`) {
          if (ch === text[i]) continue;
          const changed = text.slice(0, i) + ch + text.slice(i + 1);
          expect(decodeSlip(changed).ok, `${i}: ${ch}`).toBe(false);
        }
      }
      for (let n = 0; n < text.length; n++) expect(decodeSlip(text.slice(0, n)).ok, `first ${n}`).toBe(false);
    }
  });

  it('reject random damage too (fast-check)', () => {
    fc.assert(
      fc.property(slipArb, fc.nat(), fc.constantFrom(...Array.from(BASE45)), (slip, at, ch) => {
        const text = encodeSlip(slip);
        const i = at % text.length;
        fc.pre(text[i] !== ch);
        expect(decodeSlip(text.slice(0, i) + ch + text.slice(i + 1)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('say what is wrong: not a slip, another curriculum, a newer version', () => {
    expect(decodeSlip('https://example.com/')).toEqual({ ok: false, problem: 'not-a-slip' });
    expect(decodeSlip('HS1:???')).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeSlip(encodeSlip({ ...fullSlip(2), curriculum: 7 }))).toEqual({
      ok: false,
      problem: 'other-curriculum',
    });
    const bytes = slipBytes(fullSlip(2));
    bytes[0] = 2;
    const body = bytes.subarray(0, bytes.length - 4);
    new DataView(bytes.buffer).setUint32(body.length, CRC32.buf(body) >>> 0);
    expect(decodeSlip(SLIP_PREFIX + toBase45(bytes))).toEqual({ ok: false, problem: 'newer-version' });
  });

  it('ignore surrounding line breaks, as pasted', () => {
    const slip = fullSlip(4);
    expect(read(`\n  ${encodeSlip(slip)}\r\n`)).toEqual(normalised(slip));
  });

  it('let old readers skip a section they do not know', () => {
    const bytes = slipBytes(fullSlip(3));
    const body = [...bytes.subarray(0, bytes.length - 4), 0x40, 3, 1, 2, 3];
    const withExtra = new Uint8Array(body.length + 4);
    withExtra.set(body);
    new DataView(withExtra.buffer).setUint32(
      body.length,
      CRC32.buf(withExtra.subarray(0, body.length)) >>> 0,
    );
    expect(read(SLIP_PREFIX + toBase45(withExtra))).toEqual(normalised(fullSlip(3)));
  });

  it('carry each practised lesson’s runs, and refuse a practice entry for a lesson not on the slip', () => {
    const slip = fullSlip(13);
    slip.lessons[4]!.practice = { runs: 3, everSafe: true, lastSafe: false };
    slip.lessons[9]!.practice = { runs: 1, everSafe: true, lastSafe: true };
    expect(read(encodeSlip(slip))).toEqual(normalised(slip));
    // A full slip of 40 lessons, the five with simulations practised many times, still fits the
    // slip's bar: QR version 10 at error correction M.
    const full = fullSlip(40);
    for (const i of [0, 4, 9, 20, 33])
      full.lessons[i]!.practice = { runs: 63, everSafe: true, lastSafe: true };
    expect(qrVersion(encodeSlip(full))).toBeLessThanOrEqual(10);

    const bytes = slipBytes(fullSlip(3));
    const body = [...bytes.subarray(0, bytes.length - 4), 5, 2, 99, 0x41];
    const withStray = new Uint8Array(body.length + 4);
    withStray.set(body);
    new DataView(withStray.buffer).setUint32(
      body.length,
      CRC32.buf(withStray.subarray(0, body.length)) >>> 0,
    );
    expect(decodeSlip(SLIP_PREFIX + toBase45(withStray))).toEqual({ ok: false, problem: 'damaged' });
    expect(() =>
      encodeSlip({
        ...fullSlip(1),
        lessons: [{ ...fullSlip(1).lessons[0]!, practice: { runs: 64, everSafe: true, lastSafe: true } }],
      }),
    ).toThrow(/practice/);
  });

  it('refuse to encode what they cannot carry', () => {
    expect(() => encodeSlip({ ...fullSlip(1), learnerId: 'main' })).toThrow(/learnerId/);
    expect(() => encodeSlip({ ...fullSlip(1), session: 'a b' })).toThrow(/session/);
    expect(() =>
      encodeSlip({
        ...fullSlip(0),
        lessons: [{ code: 0, completed: true, bestScore: 101, failedAttempts: 0 }],
      }),
    ).toThrow(/code.*score/);
  });

  it('fit a QR code of version 10 or less at error correction M for 40 lessons', () => {
    const versions = Object.fromEntries([13, 40, 100].map((n) => [n, qrVersion(encodeSlip(fullSlip(n)))]));
    // README › "Progress slips" records these.
    expect(versions).toEqual({ 13: 6, 40: 10, 100: 15 });
    expect(versions[40]).toBeLessThanOrEqual(10);
  });
});

describe('slipLessons', () => {
  it('takes every opened lesson with a code: completed, best score, failed attempts, practice', () => {
    const run = (id: string, traps: string[]) => ({
      id,
      at: `2026-11-30T03:0${id.slice(1)}:00.000Z`,
      simulation: 'scan-qr',
      variant: 'swapped',
      end: traps.length ? 'lost' : 'safe',
      traps,
      wrong: traps.length,
    });
    const attempt = (passed: boolean) => ({
      id: 'x',
      at: '2026-11-30T01:00:00.000Z',
      correct: 1,
      total: 2,
      score: 50,
      answers: {},
      passed,
    });
    const lessons: Lessons = {
      'scan-to-pay': {
        firstVisited: '2026-11-30T00:00:00.000Z',
        stepsChecked: [],
        attempts: [attempt(false), attempt(false), attempt(true)],
        bestScore: 90,
        completed: '2026-11-30T02:00:00.000Z',
        practice: [run('r1', ['swapped-qr']), run('r2', []), run('r3', ['recovery-scam'])],
      },
      'install-vneid': {
        firstVisited: '2026-11-30T00:00:00.000Z',
        stepsChecked: [],
        attempts: [],
        bestScore: null,
        completed: null,
        practice: [],
      },
      'retired-lesson': {
        firstVisited: '2026-11-30T00:00:00.000Z',
        stepsChecked: [],
        attempts: [],
        bestScore: null,
        completed: null,
        practice: [],
      },
    };
    const codes: Record<string, number> = { 'install-vneid': 1, 'scan-to-pay': 7 };
    expect(slipLessons(lessons, (slug) => codes[slug])).toEqual([
      { code: 1, completed: false, bestScore: null, failedAttempts: 0 },
      {
        code: 7,
        completed: true,
        bestScore: 90,
        failedAttempts: 2,
        practice: { runs: 3, everSafe: true, lastSafe: false },
      },
    ]);
  });
});
