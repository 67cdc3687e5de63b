import { decode as fromBase45, encode as toBase45 } from 'base45-ts';
import { SESSION_ID_PATTERN } from '../schemas/workshop';
import {
  CURRICULUM_ID,
  LEARNER_ID_BYTES,
  Reader,
  cutToBytes,
  dayFromEpoch,
  daysSinceEpoch,
  varint,
} from './slip';

/**
 * A signed completion slip (issue #22): what a learner completed, countersigned by a community
 * trainer whose public key is in the site's registry, small enough for a QR code of version 12 at
 * error correction M with 20 lessons. Anyone with the site (offline too) can check it; it is a
 * learning record signed by a named trainer, not a state certificate.
 *
 * Bytes (numbers big-endian; "varint" is unsigned LEB128, as in lib/slip.ts):
 *   [version: 1 = SIGNED_VERSION] [algorithm: 1 Ed25519, 2 ECDSA P-256 with SHA-256]
 *   [curriculum: 2] [learner id: 6]
 *   [name length: 1] [name: UTF-8, at most SIGNED_NAME_MAX_BYTES]
 *   [key id length: 1] [key id: ASCII] [workshop length: 1] [workshop id: ASCII]
 *   [signed: days since 2020-01-01, 2] [valid for: days after signing, varint]
 *   [lesson count: varint], then per lesson by code ascending: [code gap: varint]
 *   [completed: days before signing, varint]
 *   [signature: 64 bytes over everything before it]
 * WebCrypto's signatures are 64 bytes for both algorithms (ECDSA as r‖s). The text is
 * SIGNED_PREFIX and the bytes in Base45 (QR's alphanumeric mode), like a progress slip's.
 */
export const SIGNED_PREFIX = 'HSK:';
export const SIGNED_VERSION = 1;
/** Room for a Vietnamese full name: "Nguyễn Thị Ngọc Hương" is 29 bytes. */
export const SIGNED_NAME_MAX_BYTES = 60;
export const KEY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
const SIGNATURE_BYTES = 64;

export type SigningAlgorithm = 'Ed25519' | 'ECDSA-P256';
const ALGORITHM_BYTE: Record<SigningAlgorithm, number> = { Ed25519: 1, 'ECDSA-P256': 2 };

/** WebCrypto's parameters for importing a public key and for signing and verifying. */
export function cryptoParams(algorithm: SigningAlgorithm) {
  return algorithm === 'Ed25519'
    ? { key: { name: 'Ed25519' }, sign: { name: 'Ed25519' } }
    : { key: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: 'SHA-256' } };
}

export interface SignedLesson {
  /** The lesson's permanent code (front matter `code`). */
  code: number;
  /**
   * YYYY-MM-DD, on or before the signing day: the lesson was completed by this day. A countersign
   * gives the day of the progress slip on which the trainer saw it completed (lib/countersign.ts):
   * the slip carries no day per lesson, and a trainer can vouch only for what they saw.
   */
  completed: string;
}

export interface SignedRecord {
  curriculum: number;
  /** 12 hex digits: the learner's own id from their progress. */
  learnerId: string;
  name: string;
  lessons: SignedLesson[];
  /** The workshop session the trainer scanned the learner in. */
  workshop: string;
  /** The registry id of the trainer's key. */
  keyId: string;
  /** YYYY-MM-DD. */
  signed: string;
  /** YYYY-MM-DD, the last day the slip is good for. */
  expires: string;
}

/** A trainer's public key as the registry lists it (content/trainers). */
export interface TrainerKey {
  id: string;
  name: string;
  team: string;
  commune: string;
  algorithm: SigningAlgorithm;
  /** The raw public key, base64url: 32 bytes for Ed25519, 65 (uncompressed point) for P-256. */
  publicKey: string;
  validFrom: string;
  validUntil: string;
}

export type UnverifiedReason = 'unreadable' | 'signature' | 'expired' | 'outside-validity';

/** Exactly one of the three answers the check page gives. */
export type SlipCheck =
  | { status: 'verified'; record: SignedRecord; trainer: TrainerKey }
  | { status: 'unverified'; reason: UnverifiedReason; record?: SignedRecord; trainer?: TrainerKey }
  | { status: 'unknown-key'; record: SignedRecord };

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const ascii = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const isDay = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isInteger(daysSinceEpoch(date));

