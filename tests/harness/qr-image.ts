import { encode } from 'uqr';

/** Pixels as RGBA, row by row (the shape of a canvas's ImageData and of pngjs's data). */
export interface Rgba {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * A QR code drawn as the site draws it (uqr, error correction M), black on white with a quiet zone
 * of `border` modules, `scale` pixels per module: what a phone screen shows, for decoders to read.
 */
export function qrRgba(text: string, scale = 4, border = 4): Rgba {
  const { data: modules, size } = encode(text, { ecc: 'M', border: 0 });
  const side = (size + 2 * border) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if (!modules[y]![x]) continue;
      for (let py = 0; py < scale; py++) {
        const row = ((y + border) * scale + py) * side;
        for (let px = 0; px < scale; px++) {
          const at = (row + (x + border) * scale + px) * 4;
          data[at] = data[at + 1] = data[at + 2] = 0;
        }
      }
    }
  return { data, width: side, height: side };
}

/** `image` centred on a grey canvas of `width`×`height`, like a code held up in a camera's view. */
export function placeOn(image: Rgba, width: number, height: number, grey = 170): Rgba {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = data[i + 1] = data[i + 2] = grey;
    data[i + 3] = 255;
  }
  const left = Math.floor((width - image.width) / 2);
  const top = Math.floor((height - image.height) / 2);
  for (let y = 0; y < image.height; y++) {
    const ty = y + top;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < image.width; x++) {
      const tx = x + left;
      if (tx < 0 || tx >= width) continue;
      const from = (y * image.width + x) * 4;
      data.set(image.data.subarray(from, from + 4), (ty * width + tx) * 4);
    }
  }
  return { data, width, height };
}
