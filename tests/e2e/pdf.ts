import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** A4 in CSS px, and the guide's page margins (guide.css `@page`): what one printed page holds. */
const MM = 96 / 25.4;
export const PRINT_AREA = { width: (210 - 32) * MM, height: (297 - 38) * MM };
/** 14 pt, the smallest body text a printed guide may use. */
export const MIN_PRINT_FONT_PX = (14 * 96) / 72;

/** Words compared the way they read, whatever the line breaks and Unicode form. */
export const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export interface PrintedPdf {
  file: string;
  /** Each page's text, normalised; it starts with the running header (the guide's title). */
  pages: string[];
}

/** Prints the page as the browser's "Save as PDF" would (A4, the page's own @page rules). */
export async function printToPdf(page: Page, file: string): Promise<PrintedPdf> {
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  // -raw keeps the order things were drawn in, so a step's words stay together beside its picture.
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').map(normalise);
  if (pages.at(-1) === '') pages.pop();
  return { file, pages };
}

/** One PDF page as an image (poppler's pdftoppm, 150 dpi). */
function pageImage(file: string, pageNumber: number): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'hocso-pdf-'));
  const stem = join(dir, 'page');
  const n = String(pageNumber);
  execFileSync('pdftoppm', ['-f', n, '-l', n, '-r', '150', '-png', '-singlefile', file, stem]);
  return PNG.sync.read(readFileSync(`${stem}.png`));
}

/** Renders one PDF page to an image and reads the QR code on it, if any. */
export function qrOnPage(file: string, pageNumber: number): string | undefined {
  const png = pageImage(file, pageNumber);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/**
 * Every QR code on one PDF page (a certificate with a signed slip prints two). jsQR reads one at
 * a time, and which of two comes first depends on their sizes and content: each code read is
 * blanked out and the page read again.
 */
export function qrsOnPage(file: string, pageNumber: number): string[] {
  const png = pageImage(file, pageNumber);
  const pixels = new Uint8ClampedArray(png.data);
  const found: string[] = [];
  for (let code = jsQR(pixels, png.width, png.height); code && found.length < 8;) {
    found.push(code.data);
    const { topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner } = code.location;
    const xs = [topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner].map((c) => c.x);
    const ys = [topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner].map((c) => c.y);
    // The quiet zone too (a few modules): past the corners by a tenth of the code's size.
    const pad = (Math.max(...xs) - Math.min(...xs)) / 10;
    const [left, right] = [
      Math.max(0, Math.floor(Math.min(...xs) - pad)),
      Math.min(png.width, Math.ceil(Math.max(...xs) + pad)),
    ];
    const [top, bottom] = [
      Math.max(0, Math.floor(Math.min(...ys) - pad)),
      Math.min(png.height, Math.ceil(Math.max(...ys) + pad)),
    ];
    for (let y = top; y < bottom; y++)
      pixels.fill(255, (y * png.width + left) * 4, (y * png.width + right) * 4);
    code = jsQR(pixels, png.width, png.height);
  }
  return found;
}

/** The page (0-based) holding `text`, searching from `from`; -1 if no page has it. */
export function pageWith(pdf: PrintedPdf, text: string, from = 0): number {
  const wanted = normalise(text);
  for (let i = from; i < pdf.pages.length; i++) if (pdf.pages[i]!.includes(wanted)) return i;
  return -1;
}
