// `npm test`: unit tests, static checks, the site build, then browser tests against the built site.
// Ends with one line "N passed, N failed" summing every runner, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './harness/chromium.mjs';

const root = join(import.meta.dirname, '..');
const reports = join(root, '.cache', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const isWindows = process.platform === 'win32';
let passed = 0;
let failed = 0;

function run(command, args, env = {}) {
  const result = spawnSync(isWindows ? `${command}.cmd` : command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// 1. Unit and integration tests (Node, no browser)
const vitestReport = join(reports, 'vitest.json');
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed +=
    vitest.numFailedTests +
    (vitest.numTotalTestSuites > 0 && vitest.success === false && vitest.numFailedTests === 0 ? 1 : 0);
} else {
  console.error('Vitest did not produce a report: counting it as one failure.');
  failed += 1;
}

// 2. Static checks: astro check, strict TypeScript, ESLint, Prettier (one test: pass or fail)
console.log('\n› Static checks (npm run check)…');
if (run('npm', ['run', 'check'])) passed += 1;
else {
  console.error('npm run check failed.');
  failed += 1;
}

// 3. Build the site the browser tests check
console.log('\n› Building the site for the browser tests…');
const built = run('npm', ['run', 'build']);
if (!built) {
  console.error('The site build failed: browser tests were not run.');
  failed += 1;
}

// 4. Browser tests
let browser;
if (built) {
  try {
    browser = ensureChromium();
    console.log(`› Chromium: ${browser.executablePath ?? "Playwright's own"} (${browser.source})`);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    failed += 1;
  }
}
if (built && browser) {
  const playwrightReport = join(reports, 'playwright.json');
  run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
  const report = existsSync(playwrightReport) ? readJson(playwrightReport) : undefined;
  if (report?.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    if (report.errors?.length) failed += report.errors.length;
  } else {
    console.error('Playwright did not produce a report: counting it as one failure.');
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
