/**
 * The service worker's runtime caches, named once: the Workbox config (src/tooling/service-workers.mjs)
 * fills them, the visit worker adds to them, and the offline page lists what the pages one holds.
 */
export const OFFLINE_CACHES = {
  pages: 'hocso-pages',
  assets: 'hocso-assets',
  images: 'hocso-images',
  search: 'hocso-search',
} as const;
