import QRCode from 'qrcode';

/** The address of a lesson on the deployed site (see HOCSO_SITE_URL in the README). */
export const lessonUrl = (site: URL | undefined, locale: string, slug: string) =>
  new URL(`/${locale}/lessons/${slug}/`, site).href;

/** The address without its scheme, short enough to type from paper. */
export const shortUrl = (url: string) => url.replace(/^https?:\/\//, '');

/** A QR code as SVG, drawn at build time; margin 2 keeps it readable when printed small. */
export const qrSvg = (url: string) =>
  QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
