import type { APIRoute } from 'astro';
import { getLessons, localePaths } from '../../data/curriculum';
import { useTranslations } from '../../i18n';
import { labelsFor, onDemandLabelKeys } from '../../i18n/client-labels';
import { localeParam } from '../../lib/build/page-context';

/**
 * The strings of the parts a page loads on demand (lib/on-demand.ts), one file per language, by
 * element name: fetched with their code rather than written into every page that might need them
 * (about 1 KB gzip on a lesson page, most of it the quiz's). The service worker precaches it.
 */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params.lang);
  const translate = useTranslations(locale);
  // The course's size is the same for every page of a build: it is filled in here ("… 3/13"),
  // not sent in every lesson page.
  const courseSize = (await getLessons(locale)).length;
  const t: typeof translate = (key) => translate(key, { courseSize });
  const labels = Object.fromEntries(
    Object.entries(onDemandLabelKeys).map(([tag, keys]) => [tag, JSON.parse(labelsFor(t, keys)) as unknown]),
  );
  return new Response(JSON.stringify(labels), { headers: { 'Content-Type': 'application/json' } });
};
