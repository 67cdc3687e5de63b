import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr';

/** The module matrix an SVG from qrSvg paints: `true` for dark. */
function modules(svg: string): boolean[][] {
  const size = Number(svg.match(/viewBox="0 0 (\d+) \1"/)?.[1]);
  if (!size) throw new Error(`no square viewBox in ${svg.slice(0, 120)}`);
  const paths = [...svg.matchAll(/<path [^>]*\bd="([^"]*)"/g)].map((match) => match[1]!);
  if (paths.length !== 2) throw new Error(`expected a background and a module path, got ${paths.length}`);
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const strokes = paths[1]!;
  let painted = '';
  for (const [stroke, x, y, length] of strokes.matchAll(/M(\d+) (\d+)\.5h(\d+)/g)) {
    painted += stroke;
    for (let i = 0; i < Number(length); i++) matrix[Number(y)]![Number(x) + i] = true;
  }
  if (painted !== strokes) throw new Error(`unexpected path data: ${strokes.slice(0, 120)}`);
  return matrix;
}

/** What a camera would see: 4×4 px per module, black on white, with a white quiet zone of 4 modules. */
function decode(matrix: boolean[][]): string | undefined {
  const scale = 4;
  const quiet = 4;
  const side = (matrix.length + 2 * quiet) * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          rgba.fill(0, offset, offset + 3);
        }
    }),
  );
  return jsQR(rgba, side, side)?.data;
}

const texts = [
  ['short ASCII', 'Hoc So'],
  ['a lesson address under a base path', 'https://hocso.example.org/hoc-so/vi/lessons/register-birth/'],
  ['a LAN address with a port', 'http://192.168.43.10:4321/'],
  ['Vietnamese with diacritics', 'Đăng ký khai sinh cho con — Học Số'],
  ['a single character', 'a'],
];

describe('qrSvg', () => {
  it.each(texts)('encodes %s so a QR reader gets the text back', (_case, text) => {
    expect(decode(modules(qrSvg(text)))).toBe(text);
  });

  it.each(texts)('draws %s on a white square as full-width module strokes', (_case, text) => {
    const svg = qrSvg(text);
    const size = modules(svg).length;
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"[^>]*>.*<\/svg>$/,
    );
    expect(svg).toContain(`<path fill="#fff" d="M0 0h${size}v${size}H0z"/>`);
    expect(svg).toContain('<path stroke="#000" d="M');
    // A version-n code has 17 + 4n modules a side, plus the margin on both sides.
    expect((size - 4 - 17) % 4).toBe(0);
  });

  it.each(texts)('leaves a margin of exactly 2 light modules around %s', (_case, text) => {
    const matrix = modules(qrSvg(text));
    const size = matrix.length;
    const margin = new Set([0, 1, size - 2, size - 1]);
    const darkInMargin = matrix.flatMap((row, y) =>
      row.filter((dark, x) => dark && (margin.has(x) || margin.has(y))),
    );
    expect(darkInMargin).toEqual([]);
    // The finder pattern starts right after the margin.
    expect(matrix[2]![2]).toBe(true);
    expect(matrix[2]![size - 3]).toBe(true);
    expect(matrix[size - 3]![2]).toBe(true);
  });

  it('joins neighbouring dark modules into one stroke', () => {
    // The top finder pattern row is 7 dark modules in a row, drawn as one stroke.
    expect(qrSvg('Hoc So')).toContain('M2 2.5h7');
  });

  it('gives a longer text a code at least as large', () => {
    const size = (text: string) => modules(qrSvg(text)).length;
    expect(size('https://hocso.example.org/hoc-so/vi/lessons/register-birth/')).toBeGreaterThan(size('a'));
  });

  it('is the same for the same text', () => {
    expect(qrSvg('http://192.168.43.10:4321/')).toBe(qrSvg('http://192.168.43.10:4321/'));
  });

  it('has no role or label without a label: the <img> showing it carries the alt text', () => {
    const svg = qrSvg('Hoc So');
    expect(svg).not.toContain('role=');
    expect(svg).not.toContain('aria-label');
  });

  it.each([
    ['Mở bài học', 'Mở bài học'],
    ['A & B', 'A &amp; B'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ['<script>', '&lt;script>'],
    ['&quot;', '&amp;quot;'],
    ['', ''],
  ])('with the label %j is an image labelled %j', (label, escaped) => {
    const svg = qrSvg('Hoc So', label);
    expect(svg).toContain(` role="img" aria-label="${escaped}">`);
    // The label cannot end the attribute or open a tag.
    const attribute = svg.match(/aria-label="([^"]*)"/)?.[1];
    expect(attribute).toBe(escaped);
    expect(attribute).not.toContain('<');
  });

  it('encodes the same code with or without a label', () => {
    expect(modules(qrSvg('Hoc So', 'A QR code'))).toEqual(modules(qrSvg('Hoc So')));
  });
});
