import { encode } from 'uqr';

/**
 * A QR code as SVG: one path, one horizontal stroke per run of dark modules, so a code stays a few
 * hundred bytes. Error correction M and a 2-module margin keep it readable when printed small.
 * The same function draws codes at build time and, when the build doesn't know its public
 * address, in the browser (`<site-qr>`).
 *
 * With a label the SVG is an image in the page (role="img"); without, it is a file shown by an
 * <img> that carries the alt text.
 */
export function qrSvg(text: string, label?: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y + 0.5}h${x - start + 1}`;
    }
  });
  const role =
    label === undefined
      ? ''
      : ` role="img" aria-label="${label.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"${role}>` +
    `<path fill="#fff" d="M0 0h${size}v${size}H0z"/><path stroke="#000" d="${path}"/></svg>`
  );
}
