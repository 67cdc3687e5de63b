// Where the browser tests spend their time: `node tests/harness/timings.mjs [report.json]` sums the
// test durations per spec and project from a Playwright JSON report (by default the one `npm test`
// writes), slowest first, so the next speed-up starts from numbers rather than guesses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const file =
  process.argv[2] ?? join(import.meta.dirname, '..', '..', '.cache', 'test-reports', 'playwright.json');
const report = JSON.parse(readFileSync(file, 'utf8'));

const sums = new Map();
let total = 0;
function walk(suite, spec) {
  for (const s of suite.specs ?? [])
    for (const test of s.tests)
      for (const result of test.results) {
        const key = `${spec} [${test.projectName}]`;
        const entry = sums.get(key) ?? { ms: 0, tests: 0 };
        entry.ms += result.duration;
        entry.tests += 1;
        sums.set(key, entry);
        total += result.duration;
      }
  for (const child of suite.suites ?? []) walk(child, spec);
}
for (const suite of report.suites) walk(suite, suite.file);

for (const [key, { ms, tests }] of [...sums].sort((a, b) => b[1].ms - a[1].ms))
  console.log(`${(ms / 1000).toFixed(1).padStart(7)} s  ${String(tests).padStart(4)} tests  ${key}`);
console.log(`${(total / 1000).toFixed(1).padStart(7)} s  sum of test durations`);
console.log(`${(report.stats.duration / 1000).toFixed(1).padStart(7)} s  wall`);
