import type { APIRoute } from 'astro';
import { lessonPaths } from '../../../../data/curriculum';
import { localeParam } from '../../../../lib/build/page-context';
import { qrSvg } from '../../../../lib/qr';
import { lessonUrl, publicUrl } from '../../../../lib/urls';

/**
 * The QR code printed on each guide: a file, so the lesson page doesn't carry it on screen. Only
 * when the build knows its public address; otherwise `<site-qr>` draws the code in the browser.
 */
export const getStaticPaths = async () => (import.meta.env.SITE ? lessonPaths() : []);

export const GET: APIRoute = ({ params, site }) =>
  new Response(qrSvg(publicUrl(lessonUrl(localeParam(params.lang), params.slug!), site)!), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