/** What a signed slip can't carry; signing refuses it rather than sign something readers misread. */
function recordProblems(record: SignedRecord): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(record.curriculum) || record.curriculum < 0 || record.curriculum > 0xffff)
    problems.push('curriculum');
  if (!new RegExp(`^[0-9a-f]{${LEARNER_ID_BYTES * 2}}$`).test(record.learnerId)) problems.push('learnerId');
  if (cutToBytes(record.name, SIGNED_NAME_MAX_BYTES) !== record.name || record.name.trim() === '')
    problems.push('name');
  if (!KEY_ID_PATTERN.test(record.keyId)) problems.push('keyId');
  if (!SESSION_ID_PATTERN.test(record.workshop)) problems.push('workshop');
  const signed = daysSinceEpoch(record.signed);
  if (!isDay(record.signed) || signed < 0 || signed > 0xffff) problems.push('signed');
  if (!isDay(record.expires) || daysSinceEpoch(record.expires) < signed) problems.push('expires');
  const codes = record.lessons.map((lesson) => lesson.code);
  if (codes.length === 0) problems.push('lessons: none');
  if (new Set(codes).size !== codes.length) problems.push('lessons: a code twice');
  for (const lesson of record.lessons) {
    if (!Number.isInteger(lesson.code) || lesson.code < 1 || lesson.code > 0xffff)
      problems.push('lessons: code');
    const day = daysSinceEpoch(lesson.completed);
    if (!isDay(lesson.completed) || day < 0 || day > signed) problems.push('lessons: completed');
  }
  return problems;
}

/** The bytes a trainer signs: everything but the signature. */
export function unsignedBytes(record: SignedRecord, algorithm: SigningAlgorithm): Uint8Array {
  const problems = recordProblems(record);
  if (problems.length > 0) throw new RangeError(`A signed slip can't carry this: ${problems.join(', ')}`);
  const signed = daysSinceEpoch(record.signed);
  const name = [...utf8.encode(record.name)];
  const bytes = [
    SIGNED_VERSION,
    ALGORITHM_BYTE[algorithm],
    record.curriculum >> 8,
    record.curriculum & 0xff,
    ...(record.learnerId.match(/../g) ?? []).map((pair) => parseInt(pair, 16)),
    name.length,
    ...name,
    record.keyId.length,
    ...ascii(record.keyId),
    record.workshop.length,
    ...ascii(record.workshop),
    signed >> 8,
    signed & 0xff,
    ...varint(daysSinceEpoch(record.expires) - signed),
    ...varint(record.lessons.length),
  ];
  let previous = 0;
  for (const lesson of [...record.lessons].sort((a, b) => a.code - b.code)) {
    bytes.push(...varint(lesson.code - previous), ...varint(signed - daysSinceEpoch(lesson.completed)));
    previous = lesson.code;
  }
  return Uint8Array.from(bytes);
}

/** Signs a record with a trainer's private key (non-extractable is fine) and gives the slip's text. */
export async function signSlip(
  record: SignedRecord,
  privateKey: CryptoKey,
  algorithm: SigningAlgorithm,
): Promise<string> {
  const body = unsignedBytes(record, algorithm);
  const signature = new Uint8Array(
    await crypto.subtle.sign(cryptoParams(algorithm).sign, privateKey, body as Uint8Array<ArrayBuffer>),
  );
  const bytes = new Uint8Array(body.length + signature.length);
  bytes.set(body);
  bytes.set(signature, body.length);
  return SIGNED_PREFIX + toBase45(bytes);
}

type Parsed = { record: SignedRecord; algorithm: SigningAlgorithm; body: Uint8Array; signature: Uint8Array };

