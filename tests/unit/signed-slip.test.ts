import { decode as fromBase45, encode as toBase45 } from 'base45-ts';
import { encode as qrEncode } from 'uqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRICULUM_ID } from '../../src/lib/slip';
import {
  SIGNED_NAME_MAX_BYTES,
  SIGNED_PREFIX,
  cryptoParams,
  fromBase64Url,
  readSignedSlip,
  signSlip,
  verifySignature,
  verifySlip,
  type SignedRecord,
  type SigningAlgorithm,
  type TrainerKey,
} from '../../src/lib/signed-slip';

// Issue #22: sign and verify for both algorithms, every single-byte change fails, expiry and the
// key's validity window, and the QR version a slip needs for 1, 10 and 20 lessons.

const ALGORITHMS: SigningAlgorithm[] = ['Ed25519', 'ECDSA-P256'];
const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

interface TestKey {
  privateKey: CryptoKey;
  entry: TrainerKey;
}

async function makeKey(
  algorithm: SigningAlgorithm,
  id: string,
  valid = ['2026-01-01', '2027-12-31'],
): Promise<TestKey> {
  const pair = (await crypto.subtle.generateKey(cryptoParams(algorithm).key, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    privateKey: pair.privateKey,
    entry: {
      id,
      name: 'Trần Văn Bảy',
      team: 'Tổ công nghệ số cộng đồng ấp Long Hòa',
      commune: 'Xã Long Điền',
      algorithm,
      publicKey: toBase64Url(raw),
      validFrom: valid[0]!,
      validUntil: valid[1]!,
    },
  };
}

/** A record with the longest name, workshop and key id a slip carries, so sizes are the worst case. */
function record(lessonCount: number, overrides: Partial<SignedRecord> = {}): SignedRecord {
  return {
    curriculum: CURRICULUM_ID,
    learnerId: '3fa85f64c2b1',
    name: 'Nguyễn Thị Thanh Hương Lan Ngọc Diễm',
    lessons: Array.from({ length: lessonCount }, (_, i) => ({
      code: 3 + i * 2,
      completed: `2026-11-${String(10 + (i % 20)).padStart(2, '0')}`,
    })),
    workshop: 'LONGDIEN-2026-11',
    keyId: 'ag-long-dien-tran-van-bay-2026',
    signed: '2026-11-30',
    expires: '2027-11-30',
    ...overrides,
  };
}

const keys: Record<SigningAlgorithm, TestKey> = {} as Record<SigningAlgorithm, TestKey>;
beforeAll(async () => {
  for (const algorithm of ALGORITHMS)
    keys[algorithm] = await makeKey(algorithm, `test-${algorithm.toLowerCase()}`);
});
const keyFor = (algorithm: SigningAlgorithm) => keys[algorithm];
const sign = (algorithm: SigningAlgorithm, r: Partial<SignedRecord> = {}) =>
  signSlip(record(5, { keyId: keyFor(algorithm).entry.id, ...r }), keyFor(algorithm).privateKey, algorithm);
const registry = () => ALGORITHMS.map((a) => keyFor(a).entry);

describe.each(ALGORITHMS)('signed slips with %s', (algorithm) => {
  it('round-trip: what was signed is what the check shows, verified', async () => {
    const text = await sign(algorithm);
    expect(text.startsWith(SIGNED_PREFIX)).toBe(true);
    expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    const check = await verifySlip(text, registry(), '2026-12-02');
    expect(check).toEqual({
      status: 'verified',
      record: { ...record(5), keyId: keyFor(algorithm).entry.id },
      trainer: keyFor(algorithm).entry,
    });
  });

  it('verifies the same without WebCrypto (plain-http pages), as strictly', async () => {
    const { entry, privateKey } = keyFor(algorithm);
    const publicKey = fromBase64Url(entry.publicKey);
    // ECDSA signatures come with either half of S; twenty make both halves all but certain.
    for (let i = 0; i < 20; i++) {
      const message = new TextEncoder().encode(`slip ${i}`);
      const signature = new Uint8Array(
        await crypto.subtle.sign(cryptoParams(algorithm).sign, privateKey, message),
      );
      expect(
        await verifySignature(algorithm, publicKey, signature, message, undefined),
        `signature ${i}`,
      ).toBe(true);
      const changed = Uint8Array.from(message);
      changed[0] = changed[0]! ^ 1;
      expect(await verifySignature(algorithm, publicKey, signature, changed, undefined)).toBe(false);
      const badSignature = Uint8Array.from(signature);
      badSignature[i] = badSignature[i]! ^ 1;
      expect(await verifySignature(algorithm, publicKey, badSignature, message, undefined)).toBe(false);
    }
  });

  it('every single-byte change to a signed slip fails', async () => {
    const text = await sign(algorithm);
    const bytes = fromBase45(text.slice(SIGNED_PREFIX.length));
    let tried = 0;
    for (let at = 0; at < bytes.length; at++)
      for (const flip of [0x01, 0x80, 0xff]) {
        const changed = Uint8Array.from(bytes);
        changed[at] = changed[at]! ^ flip;
        const check = await verifySlip(SIGNED_PREFIX + toBase45(changed), registry(), '2026-12-02');
        expect(check.status, `byte ${at} ^ ${flip}`).not.toBe('verified');
        tried++;
      }
    expect(tried).toBe(bytes.length * 3);
  });

  it('every single changed character of the text fails too', async () => {
    const text = await sign(algorithm);
    for (let at = 0; at < text.length; at++) {
      const other = text[at] === 'A' ? 'B' : 'A';
      const check = await verifySlip(
        text.slice(0, at) + other + text.slice(at + 1),
        registry(),
        '2026-12-02',
      );
      expect(check.status, `character ${at}`).not.toBe('verified');
    }
  });

  it('expiry: good on its last day, not the day after', async () => {
    const text = await sign(algorithm, { expires: '2026-12-31' });
    expect((await verifySlip(text, registry(), '2026-12-31')).status).toBe('verified');
    expect(await verifySlip(text, registry(), '2027-01-01')).toMatchObject({
      status: 'unverified',
      reason: 'expired',
    });
  });

  it("the key's validity: signed outside it fails; a key that has since expired still vouches", async () => {
    const dated = await makeKey(algorithm, 'dated-key', ['2026-03-01', '2026-06-30']);
    const signedOn = (signed: string) =>
      signSlip(
        record(3, {
          keyId: 'dated-key',
          signed,
          expires: '2027-12-31',
          lessons: [{ code: 1, completed: signed }],
        }),
        dated.privateKey,
        algorithm,
      );
    const check = async (signed: string) => verifySlip(await signedOn(signed), [dated.entry], '2026-12-02');
    expect(await check('2026-02-28')).toMatchObject({ status: 'unverified', reason: 'outside-validity' });
    expect(await check('2026-07-01')).toMatchObject({ status: 'unverified', reason: 'outside-validity' });
    // Checked in December, after the key's last day, a slip signed while it was valid verifies.
    expect((await check('2026-03-01')).status).toBe('verified');
    expect((await check('2026-06-30')).status).toBe('verified');
  });

  it('a key not in this version of the registry says so, with what the slip claims', async () => {
    const text = await sign(algorithm);
    const others = registry().filter((key) => key.algorithm !== algorithm);
    expect(await verifySlip(text, others, '2026-12-02')).toEqual({
      status: 'unknown-key',
      record: { ...record(5), keyId: keyFor(algorithm).entry.id },
    });
  });

  it("another trainer's key under this key's id fails the signature", async () => {
    const text = await sign(algorithm);
    const impostor = await makeKey(algorithm, keyFor(algorithm).entry.id);
    expect(await verifySlip(text, [impostor.entry], '2026-12-02')).toMatchObject({
      status: 'unverified',
      reason: 'signature',
    });
  });
});

describe('signed slips', () => {
  it('refuse to sign what they cannot carry', async () => {
    const { privateKey } = keyFor('Ed25519');
    const bad: Partial<SignedRecord>[] = [
      { name: 'x'.repeat(SIGNED_NAME_MAX_BYTES + 1) },
      { name: ' ' },
      { learnerId: 'not-an-id' },
      { keyId: 'Has Spaces' },
      { workshop: 'lower-case' },
      { expires: '2026-11-29' },
      { lessons: [] },
      { lessons: [{ code: 1, completed: '2026-12-01' }] },
      {
        lessons: [
          { code: 1, completed: '2026-11-01' },
          { code: 1, completed: '2026-11-02' },
        ],
      },
    ];
    for (const change of bad)
      await expect(
        signSlip(record(1, change), privateKey, 'Ed25519'),
        JSON.stringify(change),
      ).rejects.toThrow(RangeError);
  });

  it('read texts that are not signed slips as unreadable, never verified', async () => {
    for (const text of [
      '',
      'hello',
      'HS1:ABC',
      SIGNED_PREFIX,
      `${SIGNED_PREFIX}::::`,
      `${SIGNED_PREFIX}AAAA`,
    ])
      expect(await verifySlip(text, registry(), '2026-12-02')).toEqual({
        status: 'unverified',
        reason: 'unreadable',
      });
    expect(readSignedSlip('HS1:ABC')).toBeUndefined();
  });

  it("a slip for another site's curriculum is unreadable here", async () => {
    const text = await signSlip(
      record(2, { curriculum: 7, keyId: keyFor('Ed25519').entry.id }),
      keyFor('Ed25519').privateKey,
      'Ed25519',
    );
    expect(await verifySlip(text, registry(), '2026-12-02')).toEqual({
      status: 'unverified',
      reason: 'unreadable',
    });
  });

  it('fit QR version 12 at error correction M for 20 lessons (measured with the longest workshop id and a long key id and name: 1 → 10, 10 → 10, 20 → 11)', async () => {
    const version = async (lessons: number, algorithm: SigningAlgorithm) =>
      qrEncode(await signSlip(record(lessons), keyFor(algorithm).privateKey, algorithm), {
        ecc: 'M',
        boostEcc: false,
      }).version;
    for (const algorithm of ALGORITHMS) {
      const versions = {
        1: await version(1, algorithm),
        10: await version(10, algorithm),
        20: await version(20, algorithm),
      };
      expect(versions, algorithm).toEqual({ 1: 10, 10: 10, 20: 11 });
      expect(versions[20]).toBeLessThanOrEqual(12);
    }
  });
});
