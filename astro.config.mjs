// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Static site: every page is prebuilt HTML; Lit elements enhance it in the browser.
// The address the site is served from, for absolute links such as the QR codes on projector
// title screens. Deployments set HOCSO_SITE_URL; locally it is `npm start`'s address.
const site = process.env.HOCSO_SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
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
