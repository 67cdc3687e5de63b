import { ed25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import type { SigningAlgorithm } from './signed-slip';

/**
 * Verifies a signature without WebCrypto, which browsers give only to secure pages (https or
 * localhost): a trainer's laptop serving the site over its hotspot is plain http, and a slip must
 * still check there. As strict as WebCrypto: Ed25519 by RFC 8032 (not ZIP 215), and ECDSA
 * signatures accepted with either S, as WebCrypto makes them.
 */
export function verifyWithoutWebCrypto(
  algorithm: SigningAlgorithm,
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
): boolean {
  try {
    return algorithm === 'Ed25519'
      ? ed25519.verify(signature, message, publicKey, { zip215: false })
      : p256.verify(signature, message, publicKey, { prehash: true, lowS: false });
  } catch {
    return false;
  }
}