/** The record in a scanned or pasted text, or undefined if it is no signed slip this version reads. */
export function readSignedSlip(text: string): Parsed | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith(SIGNED_PREFIX)) return undefined;
  const encoded = trimmed.slice(SIGNED_PREFIX.length);
  let bytes: Uint8Array;
  try {
    bytes = fromBase45(encoded);
  } catch {
    return undefined;
  }
  // Base45 digits past 65535 (or 255) wrap silently in the decoder; re-encoding shows them.
  if (toBase45(bytes) !== encoded || bytes.length <= SIGNATURE_BYTES) return undefined;
  const body = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const signature = bytes.subarray(body.length);
  try {
    const reader = new Reader(body);
    if (reader.byte() !== SIGNED_VERSION) return undefined;
    const algorithmByte = reader.byte();
    const algorithm = (Object.keys(ALGORITHM_BYTE) as SigningAlgorithm[]).find(
      (name) => ALGORITHM_BYTE[name] === algorithmByte,
    );
    if (!algorithm) return undefined;
    const curriculum = (reader.byte() << 8) | reader.byte();
    const learnerId = [...reader.take(LEARNER_ID_BYTES)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const name = strictUtf8.decode(reader.take(reader.byte()));
    const keyId = String.fromCharCode(...reader.take(reader.byte()));
    const workshop = String.fromCharCode(...reader.take(reader.byte()));
    const signedDays = (reader.byte() << 8) | reader.byte();
    const expires = dayFromEpoch(signedDays + reader.varint());
    const count = reader.varint();
    const lessons: SignedLesson[] = [];
    let code = 0;
    for (let i = 0; i < count; i++) {
      const gap = reader.varint();
      if (gap === 0) return undefined;
      code += gap;
      lessons.push({ code, completed: dayFromEpoch(signedDays - reader.varint()) });
    }
    if (!reader.done) return undefined;
    const record: SignedRecord = {
      curriculum,
      learnerId,
      name,
      lessons,
      workshop,
      keyId,
      signed: dayFromEpoch(signedDays),
      expires,
    };
    // Only what signing itself would write: no other spelling of the same record gets through.
    const canonical = unsignedBytes(record, algorithm);
    if (canonical.length !== body.length || canonical.some((b, i) => b !== body[i])) return undefined;
    return { record, algorithm, body, signature };
  } catch {
    return undefined;
  }
}

export const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (ch) => ch.charCodeAt(0));

/**
 * Whether `signature` is the key's over `message`: by WebCrypto where the page has it, else by a
 * small script library (lib/signature-fallback.ts), loaded only then.
 */
export async function verifySignature(
  algorithm: SigningAlgorithm,
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
  // Undefined on plain-http pages, whatever the type says.
  subtle: SubtleCrypto | undefined = (globalThis.crypto as Partial<Crypto> | undefined)?.subtle,
): Promise<boolean> {
  if (!subtle) {
    const { verifyWithoutWebCrypto } = await import('./signature-fallback');
    return verifyWithoutWebCrypto(algorithm, publicKey, signature, message);
  }
  try {
    const params = cryptoParams(algorithm);
    const key = await subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, params.key, false, [
      'verify',
    ]);
    return await subtle.verify(
      params.sign,
      key,
      signature as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>,
    );
  } catch {
    return false;
  }
}

/**
 * Checks a slip against the registry as of `today` (YYYY-MM-DD): the key must be listed, the
 * signature good, the signing day within the key's validity (a key that has since expired still
 * vouches for slips signed while it was valid) and the slip not past its expiry.
 */
export async function verifySlip(
  text: string,
  registry: readonly TrainerKey[],
  today: string,
  curriculum = CURRICULUM_ID,
): Promise<SlipCheck> {
  const parsed = readSignedSlip(text);
  if (!parsed || parsed.record.curriculum !== curriculum)
    return { status: 'unverified', reason: 'unreadable' };
  const { record, algorithm, body, signature } = parsed;
  const trainer = registry.find((key) => key.id === record.keyId);
  if (!trainer) return { status: 'unknown-key', record };
  const good =
    trainer.algorithm === algorithm &&
    (await verifySignature(algorithm, fromBase64Url(trainer.publicKey), signature, body));
  if (!good) return { status: 'unverified', reason: 'signature', record, trainer };
  if (record.signed < trainer.validFrom || record.signed > trainer.validUntil)
    return { status: 'unverified', reason: 'outside-validity', record, trainer };
  if (today > record.expires) return { status: 'unverified', reason: 'expired', record, trainer };
  return { status: 'verified', record, trainer };
}
