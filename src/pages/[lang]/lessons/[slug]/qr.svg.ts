import type { APIRoute } from 'astro';
import { lessonPaths } from '../../../../data/curriculum';
import { lessonUrl, qrSvg } from '../../../../lib/lesson-qr';

/** The QR code printed on each guide: a file, so the lesson page doesn't carry it on screen. */
export const getStaticPaths = lessonPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrSvg(lessonUrl(site, params.lang!, params.slug!)), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
