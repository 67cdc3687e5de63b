/**
 * The environment a build started from a test gets: this process's, without what Vitest adds (it
 * copies its `import.meta.env` into `process.env`: SITE="undefined", NODE_ENV="test", …), which
 * would change what Astro builds.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const added = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX', 'NODE_ENV'];
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !added.includes(key) && !key.startsWith('VITEST')),
  );
}
