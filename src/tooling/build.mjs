// `npm run build`: the static site (Astro), its search index (Pagefind), the service workers and
// offline list (Workbox), and `_headers` for static hosts. Where the site will live comes from
// HOCSO_SITE_URL and HOCSO_BASE_PATH (README › Deploy). `--out <folder>` builds somewhere other
// than dist/ (the tests build twice, side by side).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { matchesGlob, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { pruneCspHashes } from '../lib/build/csp.ts';
import { singleQuoteAttributes } from '../lib/build/attribute-quotes.ts';
import { DataCostError, writeDataCosts } from '../lib/build/data-cost.ts';
import { gzipWeigher } from '../lib/build/page-weight.ts';
import { readSiteAddress, SiteAddressError } from '../lib/site-address.ts';
import { htmlFiles, writeHeaders } from './headers.mjs';
import { buildServiceWorkers } from './service-workers.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const outIndex = process.argv.indexOf('--out');
const dist = resolve(root, outIndex > 0 ? process.argv[outIndex + 1] : 'dist');

let address;
try {
  address = readSiteAddress(process.env);
} catch (error) {
  if (!(error instanceof SiteAddressError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
const { site, base } = address;
console.log(
  site
    ? `› Building for ${site}${base}`
    : `› Building for any address under ${base}: HOCSO_SITE_URL is not set, so QR codes show the address each page is opened at (README › Deploy).`,
);

// Astro asks once per machine whether it may send usage data; a build for a commune hall, or on
// a CI machine, has no reason to send anything.
const astro = spawnSync('astro', ['build', '--outDir', dist], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

// Search covers lesson pages only (LessonArticle marks their text data-pagefind-body). Pagefind
// reads just those files: reading the guides and projector screens too, two thirds of the HTML,
// cost 5 s of a 1,000-lesson build (issue #18). The loop below checks no other page is marked.
const SEARCHABLE_PAGES = '*/lessons/*/index.html';
const isSearchablePage = (file) => matchesGlob(relative(dist, file).split(sep).join('/'), SEARCHABLE_PAGES);
const missedBySearch = [];
/** Pages with lesson cards, whose data costs are written once every page is final (below). */
const showingCosts = [];

// Each page's CSP lists only the hashes of its own inline code; Astro lists the whole site's. JSON
// attributes go between single quotes, sparing every `&quot;` (lib/build/attribute-quotes.ts).
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, 'utf8');
  const pruned = singleQuoteAttributes(pruneCspHashes(html));
  if (pruned !== html) writeFileSync(file, pruned);
  if (pruned.includes('<lesson-cost')) showingCosts.push(file);
  if (!isSearchablePage(file) && html.includes('data-pagefind-body'))
    missedBySearch.push(relative(dist, file));
}
if (missedBySearch.length > 0) {
  console.error(
    `✗ These pages mark text for search, but the search index reads only ${SEARCHABLE_PAGES} (src/tooling/build.mjs): ${missedBySearch.join(', ')}`,
  );
  process.exit(1);
}

// Each lesson card's data cost, weighed from the final lesson pages and written into the cards
// before the service workers fingerprint the pages they precache (lib/build/data-cost.ts). One
// weigher for the build: the offline lists weigh the same lesson pages and pictures again.
const weigh = gzipWeigher();
try {
  console.log(await writeDataCosts(dist, base, showingCosts, weigh));
} catch (error) {
  if (!(error instanceof DataCostError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}

// The search index: one per language (Pagefind reads <html lang>), in <out>/pagefind/.
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist, glob: SEARCHABLE_PAGES });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(dist, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
const entry = JSON.parse(readFileSync(resolve(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const counts = Object.entries(entry.languages).map(([lang, { page_count }]) => `${page_count} ${lang}`);
console.log(`search index: ${counts.join(' + ')} pages`);

for (const line of await buildServiceWorkers(dist, base, weigh)) console.log(line);
console.log(`_headers: ${writeHeaders(dist, base)} rules`);
