import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cryptoParams, type SigningAlgorithm } from '../../src/lib/signed-slip';
import { RegistryError, readTrainerRegistry } from '../../src/lib/build/trainer-registry';
import { toBase64Url } from '../../src/lib/trainer-key';

// Issue #22: the registry of trusted trainer keys is checked at build like lessons; each mistake
// fails, naming the file and the field.

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function publicKey(algorithm: SigningAlgorithm): Promise<string> {
  const pair = (await crypto.subtle.generateKey(cryptoParams(algorithm).key, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
}

async function entry(algorithm: SigningAlgorithm = 'Ed25519', fields: Record<string, unknown> = {}) {
  return {
    name: 'Lê Thị Mai',
    team: 'Tổ công nghệ số cộng đồng ấp Phú Hòa',
    commune: 'Xã Phú Hòa',
    algorithm,
    publicKey: await publicKey(algorithm),
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    ...fields,
  };
}

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hoc-so-trainers-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const read = (dir: string) => readTrainerRegistry(dir, dir);

describe('the trainer registry', () => {
  it('lists every key with its id from the file name, for both algorithms', async () => {
    const ed = await entry('Ed25519');
    const ec = await entry('ECDSA-P256');
    const keys = await read(
      folder({ 'ag-mai-2026.json': ed, 'ag-bay.json': ec, 'README.md': '# not a key' }),
    );
    expect(keys).toEqual([
      { id: 'ag-bay', ...ec },
      { id: 'ag-mai-2026', ...ed },
    ]);
  });

  it('is empty, not broken, when the folder has no keys or is missing', async () => {
    expect(await read(folder({}))).toEqual([]);
    expect(await readTrainerRegistry(join(tmpdir(), 'no-such-folder-hoc-so'))).toEqual([]);
  });

  const cases: [string, () => Promise<Record<string, unknown>>, RegExp][] = [
    [
      'a missing field',
      async () => ({ 'a.json': { ...(await entry()), team: undefined } }),
      /^a\.json: team: /,
    ],
    [
      'an unknown field',
      async () => ({ 'a.json': { ...(await entry()), phone: '0900' } }),
      /^a\.json: file: .*phone/i,
    ],
    ['an empty name', async () => ({ 'a.json': await entry('Ed25519', { name: ' ' }) }), /^a\.json: name: /],
    [
      'an unknown algorithm',
      async () => ({ 'a.json': await entry('Ed25519', { algorithm: 'RSA' }) }),
      /^a\.json: algorithm: /,
    ],
    [
      'a day that is no day',
      async () => ({ 'a.json': await entry('Ed25519', { validFrom: '1/1/2026' }) }),
      /^a\.json: validFrom: /,
    ],
    [
      'validity that ends before it starts',
      async () => ({ 'a.json': await entry('Ed25519', { validUntil: '2025-12-31' }) }),
      /^a\.json: validUntil: validUntil is before validFrom/,
    ],
    [
      'a key that is not base64url',
      async () => ({ 'a.json': await entry('Ed25519', { publicKey: 'abc+/=' }) }),
      /^a\.json: publicKey: /,
    ],
    [
      'a key of the wrong length',
      async () => ({ 'a.json': await entry('Ed25519', { publicKey: toBase64Url(new Uint8Array(31)) }) }),
      /^a\.json: publicKey: 31 bytes, where an Ed25519 public key has 32/,
    ],
    [
      'an ECDSA key that is no point on the curve',
      async () => ({
        'a.json': await entry('ECDSA-P256', {
          publicKey: toBase64Url(Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : 7))),
        }),
      }),
      /^a\.json: publicKey: not an ECDSA-P256 public key/,
    ],
    [
      "an Ed25519 key listed as ECDSA's",
      async () => ({ 'a.json': await entry('ECDSA-P256', { publicKey: await publicKey('Ed25519') }) }),
      /^a\.json: publicKey: 32 bytes, where an ECDSA-P256 public key has 65/,
    ],
    [
      'a file that is not JSON',
      () => Promise.resolve({ 'a.json': '{ name: ' }),
      /^a\.json: file: not valid JSON/,
    ],
    [
      'a key id that is not one',
      async () => ({ 'Trần Bảy.json': await entry() }),
      /^Trần Bảy\.json: file name: /,
    ],
    [
      'two files with the same key',
      async () => {
        const one = await entry();
        return { 'a.json': one, 'b.json': { ...one, name: 'Someone else' } };
      },
      /^b\.json: publicKey: the same as a\.json/,
    ],
  ];
  it.each(cases)('fails on %s, naming the file and field', async (_, files, message) => {
    const error = await read(folder(await files())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(message);
  });
});
