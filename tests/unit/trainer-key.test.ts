import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTrainerRegistry } from '../../src/lib/build/trainer-registry';
import { KEY_ID_PATTERN, signSlip, verifySlip, type SignedRecord } from '../../src/lib/signed-slip';
import {
  isStoredTrainerKey,
  keyIdFor,
  makeTrainerKey,
  publicKeyFile,
  trainerDetailsProblems,
} from '../../src/lib/trainer-key';

// Issue #22: a trainer makes a signing key on their device; only the public half ever leaves it,
// as a file that is exactly a registry entry.

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const details = { name: 'Lê Thị Mai', team: 'Tổ công nghệ số ấp Phú Hòa', commune: 'Xã Phú Hòa' };
const subtle = crypto.subtle;

/** A WebCrypto without Ed25519, as in browsers before it shipped. */
const withoutEd25519: SubtleCrypto = new Proxy(subtle, {
  get(target, property) {
    if (property === 'generateKey')
      return (algorithm: AlgorithmIdentifier, ...rest: [boolean, KeyUsage[]]) =>
        (typeof algorithm === 'object' ? algorithm.name : algorithm) === 'Ed25519'
          ? Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError'))
          : target.generateKey(algorithm as EcKeyGenParams, ...rest);
    const value = Reflect.get(target, property) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
});

const record = (keyId: string): SignedRecord => ({
  curriculum: 1,
  learnerId: '3fa85f64c2b1',
  name: 'Nguyễn Văn An',
  lessons: [{ code: 3, completed: '2026-12-01' }],
  workshop: 'K7M2QX',
  keyId,
  signed: '2026-12-02',
  expires: '2027-12-02',
});

async function registryWith(file: { name: string; text: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'hoc-so-key-'));
  made.push(dir);
  writeFileSync(join(dir, file.name), file.text);
  return readTrainerRegistry(dir, dir);
}

describe('a trainer key', () => {
  it('is Ed25519 where the browser has it, its private half never leaving', async () => {
    const key = await makeTrainerKey(details, '2026-12-02', subtle);
    expect(key.algorithm).toBe('Ed25519');
    expect(key.privateKey.extractable).toBe(false);
    expect(key.privateKey.usages).toEqual(['sign']);
    await expect(subtle.exportKey('pkcs8', key.privateKey)).rejects.toThrow();
    await expect(subtle.exportKey('jwk', key.privateKey)).rejects.toThrow();
    expect(key.id).toMatch(/^le-thi-mai-[0-9a-f]{6}$/);
    expect(isStoredTrainerKey(key)).toBe(true);
  });

  it('falls back to ECDSA P-256 where Ed25519 is missing', async () => {
    const key = await makeTrainerKey(details, '2026-12-02', withoutEd25519);
    expect(key.algorithm).toBe('ECDSA-P256');
    expect(key.privateKey.extractable).toBe(false);
    await expect(subtle.exportKey('pkcs8', key.privateKey)).rejects.toThrow();
  });

  for (const which of ['Ed25519', 'ECDSA-P256'] as const)
    it(`(${which}) exports a public key file the registry takes as it is, and what it signs verifies`, async () => {
      const key = await makeTrainerKey(details, '2026-12-02', which === 'Ed25519' ? subtle : withoutEd25519);
      const file = publicKeyFile(key);
      expect(file.name).toBe(`${key.id}.json`);
      expect(JSON.parse(file.text)).toEqual({
        name: 'Lê Thị Mai',
        team: 'Tổ công nghệ số ấp Phú Hòa',
        commune: 'Xã Phú Hòa',
        algorithm: which,
        publicKey: key.publicKey,
        validFrom: '2026-12-02',
        validUntil: '2027-12-02',
      });
      // No private part in the file, in any form.
      expect(file.text).not.toMatch(/private|pkcs8|"d"/i);
      const registry = await registryWith(file);
      expect(registry).toEqual([{ id: key.id, ...JSON.parse(file.text) }]);
      const slip = await signSlip(record(key.id), key.privateKey, key.algorithm);
      expect(await verifySlip(slip, registry, '2026-12-02')).toMatchObject({ status: 'verified' });
    });

  it('gets an id from the name without tone marks and the key, unique per key', async () => {
    const a = new Uint8Array(32).fill(1);
    const b = new Uint8Array(32).fill(2);
    const idA = await keyIdFor('Đặng Thị Ánh Nguyệt', a, subtle);
    expect(idA).toMatch(/^dang-thi-anh-nguyet-[0-9a-f]{6}$/);
    expect(await keyIdFor('Đặng Thị Ánh Nguyệt', b, subtle)).not.toBe(idA);
    expect(await keyIdFor('Đặng Thị Ánh Nguyệt', a, subtle)).toBe(idA);
    const long = await keyIdFor('Nguyễn Hoàng Phương Thảo Bảo Ngọc Trân', a, subtle);
    expect(long).toMatch(KEY_ID_PATTERN);
    expect(long.length).toBeLessThanOrEqual(32);
    expect(await keyIdFor('黎氏梅', a, subtle)).toMatch(/^trainer-[0-9a-f]{6}$/);
  });

  it('needs a name, a team and a commune, each plain text of at most 80 characters', () => {
    expect(trainerDetailsProblems(details)).toEqual([]);
    expect(trainerDetailsProblems({ name: ' ', team: 'x'.repeat(81), commune: 'Xã <b>' })).toEqual([
      'name',
      'team',
      'commune',
    ]);
  });

  it('reads back from storage only as a whole key', async () => {
    const key = await makeTrainerKey(details, '2026-12-02', subtle);
    expect(isStoredTrainerKey(structuredClone(key))).toBe(true);
    expect(isStoredTrainerKey({ ...key, privateKey: 'secret' })).toBe(false);
    expect(isStoredTrainerKey({ ...key, id: 'Not An Id' })).toBe(false);
    expect(isStoredTrainerKey({ ...key, algorithm: 'RSA' })).toBe(false);
    expect(isStoredTrainerKey(null)).toBe(false);
    expect(isStoredTrainerKey('key')).toBe(false);
  });
});
