import { writeFileSync } from 'node:fs';
import { chromium, test, type Browser, type BrowserContext, type LaunchOptions } from '@playwright/test';
import { PNG } from 'pngjs';
import { placeOn, qrRgba, type Rgba } from '../harness/qr-image';
import { currentSite } from './site';

/**
 * A fake camera for Chromium: a Y4M video (YUV4MPEG2, 4:2:0, grey) that Chromium plays, looping,
 * as the only camera when started with `--use-fake-device-for-media-stream
 * --use-file-for-fake-video-capture=<file>`. So the page's real getUserMedia → video → canvas →
 * decoder path runs on codes we chose.
 */

export interface FakeVideo {
  width: number;
  height: number;
  /** Frames per second; low keeps the file small (a 320×240 frame is 112 KB). */
  fps: number;
}
export const SMALL_VIDEO: FakeVideo = { width: 320, height: 240, fps: 5 };

/** One picture and how many frames it stays in view. */
export interface Shot {
  image: Rgba;
  frames: number;
}

/** `image` shrunk (by averaging, never enlarged) so its longer side fits `longest` pixels. */
export function shrink(image: Rgba, longest: number): Rgba {
  const factor = Math.ceil(Math.max(image.width, image.height) / longest);
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy++)
          for (let dx = 0; dx < factor; dx++)
            sum += image.data[((y * factor + dy) * image.width + x * factor + dx) * 4 + c]!;
        data[(y * width + x) * 4 + c] = sum / (factor * factor);
      }
    }
  return { data, width, height };
}

/** A PNG (a screenshot) as pixels. */
export const pngRgba = (png: Buffer): Rgba => {
  const { data, width, height } = PNG.sync.read(png);
  return { data: new Uint8ClampedArray(data), width, height };
};

/** Pixels as a PNG file (a "photo" for the file input). */
export const rgbaPng = ({ data, width, height }: Rgba): Buffer => {
  const png = new PNG({ width, height });
  png.data = Buffer.from(data);
  return PNG.sync.write(png);
};

/**
 * A QR code as a phone shows it to the camera: drawn with the site's encoder, a 4-module quiet zone,
 * 4 pixels a module (fewer if the code would not fit the frame), on a grey background.
 */
export function qrShot(text: string, frames: number, video = SMALL_VIDEO): Shot {
  const modules = qrRgba(text, 1).width;
  const scale = Math.min(4, Math.floor(Math.min(video.width, video.height) / modules));
  if (scale < 2)
    throw new Error(`A ${modules}-module code does not fit a ${video.width}×${video.height} video.`);
  return { image: placeOn(qrRgba(text, scale), video.width, video.height), frames };
}

/** An RGBA picture (a screenshot of a learner's QR) as a phone held up to the camera shows it. */
export function pictureShot(image: Rgba, frames: number, video = SMALL_VIDEO): Shot {
  const fitted = shrink(image, Math.floor(Math.min(video.width, video.height) * 0.9));
  return { image: placeOn(fitted, video.width, video.height), frames };
}

/** Writes the shots, one after another, as a Y4M file. Returns the file's size in bytes. */
export function writeY4m(file: string, shots: Shot[], video = SMALL_VIDEO): number {
  const { width, height, fps } = video;
  const luma = width * height;
  const chroma = (width / 2) * (height / 2);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const frameMark = Buffer.from('FRAME\n');
  const parts: Buffer[] = [header];
  for (const { image, frames } of shots) {
    if (image.width !== width || image.height !== height)
      throw new Error(`A shot is ${image.width}×${image.height}, the video ${width}×${height}.`);
    const frame = Buffer.alloc(luma + 2 * chroma, 128);
    for (let i = 0; i < luma; i++) {
      const at = i * 4;
      frame[i] = Math.round(
        0.299 * image.data[at]! + 0.587 * image.data[at + 1]! + 0.114 * image.data[at + 2]!,
      );
    }
    for (let n = 0; n < frames; n++) parts.push(frameMark, frame);
  }
  const bytes = Buffer.concat(parts);
  writeFileSync(file, bytes);
  return bytes.length;
}

export interface FakeCamera {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A separate Chromium whose only camera plays `videoFile`, launched as the test project's browser is
 * (same executable, same no-calling-home arguments), and a context for the test site with the
 * camera already allowed: no permission prompt to click.
 */
export async function launchFakeCamera(videoFile: string): Promise<FakeCamera> {
  const { origin, base } = currentSite();
  const project = test.info().project.use as { launchOptions?: LaunchOptions };
  const launch = project.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    args: [
      ...(launch.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${videoFile}`,
      // Keep the scan loop's timers running at full speed while the window is not in front.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
  const context = await browser.newContext({
    baseURL: `${origin}${base}`,
    serviceWorkers: 'block',
    permissions: ['camera'],
  });
  await context.grantPermissions(['camera'], { origin });
  return { browser, context, close: () => browser.close() };
}
