import type { APIRoute } from 'astro';
import { localePaths } from '../../data/curriculum';
import { useTranslations } from '../../i18n';
import { labelsFor, onDemandLabelKeys } from '../../i18n/client-labels';
import { localeParam } from '../../lib/build/page-context';

/**
 * The strings of the parts a page loads on demand (lib/on-demand.ts), one file per language, by
 * element name: fetched with their code rather than written into every page that might need them
 * (about 1 KB gzip on a lesson page, most of it the quiz's). The service worker precaches it.
 */
export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) => {
  const t = useTranslations(localeParam(params.lang));
  const labels = Object.fromEntries(
    Object.entries(onDemandLabelKeys).map(([tag, keys]) => [tag, JSON.parse(labelsFor(t, keys)) as unknown]),
  );
  return new Response(JSON.stringify(labels), { headers: { 'Content-Type': 'application/json' } });
};
