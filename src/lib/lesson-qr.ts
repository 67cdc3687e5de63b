import QRCode from 'qrcode';

/** The address of a lesson on the deployed site (see HOCSO_SITE_URL in the README). */
export const lessonUrl = (site: URL | undefined, locale: string, slug: string) =>
  new URL(`/${locale}/lessons/${slug}/`, site).href;

/** The address without its scheme, short enough to type from paper. */
export const shortUrl = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * A QR code as SVG, drawn at build time; margin 2 keeps it readable when printed small. With a
 * label it is an image in the page (role="img"); without, a file shown by an <img> with alt text.
 */
export async function qrSvg(url: string, label?: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  if (label === undefined) return svg;
  const attribute = label.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${attribute}" `);
}
