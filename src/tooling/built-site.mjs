// What a built site says about itself, and building it when it is missing or out of date. Shared
// by `npm start` and `npm run workshop`, so both serve exactly what was built, at its base path.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultLocale } from '../i18n/locales.ts';
import { readSiteAddress } from '../lib/site-address.ts';

export const root = join(import.meta.dirname, '..', '..');
export const DEFAULT_DIST = join(root, 'dist');
const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/**
 * The address a build was made for: its base path from the web app manifest's scope, its public
 * address from the canonical links (only written when HOCSO_SITE_URL was set). Undefined when
 * there is no complete build in `dist`.
 */
export function builtSite(dist) {
  const manifest = join(dist, defaultLocale, 'manifest.webmanifest');
  // `_headers` is written last: without it the build stopped half-way.
  if (!existsSync(manifest) || !existsSync(join(dist, '_headers'))) return undefined;
  const scope = JSON.parse(readFileSync(manifest, 'utf8')).scope;
  const base = scope.slice(0, -`${defaultLocale}/`.length);
  const home = readFileSync(join(dist, defaultLocale, 'index.html'), 'utf8');
  const canonical = home.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  return { base, site: canonical ? new URL(canonical).origin : undefined };
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Builds dist/ when it is missing, older than its sources, or made for another address than the
 * environment now asks for (HOCSO_SITE_URL, HOCSO_BASE_PATH). Returns the built address.
 */
export function ensureBuilt(dist = DEFAULT_DIST) {
  const wanted = readSiteAddress(process.env);
  const built = builtSite(dist);
  const builtAt = built ? statSync(join(dist, '_headers')).mtimeMs : 0;
  const stale = builtAt < Math.max(...sources.map((s) => newest(join(root, s))));
  const moved = built && (built.base !== wanted.base || built.site !== wanted.site);
  if (!built || stale || moved) {
    console.log(
      built && moved && !stale
        ? `› Building the site again, for ${wanted.site ?? ''}${wanted.base} (the last build was for ${built.site ?? ''}${built.base})…`
        : '› Building the site (sources changed since the last build)…',
    );
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  } else {
    console.log('› The built site is up to date.');
  }
  return builtSite(dist);
}

/** `--name value` from the command line, or undefined. */
export function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/**
 * The build `npm start` or `npm run workshop` serves: `--dist <folder>` as it is (the tests pass
 * their own builds), else dist/, built first if needed. Exits with a message when there is none.
 */
export function siteToServe() {
  const given = option('dist');
  const dist = given ? resolve(given) : DEFAULT_DIST;
  const site = given ? builtSite(dist) : ensureBuilt(dist);
  if (!site) {
    console.error(`✗ ${dist} holds no complete build: run \`npm run build -- --out ${given}\` first.`);
    process.exit(1);
  }
  return { dist, ...site };
}
