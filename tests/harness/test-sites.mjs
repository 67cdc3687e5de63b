// The built sites the browser tests run against, and free ports to serve them on. Plain JS so
// `npm test` (tests/run.mjs) and playwright.config.ts share it.
//
// - the main site: HOCSO_TEST_DIST; `npm test` builds it with a public address
//   (https://hoc-so.example.org), which the print and SEO checks expect;
// - a second build under a sub-path, HOCSO_TEST_SUBPATH_DIST: `npm test` makes it with
//   HOCSO_BASE_PATH=/hoc-so/ and no public address, and serves it on another loopback address and
//   port, so nothing can lean on `/` or on localhost.
// Without the variables (`npm run test:e2e`), the builds the last `npm test` left in
// .cache/test-site/ are used.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtSite, root } from '../../src/tooling/built-site.mjs';

/** A port nothing listens on right now (asked of the OS in a child, so this stays synchronous). */
export function freePort(host = '127.0.0.1') {
  const script = `const s=require('node:net').createServer();s.listen(0,${JSON.stringify(host)},()=>{process.stdout.write(String(s.address().port));s.close()})`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

function site(name, dist, host, portVariable) {
  const built = builtSite(dist);
  if (!built) throw new Error(`No complete build in ${dist}: run \`npm test\`, which makes the test builds.`);
  // Chosen once, in the process that reads the config first; Playwright's workers inherit it.
  process.env[portVariable] ??= String(freePort(host === 'localhost' ? '127.0.0.1' : host));
  const port = Number(process.env[portVariable]);
  return { name, dist, host, port, ...built, origin: `http://${host}:${port}` };
}

const testBuild = (name) => resolve(root, '.cache', 'test-site', name);

/** The sites to test, main first. */
export function testSites() {
  const main = process.env.HOCSO_TEST_DIST ?? testBuild('main');
  const subPath =
    process.env.HOCSO_TEST_SUBPATH_DIST ??
    (existsSync(testBuild('hoc-so')) ? testBuild('hoc-so') : undefined);
  const sites = [site('site', resolve(root, main), 'localhost', 'HOCSO_TEST_PORT')];
  if (!sites[0].site)
    throw new Error(
      `The browser tests expect the main build (${main}) to know its public address: run \`npm test\`, which builds it with HOCSO_SITE_URL=https://hoc-so.example.org.`,
    );
  if (subPath) sites.push(site('sub-path', resolve(root, subPath), '127.0.0.1', 'HOCSO_TEST_SUBPATH_PORT'));
  return sites;
}
