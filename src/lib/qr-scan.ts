/**
 * Reading QR codes in the browser: which decoder to use, and when a code the camera keeps seeing
 * counts as a new read. No DOM here beyond the feature checks, so it is unit-tested in Node.
 */

/** Pixels as a canvas gives them (ImageData), or as a test draws them. */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Reads the QR codes in one picture; an empty list when there is none. */
export interface QrDecoder {
  /** 'native' is the browser's BarcodeDetector; 'fallback' the self-hosted jsQR. */
  kind: 'native' | 'fallback';
  /** `thorough` also tries light-on-dark codes: slower, for a single photo rather than a live frame. */
  decode(image: RgbaImage, thorough?: boolean): Promise<string[]>;
}

/** The part of the Shape Detection API's BarcodeDetector we use. */
interface BarcodeDetectorLike {
  detect(image: RgbaImage): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/**
 * The browser's own detector where it reads QR codes (Chrome on Android, some others); otherwise
 * jsQR, fetched only now, so it weighs on no page that never scans. Vite gives the dynamic import
 * its own file, which the service worker precaches with the rest of `_astro/`, so it works offline.
 */
export async function chooseDecoder(
  scope: { BarcodeDetector?: unknown } = globalThis as { BarcodeDetector?: unknown },
  loadFallback: () => Promise<{ decodeQr: (image: RgbaImage, thorough?: boolean) => string[] }> = () =>
    import('./qr-decode-fallback'),
): Promise<QrDecoder> {
  const Detector = scope.BarcodeDetector as BarcodeDetectorClass | undefined;
  if (typeof Detector === 'function') {
    try {
      const formats = await Detector.getSupportedFormats();
      if (formats.includes('qr_code')) {
        const detector = new Detector({ formats: ['qr_code'] });
        return {
          kind: 'native',
          decode: async (image) => (await detector.detect(image)).map((code) => code.rawValue),
        };
      }
    } catch {
      // A detector that fails to start (no platform support behind it) is no detector.
    }
  }
  const { decodeQr } = await loadFallback();
  return { kind: 'fallback', decode: (image, thorough) => Promise.resolve(decodeQr(image, thorough)) };
}

/** What the camera loop remembers: the code last read and when it was last seen. */
export interface InView {
  text: string | null;
  seenAt: number;
}
export const NOTHING_IN_VIEW: InView = { text: null, seenAt: -Infinity };
/** A code unseen for this long has left the view; shown again, it is read again. */
export const GONE_AFTER_MS = 2000;

/**
 * One camera frame's read (`text`, or null when no code was found) at time `now`: whether it is a
 * new read to hand on. A code that stays in view is read once; a different code at once; the same
 * code again only after it was out of view for GONE_AFTER_MS. A few frames that fail to read
 * while a code is held up don't count as it leaving.
 */
export function noteRead(
  state: InView,
  text: string | null,
  now: number,
  goneAfter = GONE_AFTER_MS,
): { state: InView; isNew: boolean } {
  if (text === null) return { state, isNew: false };
  const isNew = text !== state.text || now - state.seenAt >= goneAfter;
  return { state: { text, seenAt: now }, isNew };
}

export type CameraAvailability = 'available' | 'insecure' | 'unsupported';

/**
 * Browsers give the camera only to secure pages (HTTPS, or this computer's own address); a hall
 * laptop serving over plain HTTP on the local network is neither, and there `mediaDevices` is
 * missing altogether.
 */
export function cameraAvailability(env: {
  isSecureContext: boolean;
  hasGetUserMedia: boolean;
}): CameraAvailability {
  if (!env.isSecureContext) return 'insecure';
  return env.hasGetUserMedia ? 'available' : 'unsupported';
}

export type CameraProblem = 'denied' | 'no-camera' | 'busy' | 'failed';

/** A getUserMedia error's name (DOMException) as what the trainer can do about it. */
export function cameraProblem(name: string | undefined): CameraProblem {
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/**
 * The size to draw a picture at so its longer side is at most `longest` pixels (never enlarged):
 * a phone photo is 12 megapixels, far more than a QR code needs and slow to search.
 */
export function fitWithin(width: number, height: number, longest: number): { width: number; height: number } {
  const scale = Math.min(1, longest / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The longer sides a photo is tried at, in order: most codes read at the first. */
export const PHOTO_SIZES = [1024, 1600, 640] as const;
