import { defineConfig, devices, type Project } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from './tests/harness/chromium.mjs';
import { testSites } from './tests/harness/test-sites.mjs';

const chromium = findChromium();
if (!chromium) throw new Error(HOW_TO_GET_CHROMIUM);
const sites = testSites();

/**
 * Specs that run again on the sub-path build: what a base path can break in a browser (one page
 * of each kind; tests/site/links.test.ts reads every page's links), offline, search, QR codes, the
 * lesson cards' data costs.
 */
const SUB_PATH_SPECS = [
  'crawl-sub-path.spec.ts',
  'offline.spec.ts',
  'search.spec.ts',
  'address.spec.ts',
  'data-cost.spec.ts',
];

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromium.executablePath,
    // Keep Chromium from calling home: the only network here is the site under test.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // Nothing leaves the machine: every host name but the test servers' fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME }]]
    : [['list']],
  use: {
    trace: 'off',
    // The offline spec turns them on; elsewhere a worker precaching the site would only slow tests.
    serviceWorkers: 'block',
  },
  // One project per built site; a spec reads its site from `test.info().project.metadata`.
  projects: [
    ...sites.map((site): Project => ({
      name: site.name,
      ...(site.name === 'sub-path'
        ? {
            testMatch: SUB_PATH_SPECS.map((spec) => `**/${spec}`),
            // What no base path changes runs on the main build only: search ranking, the words and
            // colours of a page (its other language, an empty search, axe), and the data cost of
            // every lesson and list (one lesson and one list still weigh their files here). Those
            // tests carry the tag MAIN_BUILD_ONLY (tests/e2e/site.ts).
            grepInvert: /@main-build-only/,
          }
        : { testIgnore: ['**/crawl-sub-path.spec.ts', '**/lighthouse.spec.ts'] }),
      metadata: site,
      use: { ...browser, baseURL: `${site.origin}${site.base}` },
    })),
    // Lighthouse last, once every other browser test is done: its Performance metrics time the CPU,
    // which a second test running beside it on two cores would slow (issue #18).
    ...sites
      .filter((site) => site.name !== 'sub-path')
      .map((site): Project => ({
        name: 'lighthouse',
        testMatch: '**/lighthouse.spec.ts',
        dependencies: sites.map((other) => other.name),
        metadata: site,
        use: { ...browser, baseURL: `${site.origin}${site.base}` },
      })),
  ],
  // Each build served as a static host would (src/tooling/serve.mjs, `_headers` included), on a
  // free port, so the tests pass while `npm start` runs on 4321. Started with this Node directly
  // (what `npm start` runs), which spares an npm start-up per server.
  webServer: sites.map((site) => ({
    command: `"${process.execPath}" src/tooling/start.mjs --dist "${site.dist}" --port ${site.port} --host ${site.host}`,
    url: `${site.origin}${site.base}vi/`,
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
