import jsQR from 'jsqr';
import type { RgbaImage } from './qr-scan';

/**
 * The self-hosted QR decoder for browsers without a native BarcodeDetector (desktop Chromium,
 * Firefox, Safari): jsQR. Only lib/qr-scan.ts imports it, and dynamically.
 */
export function decodeQr(image: RgbaImage, thorough = false): string[] {
  const code = jsQR(image.data, image.width, image.height, {
    inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert',
  });
  return code?.data ? [code.data] : [];
}
