import type { APIRoute } from 'astro';
import { localePaths } from '../../data/curriculum';
import { useTranslations } from '../../i18n';
import { localeParam } from '../../lib/build/page-context';
import { url } from '../../lib/urls';

/** The web app manifest, one per language, so "Add to home screen" opens the learner's language. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) => {
  const locale = localeParam(params.lang);
  const t = useTranslations(locale);
  const manifest = {
    id: url(`${locale}/`),
    name: `${t('site.name')}: ${t('site.tagline')}`,
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang: locale,
    dir: 'ltr',
    start_url: url(`${locale}/`),
    scope: url(`${locale}/`),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: url('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: url('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: url('icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: url('icons/icon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
