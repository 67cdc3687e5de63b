import { KEY_ID_PATTERN, cryptoParams, type SigningAlgorithm } from './signed-slip';
import { fileSafeName } from './export-file';
import { dayFromEpoch, daysSinceEpoch } from './slip';

/**
 * A community trainer's signing key (issue #22), made on their own device: the private half is
 * non-extractable, so no script (ours included) can ever read it out; the browser keeps it in
 * IndexedDB for this site address only (stores/trainer-key.ts). The public half goes to the project
 * as a registry file (content/trainers/<id>.json) that the trainer downloads here.
 */
export interface TrainerDetails {
  name: string;
  team: string;
  commune: string;
}

export interface StoredTrainerKey extends TrainerDetails {
  /** The registry id, which every slip signed with the key carries. */
  id: string;
  algorithm: SigningAlgorithm;
  /** The raw public key, base64url (32 bytes for Ed25519, 65 for P-256). */
  publicKey: string;
  /** The day it was made, YYYY-MM-DD: the first day the key may sign. */
  created: string;
  privateKey: CryptoKey;
}

/** How long a new key is proposed to be good for; the project sets the real dates. */
export const KEY_VALID_DAYS = 365;
export const TRAINER_TEXT_MAX = 80;
/** Room in the key id for the name; 7 more for "-" and the key's fingerprint. */
const ID_NAME_MAX = 24;

export type TrainerDetailsProblem = 'name' | 'team' | 'commune';

/** Which of the three fields is empty, too long or holds control characters or angle brackets. */
export function trainerDetailsProblems(details: TrainerDetails): TrainerDetailsProblem[] {
  return (['name', 'team', 'commune'] as const).filter((field) => {
    const text = details[field].trim();
    return (
      text === '' ||
      text.length > TRAINER_TEXT_MAX ||
      Array.from(text).some((ch) => ch < ' ' || ch === '\u007f' || ch === '<' || ch === '>')
    );
  });
}

export const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/**
 * "le-thi-mai-3fa85f": the trainer's name without tone marks, and six hex digits of the public
 * key's SHA-256, so two trainers of the same name (or one trainer's second key) never share an id.
 */
export async function keyIdFor(name: string, publicKey: Uint8Array, subtle: SubtleCrypto): Promise<string> {
  const hash = new Uint8Array(await subtle.digest('SHA-256', publicKey as Uint8Array<ArrayBuffer>));
  const fingerprint = [...hash.subarray(0, 3)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const stem = fileSafeName(name).slice(0, ID_NAME_MAX).replace(/-+$/, '') || 'trainer';
  const id = `${stem}-${fingerprint}`;
  if (!KEY_ID_PATTERN.test(id)) throw new RangeError(`not a key id: ${id}`);
  return id;
}

/**
 * Makes a key pair whose private half can sign but never be exported: Ed25519 where the browser
 * has it (Chrome 137+, Safari 17+, Firefox 129+), else ECDSA P-256, which every WebCrypto has.
 */
export async function makeTrainerKey(
  details: TrainerDetails,
  today: string,
  subtle: SubtleCrypto,
): Promise<StoredTrainerKey> {
  let algorithm: SigningAlgorithm = 'Ed25519';
  let pair: CryptoKeyPair;
  try {
    pair = (await subtle.generateKey(cryptoParams('Ed25519').key, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
  } catch {
    algorithm = 'ECDSA-P256';
    pair = (await subtle.generateKey(cryptoParams('ECDSA-P256').key, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
  }
  const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const trimmed = { name: details.name.trim(), team: details.team.trim(), commune: details.commune.trim() };
  return {
    ...trimmed,
    id: await keyIdFor(trimmed.name, raw, subtle),
    algorithm,
    publicKey: toBase64Url(raw),
    created: today,
    privateKey: pair.privateKey,
  };
}

/**
 * The file the trainer sends to the project: exactly a registry entry (schemas/trainer-key.ts),
 * named `<id>.json`, proposing that the key be good from the day it was made for a year.
 */
export function publicKeyFile(key: StoredTrainerKey): { name: string; text: string } {
  const entry = {
    name: key.name,
    team: key.team,
    commune: key.commune,
    algorithm: key.algorithm,
    publicKey: key.publicKey,
    validFrom: key.created,
    validUntil: dayFromEpoch(daysSinceEpoch(key.created) + KEY_VALID_DAYS),
  };
  return { name: `${key.id}.json`, text: `${JSON.stringify(entry, null, 2)}\n` };
}

/** Whether a value read back from IndexedDB is a key this version stored (nothing half-read). */
export function isStoredTrainerKey(value: unknown): value is StoredTrainerKey {
  if (typeof value !== 'object' || value === null) return false;
  const key = value as Partial<Record<keyof StoredTrainerKey, unknown>>;
  return (
    typeof key.id === 'string' &&
    KEY_ID_PATTERN.test(key.id) &&
    (key.algorithm === 'Ed25519' || key.algorithm === 'ECDSA-P256') &&
    typeof key.publicKey === 'string' &&
    typeof key.created === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(key.created) &&
    typeof key.name === 'string' &&
    typeof key.team === 'string' &&
    typeof key.commune === 'string' &&
    typeof CryptoKey !== 'undefined' &&
    key.privateKey instanceof CryptoKey
  );
}
