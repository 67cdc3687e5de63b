import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// What `npm test`'s two builds printed (tests/run.mjs keeps their logs). Warnings are counted
// there, per build; here: a build without a public address says so once, in one line.
const reports = join(import.meta.dirname, '..', '..', '.cache', 'test-reports');
const log = (name: string) => {
  const file = join(reports, `build-${name}.log`);
  if (!existsSync(file)) throw new Error(`No ${file}: run \`npm test\`, which builds and logs both sites.`);
  return readFileSync(file, 'utf8').split('\n');
};

test('a build without HOCSO_SITE_URL says so in exactly one line', () => {
  const lines = log('hoc-so').filter((line) => line.includes('HOCSO_SITE_URL'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/HOCSO_SITE_URL is not set, so QR codes show the address each page is opened at/);
});

test('a build with an address names it and says nothing about a missing one', () => {
  const lines = log('main');
  expect(lines).toContain('› Building for https://hoc-so.example.org/');
  expect(lines.filter((line) => line.includes('HOCSO_SITE_URL'))).toEqual([]);
});
