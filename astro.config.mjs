// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import minifyLitTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { readSiteAddress } from './src/lib/site-address.ts';

// Static site: every page is prebuilt HTML; Lit elements enhance it in the browser.
// Where it will live (README › Deploy): HOCSO_BASE_PATH is the path it is served under (default
// `/`); HOCSO_SITE_URL its public address, when known. Without an address the QR codes are drawn
// in the browser from wherever a page is opened, and no canonical or hreflang links are written.
const { site, base } = readSiteAddress(process.env);

/**
 * Every MDX file makes Rolldown say that Astro's "use astro:head-inject" directive "may not be
 * preserved when bundling". Astro adds that directive itself and reads it before bundling, so the
 * message is noise that hides real warnings; only that exact message is dropped.
 * @param {{ code?: string; message?: string }} log
 */
const isAstroHeadInjectNotice = (log) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && /use astro:head-inject/.test(log.message ?? '');

export default defineConfig({
  site,
  base,
  output: 'static',
  // Side-by-side checkouts sharing one node_modules (parallel work) each keep their own content cache.
  ...(process.env.HOCSO_CACHE_DIR ? { cacheDir: process.env.HOCSO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [mdx()],
  markdown: {
    // Shiki injects inline styles the CSP would block; lessons have no code blocks anyway.
    syntaxHighlight: false,
  },
  build: {
    // One cached stylesheet per page type beats re-sending CSS inline on every visit over 3G.
    inlineStylesheets: 'never',
    format: 'directory',
  },
  vite: {
    plugins: [
      // Lit's html`` and css`` templates ship as written, indentation and all; minified they cost
      // a lesson page about 480 B gzip less (its JS budget is 20 KB).
      {
        ...minifyLitTemplates({ include: ['src/elements/**/*.ts'], failOnError: true }),
        enforce: 'pre',
        apply: 'build',
      },
      {
        // Vite wraps every `import()` in a helper that preloads the imported chunk's CSS and
        // dependencies (914 B gzip). Our dynamic imports carry no CSS and need nothing the page
        // hasn't loaded, so the helper only has to call the import.
        name: 'hocso-plain-dynamic-import',
        enforce: 'pre',
        // Nor lists of what to preload: with this, Vite lists only stylesheets, and there are none.
        configEnvironment() {
          return { build: { modulePreload: false } };
        },
        load(id) {
          if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
        },
      },
    ],
    build: {
      rolldownOptions: {
        output: {
          // Modules every page with a Lit element needs, in one chunk with what they share: as
          // separate small chunks each cost its own import and export lists (about 400 B gzip on a
          // lesson page, which has a 20 KB JS budget).
          codeSplitting: {
            groups: [
              {
                // What every page starts with (lib/start/page-start.ts) and lesson pages' loader: kept
                // out of `common`, which pulls in Lit and the stores that a lesson page loads only
                // when the learner nears the quiz (issue #18).
                name: 'start',
                priority: 2,
                test: /src[\\/](lib[\\/](start[\\/][\w-]+|on-demand)|schemas[\\/]reading|i18n[\\/]format)\.ts$/,
              },
              {
                // (elements/define-in-own-task.ts stays out: only pages without a quiz use it, and a
                // lesson page's JS is counted to the byte.)
                name: 'common',
                priority: 1,
                test: /src[\\/](elements[\\/](shared\.styles|labels|store-controller)|stores[\\/](progress|progress-state|safe-storage))\.ts$/,
              },
            ],
          },
        },
        onLog(level, log, handler) {
          if (isAstroHeadInjectNotice(log)) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
