import { expect, test } from '@playwright/test';
import { gotoSettled } from './checks';
import { axeInScheme, brokenLinks, langProblems, watchPage } from './page-bars';
import { at, samplePages } from './site';

// The sub-path build (/hoc-so/) in a browser: what a base path can break that only a browser
// sees, on one page of each kind: requests made at run time leaving the base or the origin,
// console errors (a script or a CSP hash not found), links as the page ends up with them, and
// axe. Every page's links, anchors and languages are read without a browser in
// tests/site/links.test.ts; the main build's crawl (crawl.spec.ts) checks every page in full.

for (const built of samplePages()) {
  const url = built.kind === 'root' ? '?choose' : at(built.path);

  test(`${built.path} (${built.kind}) works under the sub-path`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const watch = watchPage(page, origin);
    await gotoSettled(page, url);

    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(await langProblems(page, built.lang), 'lang attributes').toEqual([]);
    expect(await axeInScheme(page, 'light'), 'axe, light').toEqual([]);
    expect(await brokenLinks(page, origin), 'links and anchors inside the site').toEqual([]);
    expect(watch.offsite, 'requests to other origins').toEqual([]);
    expect(watch.errors, 'errors in the console').toEqual([]);
  });
}
