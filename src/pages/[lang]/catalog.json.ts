import type { APIRoute } from 'astro';
import { getCatalog, localePaths } from '../../data/curriculum';
import { localeParam } from '../../lib/build/page-context';

/**
 * Every lesson of a language in course order, for the progress page's parts (overview, slip, export):
 * fetched when that page runs rather than written into it three times, so the page stays small
 * however many lessons there are (issue #18). The service worker keeps it once fetched.
 */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await getCatalog(localeParam(params.lang))), {
    headers: { 'Content-Type': 'application/json' },
  });
