import { describe, expect, it, vi } from 'vitest';
import {
  GONE_AFTER_MS,
  NOTHING_IN_VIEW,
  cameraAvailability,
  cameraProblem,
  chooseDecoder,
  fitWithin,
  noteRead,
  type InView,
  type RgbaImage,
} from '../../src/lib/qr-scan';
import { decodeQr } from '../../src/lib/qr-decode-fallback';
import { CURRICULUM_ID, encodeSlip } from '../../src/lib/slip';
import { placeOn, qrRgba } from '../harness/qr-image';

const blank: RgbaImage = { data: new Uint8ClampedArray(4 * 4 * 4), width: 4, height: 4 };
const slipText = encodeSlip({
  curriculum: CURRICULUM_ID,
  learnerId: '0123456789ab',
  name: 'Nguyễn Thị Lan',
  lessons: [{ code: 1, completed: true, bestScore: 90, failedAttempts: 1 }],
  date: '2026-03-12',
});

/** A stand-in for the Shape Detection API's BarcodeDetector that reads one fixed value. */
function stubDetector(formats: string[], rawValue = slipText) {
  const detect = vi.fn((_image: RgbaImage) => Promise.resolve([{ rawValue, format: 'qr_code' }]));
  const made: unknown[] = [];
  class BarcodeDetector {
    static getSupportedFormats = () => Promise.resolve(formats);
    constructor(options: unknown) {
      made.push(options);
    }
    detect = detect;
  }
  return { BarcodeDetector, detect, made };
}

const fallbackLoader = () => vi.fn(() => import('../../src/lib/qr-decode-fallback'));

describe('chooseDecoder', () => {
  it('uses the native BarcodeDetector when it reads QR codes, and never loads jsQR', async () => {
    const stub = stubDetector(['ean_13', 'qr_code']);
    const load = fallbackLoader();
    const decoder = await chooseDecoder({ BarcodeDetector: stub.BarcodeDetector }, load);
    expect(decoder.kind).toBe('native');
    expect(stub.made).toEqual([{ formats: ['qr_code'] }]);
    expect(await decoder.decode(blank)).toEqual([slipText]);
    expect(stub.detect).toHaveBeenCalledWith(blank);
    expect(load).not.toHaveBeenCalled();
  });

  it('falls back to jsQR when there is no BarcodeDetector', async () => {
    const load = fallbackLoader();
    const decoder = await chooseDecoder({}, load);
    expect(decoder.kind).toBe('fallback');
    expect(load).toHaveBeenCalledOnce();
    expect(await decoder.decode(qrRgba(slipText))).toEqual([slipText]);
  });

  it('falls back when the BarcodeDetector cannot read QR codes', async () => {
    const stub = stubDetector(['ean_13', 'code_128']);
    const decoder = await chooseDecoder({ BarcodeDetector: stub.BarcodeDetector }, fallbackLoader());
    expect(decoder.kind).toBe('fallback');
    expect(stub.made).toEqual([]);
  });

  it('falls back when the BarcodeDetector fails to say what it reads', async () => {
    class BarcodeDetector {
      static getSupportedFormats = () => Promise.reject(new Error('no platform support'));
      detect = () => Promise.resolve([]);
    }
    expect((await chooseDecoder({ BarcodeDetector }, fallbackLoader())).kind).toBe('fallback');
  });
});

describe('the jsQR fallback', () => {
  it('reads a progress slip drawn as the site draws it, held up in a camera-sized view', () => {
    expect(decodeQr(placeOn(qrRgba(slipText, 3), 480, 360))).toEqual([slipText]);
  });

  it('finds nothing in a picture without a code', () => {
    expect(decodeQr(placeOn(blank, 320, 240))).toEqual([]);
  });

  it('reads a light-on-dark code only when asked to be thorough', () => {
    const code = qrRgba(slipText);
    const inverted = { ...code, data: code.data.map((v, i) => (i % 4 === 3 ? v : 255 - v)) };
    expect(decodeQr(inverted)).toEqual([]);
    expect(decodeQr(inverted, true)).toEqual([slipText]);
  });
});

describe('noteRead: a code held in view is read once', () => {
  /** Feeds frames `[time, text]` and returns the times at which a new read was handed on. */
  function reads(frames: [number, string | null][]): number[] {
    let state: InView = NOTHING_IN_VIEW;
    const out: number[] = [];
    for (const [now, text] of frames) {
      const step = noteRead(state, text, now);
      state = step.state;
      if (step.isNew) out.push(now);
    }
    return out;
  }

  it.each<[string, [number, string | null][], number[]]>([
    ['the first code is read at once', [[0, 'A']], [0]],
    [
      'frames without a code read nothing',
      [
        [0, null],
        [200, null],
      ],
      [],
    ],
    [
      'a code that stays in view is read once',
      // Six seconds in view, a frame every 200 ms.
      Array.from({ length: 30 }, (_, i): [number, string] => [i * 200, 'A']),
      [0],
    ],
    [
      'a different code is read at once',
      [
        [0, 'A'],
        [200, 'B'],
        [400, 'A'],
      ],
      [0, 200, 400],
    ],
    [
      'frames that miss it while it is held up do not count as leaving',
      [
        [0, 'A'],
        [200, null],
        [1800, null],
        [1900, 'A'],
      ],
      [0],
    ],
    [
      'the same code back after it left the view for long enough is read again',
      [
        [0, 'A'],
        [200, null],
        [GONE_AFTER_MS, 'A'],
      ],
      [0, GONE_AFTER_MS],
    ],
    [
      'but not before',
      [
        [0, 'A'],
        [200, null],
        [GONE_AFTER_MS - 1, 'A'],
      ],
      [0],
    ],
  ])('%s', (_name, frames, expected) => {
    expect(reads(frames)).toEqual(expected);
  });

  it('40 learners one after another: 40 reads', () => {
    const frames: [number, string][] = [];
    for (let learner = 0; learner < 40; learner++)
      for (let frame = 0; frame < 4; frame++) frames.push([(learner * 4 + frame) * 200, `HS1:${learner}`]);
    expect(reads(frames)).toHaveLength(40);
  });
});

describe('camera availability', () => {
  it.each([
    [{ isSecureContext: true, hasGetUserMedia: true }, 'available'],
    // Plain HTTP on a hall laptop's LAN address: not secure, and mediaDevices is missing too.
    [{ isSecureContext: false, hasGetUserMedia: false }, 'insecure'],
    [{ isSecureContext: false, hasGetUserMedia: true }, 'insecure'],
    [{ isSecureContext: true, hasGetUserMedia: false }, 'unsupported'],
  ] as const)('%o → %s', (env, expected) => {
    expect(cameraAvailability(env)).toBe(expected);
  });

  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'failed'],
    [undefined, 'failed'],
  ] as const)('getUserMedia error %s → %s', (name, expected) => {
    expect(cameraProblem(name)).toBe(expected);
  });
});

describe('fitWithin', () => {
  it.each([
    [4000, 3000, 1024, { width: 1024, height: 768 }],
    [3000, 4000, 640, { width: 480, height: 640 }],
    [320, 240, 640, { width: 320, height: 240 }],
  ])('%i×%i within %i', (width, height, longest, expected) => {
    expect(fitWithin(width, height, longest)).toEqual(expected);
  });
});
