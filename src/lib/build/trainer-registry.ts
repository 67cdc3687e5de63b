import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { trainerKeySchema } from '../../schemas/trainer-key';
import { KEY_ID_PATTERN, cryptoParams, fromBase64Url, type TrainerKey } from '../signed-slip';

/** Raw public key sizes WebCrypto imports: Ed25519's 32 bytes, P-256's uncompressed 65. */
const KEY_BYTES = { Ed25519: 32, 'ECDSA-P256': 65 } as const;

/** A registry file that can't be trusted; the message names the file and the field. */
export class RegistryError extends Error {
  override name = 'RegistryError';
}

/**
 * Reads and checks every `<key id>.json` in `dir` (the build's registry: content/trainers). Fails
 * on the first file that is not valid JSON, misses or misspells a field, holds something that is
 * not a public key of its algorithm, or repeats another file's key. Ids are file names in
 * lower case, so no two can be the same, even where a file system ignores case. `root` only shortens the paths in messages.
 */
export async function readTrainerRegistry(dir: string, root = process.cwd()): Promise<TrainerKey[]> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const keys: (TrainerKey & { file: string })[] = [];
  for (const name of names.sort()) {
    const file = relative(root, join(dir, name));
    const fail = (field: string, message: string): never => {
      throw new RegistryError(`${file}: ${field}: ${message}`);
    };
    const id = name.slice(0, -'.json'.length);
    if (!KEY_ID_PATTERN.test(id))
      fail('file name', `the key id "${id}" must be 1–32 lower-case letters, digits and hyphens`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      fail('file', `not valid JSON (${(error as Error).message})`);
    }
    const parsed = trainerKeySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      fail(issue.path.join('.') || 'file', issue.message);
    }
    const entry = parsed.data!;
    const raw = (() => {
      try {
        return fromBase64Url(entry.publicKey);
      } catch {
        return fail('publicKey', 'not base64url');
      }
    })();
    if (raw.length !== KEY_BYTES[entry.algorithm])
      fail(
        'publicKey',
        `${raw.length} bytes, where an ${entry.algorithm} public key has ${KEY_BYTES[entry.algorithm]}`,
      );
    try {
      await crypto.subtle.importKey('raw', raw, cryptoParams(entry.algorithm).key, false, ['verify']);
    } catch {
      fail('publicKey', `not an ${entry.algorithm} public key`);
    }
    // The same key under two names would let one trainer sign as two.
    const twin = keys.find((key) => key.publicKey === entry.publicKey);
    if (twin) fail('publicKey', `the same as ${twin.file}`);
    keys.push({ id, ...entry, file });
  }
  return keys.map(({ file: _file, ...key }) => key);
}
