// The comparison site: Astro Starlight, pinned, installed once into the bench's own cache folder
// (never into the project's node_modules) and built from the lessons as plain Markdown.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from './run.mjs';

export const STARLIGHT_VERSION = '0.42.4';

/** Where installs and builds live between runs; `HOCSO_BENCH_CACHE` moves it. */
export const CACHE_DIR = process.env.HOCSO_BENCH_CACHE ?? join(homedir(), '.cache', 'hoc-so-bench');

/**
 * The install's package.json: Starlight pinned, and the project's own Astro version (and npm
 * overrides), so both sites are built by the same Astro and the comparison is of the sites.
 *
 * @param {string} projectRoot
 * @returns {Record<string, unknown>}
 */
export function starlightPackageJson(projectRoot) {
  const project = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  return {
    name: 'hoc-so-bench-starlight',
    private: true,
    type: 'module',
    dependencies: {
      '@astrojs/starlight': STARLIGHT_VERSION,
      astro: project.dependencies.astro,
    },
    ...(project.overrides ? { overrides: project.overrides } : {}),
  };
}

/**
 * Installs Starlight into `<cache>/starlight-<version>/` unless an install with the same
 * package.json is already there. Returns the folder and how long the install took (null: reused).
 *
 * @param {string} projectRoot
 * @returns {{ dir: string; installMs: number | null; packageJson: Record<string, unknown> }}
 */
export function ensureStarlightInstall(projectRoot) {
  const dir = join(CACHE_DIR, `starlight-${STARLIGHT_VERSION}`);
  const packageJson = starlightPackageJson(projectRoot);
  const wanted = `${JSON.stringify(packageJson, null, 2)}\n`;
  const packageFile = join(dir, 'package.json');
  // The marker is written after a successful install, so a half-finished one is redone.
  const marker = join(dir, 'node_modules', '.hoc-so-bench-installed');
  if (
    existsSync(marker) &&
    readFileSync(packageFile, 'utf8') === wanted &&
    readFileSync(marker, 'utf8') === wanted
  )
    return { dir, installMs: null, packageJson };
  mkdirSync(dir, { recursive: true });
  writeFileSync(packageFile, wanted);
  console.log(`› Installing Starlight ${STARLIGHT_VERSION} into ${dir} (first run only)…`);
  const started = performance.now();
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  const installMs = performance.now() - started;
  writeFileSync(marker, wanted);
  return { dir, installMs, packageJson };
}

/**
 * @typedef {object} StarlightPage
 * @property {string} path  site path of the page, e.g. `vi/lessons/install-vneid`
 * @property {string} markdown  the whole .md file, front matter included
 */

/**
 * @typedef {object} StarlightSite
 * @property {string} lang
 * @property {string} title
 * @property {string} site  public address, the same one our build is given
 * @property {StarlightPage[]} pages
 * @property {{ from: string; to: string }[]} files  files copied into public/, e.g. pictures
 */

/** @param {string} lang @param {string} title @param {string} site */
function astroConfig(lang, title, site) {
  // Starlight's defaults throughout: its search, sidebar and theme are what a team adopting it gets.
  return `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: ${JSON.stringify(site)},
  integrations: [
    starlight({
      title: ${JSON.stringify(title)},
      locales: { root: { label: ${JSON.stringify(lang)}, lang: ${JSON.stringify(lang)} } },
    }),
  ],
});
`;
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the Starlight project for `site` into `<install>/site-<lang>/` and builds it, unless the
 * same sources were built last time (the stamp holds a hash of every input). Returns the output
 * folder and the build time (null: reused).
 *
 * @param {string} installDir
 * @param {StarlightSite} site
 * @returns {{ dist: string; buildMs: number | null }}
 */
export function buildStarlight(installDir, site) {
  const siteDir = join(installDir, `site-${site.lang}`);
  const dist = join(siteDir, 'dist');
  const stamp = join(siteDir, '.hoc-so-bench-built');
  const config = astroConfig(site.lang, site.title, site.site);
  const hash = createHash('sha256');
  hash.update(readFileSync(join(installDir, 'package.json')));
  hash.update(config);
  for (const page of site.pages) hash.update(`\0${page.path}\0${page.markdown}`);
  for (const file of site.files) hash.update(`\0${file.to}\0`).update(readFileSync(file.from));
  const digest = hash.digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(join(dist, '404.html')))
    return { dist, buildMs: null };

  // Rewritten whole each time: a lesson dropped from the list must not linger in the site.
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(join(siteDir, 'astro.config.mjs'), config);
  writeFileSync(join(siteDir, 'src', 'content.config.mjs'), CONTENT_CONFIG);
  for (const page of site.pages) {
    const file = join(siteDir, 'src', 'content', 'docs', `${page.path}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page.markdown);
  }
  for (const file of site.files) {
    const to = join(siteDir, 'public', file.to);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(file.from, to);
  }
  const astroBin = join(installDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  console.log(`› Building the Starlight site (${site.pages.length} pages)…`);
  const started = performance.now();
  run(process.execPath, [astroBin, 'build'], { cwd: siteDir });
  const buildMs = performance.now() - started;
  writeFileSync(stamp, digest);
  return { dist, buildMs };
}
