import { describe, expect, it } from 'vitest';
import { buildWarnings } from '../harness/build-log.mjs';

// `npm test` fails when a build prints a warning (issue 14): these are the lines that count.
describe('buildWarnings', () => {
  it.each([
    ['Astro and Vite warnings', '08:19:05 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] something'],
    ['coloured ones', '\x1b[33m08:19:05 [WARN]\x1b[39m [vite] chunk too big'],
    ['Node warnings', '(node:1234) ExperimentalWarning: Type Stripping is an experimental feature'],
    ['npm warnings', 'npm warn deprecated inflight@1.0.6'],
    ['Rollup-style notices', '(!) Some chunks are larger than 500 kB after minification'],
    ['deprecations', 'The option `foo` is deprecated, use `bar`'],
    ['service worker warnings', '[WARN] service worker (vi): big.png is 3 MB, and won’t be precached.'],
  ])('finds %s', (_kind, line) => {
    expect(buildWarnings(`› Building…\n${line}\ndone`)).toHaveLength(1);
  });

  it('passes the project’s own informational lines and a clean Astro log', () => {
    const log = [
      '› Building for any address under /: HOCSO_SITE_URL is not set, so QR codes show the address each page is opened at (README › Deploy).',
      '08:35:26 [content] Syncing content',
      '08:35:28 [build] 102 page(s) built in 3.32s',
      'search index: 13 en + 13 vi pages',
      'service worker (vi): 51 files, 738 KB precached',
      '_headers: 8 rules',
    ].join('\n');
    expect(buildWarnings(log)).toEqual([]);
  });

  it('returns the warning lines without their colours', () => {
    expect(buildWarnings('ok\n\x1b[33m[WARN]\x1b[39m careful\r\nok')).toEqual(['[WARN] careful']);
  });
});
