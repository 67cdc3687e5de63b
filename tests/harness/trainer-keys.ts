import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cryptoParams, signSlip, type SignedRecord, type SigningAlgorithm } from '../../src/lib/signed-slip';

/**
 * Signing as the test trainers whose public keys the test builds trust (tests/fixtures/trainers,
 * given to the builds by tests/run.mjs as HOCSO_TRAINERS_DIR). Their private keys are public in the
 * repo, so only a test build may ever list them.
 */
export type TestTrainer = 'test-ed25519' | 'test-ecdsa' | 'test-ended';

const secrets = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'trainer-private-keys.json'), 'utf8'),
) as Record<TestTrainer, { algorithm: SigningAlgorithm; pkcs8: string }>;

export async function signAsTestTrainer(
  trainer: TestTrainer,
  record: Omit<SignedRecord, 'keyId'>,
): Promise<string> {
  const { algorithm, pkcs8 } = secrets[trainer];
  const key = await crypto.subtle.importKey(
    'pkcs8',
    Buffer.from(pkcs8, 'base64url'),
    cryptoParams(algorithm).key,
    false,
    ['sign'],
  );
  return signSlip({ ...record, keyId: trainer }, key, algorithm);
}

/** A key no registry lists, for "key not in this version". */
export async function signAsStranger(record: Omit<SignedRecord, 'keyId'>): Promise<string> {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  return signSlip({ ...record, keyId: 'not-a-listed-trainer' }, pair.privateKey, 'Ed25519');
}
