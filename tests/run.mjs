// `npm test`: unit tests, static checks, two builds of the site, checks over the built files, then
// browser tests against both builds. Ends with one line "N passed, N failed" summing every runner,
// and exits non-zero on any failure. Nothing here uses a fixed port or the dist/ folder, so it runs
// beside `npm start`.
//
// The two builds (in .cache/test-site/):
// - main:   HOCSO_SITE_URL=https://hoc-so.example.org — a deployment that knows its address;
// - hoc-so: HOCSO_BASE_PATH=/hoc-so/ and no address — a sub-path site whose QR codes are drawn in
//           the page; served on another loopback address and port than the main one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWarnings } from './harness/build-log.mjs';
import { ensureChromium } from './harness/chromium.mjs';

const root = join(import.meta.dirname, '..');
const reports = join(root, '.cache', 'test-reports');
const sites = join(root, '.cache', 'test-site');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// Both trust the test trainers' keys (issue #22), whose private halves the tests sign with
// (tests/harness/trainer-keys.ts); a real build trusts content/trainers only.
const TRAINERS = { HOCSO_TRAINERS_DIR: join(root, 'tests', 'fixtures', 'trainers') };
const BUILDS = [
  { name: 'main', env: { HOCSO_SITE_URL: 'https://hoc-so.example.org', HOCSO_BASE_PATH: '', ...TRAINERS } },
  { name: 'hoc-so', env: { HOCSO_SITE_URL: '', HOCSO_BASE_PATH: '/hoc-so/', ...TRAINERS } },
];
const siteEnv = {
  HOCSO_TEST_DIST: join(sites, 'main'),
  HOCSO_TEST_SUBPATH_DIST: join(sites, 'hoc-so'),
};

const isWindows = process.platform === 'win32';
let passed = 0;
let failed = 0;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: isWindows,
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

function vitest(name, args, env = {}) {
  const report = join(reports, `vitest-${name}.json`);
  run(
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  const result = readJson(report);
  if (!result) {
    console.error(`Vitest (${name}) did not produce a report: counting it as one failure.`);
    failed += 1;
    return;
  }
  passed += result.numPassedTests;
  failed +=
    result.numFailedTests +
    (result.numTotalTestSuites > 0 && result.success === false && result.numFailedTests === 0 ? 1 : 0);
}

/** One check counted as one test. */
function check(name, ok) {
  if (ok) passed += 1;
  else {
    console.error(`✗ ${name}`);
    failed += 1;
  }
}

// 1. Unit and integration tests (Node, no build needed), with the coverage of src/lib/ printed and
// written to .cache/test-reports/coverage/coverage-summary.json.
vitest('unit', ['--coverage']);

// 2. Static checks: astro check, strict TypeScript, ESLint, Prettier (one test: pass or fail)
console.log('\n› Static checks (npm run check)…');
check('npm run check', run('npm', ['run', 'check']));

// 3. The two builds. Each must succeed and print no warning.
let built = true;
for (const build of BUILDS) {
  const out = join(sites, build.name);
  console.log(`\n› Building the ${build.name} site into ${out}…`);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync('npm', ['run', 'build', '--', '--out', out], {
    cwd: root,
    encoding: 'utf8',
    shell: isWindows,
    env: { ...process.env, ...build.env, FORCE_COLOR: '0' },
  });
  const log = `${result.stdout}${result.stderr}`;
  process.stdout.write(log);
  writeFileSync(join(reports, `build-${build.name}.log`), log);
  const ok = result.status === 0 && existsSync(join(out, '_headers'));
  check(`the ${build.name} build succeeds`, ok);
  const warnings = buildWarnings(log);
  if (warnings.length) console.error(`The ${build.name} build printed warnings:\n${warnings.join('\n')}`);
  check(`the ${build.name} build prints no warning`, warnings.length === 0);
  built &&= ok;
}

if (!built) {
  console.error('A build failed: the checks over built files and the browser tests were not run.');
  failed += 1;
} else {
  // 4. Checks over the built files: valid HTML, _headers, canonical/hreflang, base paths, workshop.
  vitest('site', ['--config', 'vitest.site.config.ts'], siteEnv);

  // 5. Browser tests, against both builds
  let browser;
  try {
    browser = ensureChromium();
    console.log(`› Chromium: ${browser.executablePath ?? "Playwright's own"} (${browser.source})`);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    failed += 1;
  }
  if (browser) {
    const playwrightReport = join(reports, 'playwright.json');
    run('npx', ['playwright', 'test'], { ...siteEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
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
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
