import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { builtHtml, builtSites } from './sites';

// The W3C Nu HTML Checker (npm vnu-jar, run with the machine's Java) over every built page of the
// main build, both languages. Browsers forgive invalid HTML; crawlers, validators and assistive
// tools need not.
const VNU = join(import.meta.dirname, '..', '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

test('the Nu HTML checker finds no error on any built page, in both languages', () => {
  const { dist } = builtSites()[0]!;
  const pages = builtHtml(dist);
  expect(pages.filter((p) => p.startsWith('vi/')).length).toBeGreaterThan(40);
  expect(pages.filter((p) => p.startsWith('en/')).length).toBe(
    pages.filter((p) => p.startsWith('vi/')).length,
  );

  const result = spawnSync(
    'java',
    ['-jar', VNU, '--errors-only', '--format', 'json', ...pages.map((page) => join(dist, page))],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error)
    throw new Error(
      `The Nu HTML checker needs Java (${result.error.message}). Debian/Ubuntu: apt-get install -y default-jre-headless`,
    );
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  const problems = messages.map(
    (m) =>
      `${m.url ? relative(dist, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`,
  );
  expect(problems).toEqual([]);
});
