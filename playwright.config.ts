import { defineConfig, devices } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM } from './tests/harness/chromium.mjs';

const PORT = Number(process.env.PORT ?? 4321);
const chromium = findChromium();
if (!chromium) throw new Error(HOW_TO_GET_CHROMIUM);

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
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    // The offline spec turns them on; elsewhere a worker precaching the site would only slow tests.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromium.executablePath,
          // Keep Chromium from calling home: the only network here is the site under test.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // Tests run against the built site, served by `npm start` itself (it rebuilds only if sources changed).
  webServer: {
    command: `npm start -- --port ${PORT} --host localhost`,
    url: `http://localhost:${PORT}/vi/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
