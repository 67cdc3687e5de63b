export interface TestSite {
  /** The Playwright project's name. */
  name: 'site' | 'sub-path';
  dist: string;
  host: string;
  port: number;
  /** The base path the build was made for, e.g. `/` or `/hoc-so/`. */
  base: string;
  /** The public address the build was made for (HOCSO_SITE_URL), if any. */
  site: string | undefined;
  /** Where the test server serves it, e.g. `http://127.0.0.1:41234`. */
  origin: string;
}
export function freePort(host?: string): number;
export function testSites(): TestSite[];
