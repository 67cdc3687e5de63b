// Running the steps of the bench (npm, Astro, our build) as child processes.
import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';

/** The public address the bench's builds are made for; nothing is fetched from it. */
export const BENCH_SITE_URL = 'https://hoc-so.example.org';

/**
 * Child processes run on the Node that runs the bench (the project's Node 24): npm's
 * `#!/usr/bin/env node` and Astro's `astro` both find it first on PATH.
 *
 * @param {Record<string, string>} [extra]
 * @param {NodeJS.ProcessEnv} [base]  the environment to start from (a test passes its own, cleaned)
 */
export function childEnv(extra = {}, base = process.env) {
  const path = [dirname(process.execPath), base.PATH ?? ''].join(delimiter);
  return { ...base, PATH: path, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Runs a step to its end. Its output is shown only when it fails, so the bench's own lines stay
 * readable.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string; env?: NodeJS.ProcessEnv }} options
 */
export function run(command, args, { cwd, env = childEnv() }) {
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const reason = result.error ? result.error.message : `exit code ${result.status}`;
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed: ${reason}\n${result.stdout}${result.stderr}`,
    );
  }
  return result;
}

/**
 * The project's own build (src/tooling/build.mjs) of the checkout at `root` into `dist`, for
 * BENCH_SITE_URL at `/`. build.mjs runs `astro` by name, as `npm run` would find it.
 *
 * @param {string} root
 * @param {string} dist
 * @param {{ env?: NodeJS.ProcessEnv; extra?: Record<string, string> }} [options]  `env`: the
 *   environment to start from; `extra`: more settings for the build
 */
export function buildSite(root, dist, { env = process.env, extra = {} } = {}) {
  run(process.execPath, [join(root, 'src', 'tooling', 'build.mjs'), '--out', dist], {
    cwd: root,
    env: childEnv(
      {
        PATH: [join(root, 'node_modules', '.bin'), childEnv({}, env).PATH ?? ''].join(delimiter),
        HOCSO_SITE_URL: BENCH_SITE_URL,
        HOCSO_BASE_PATH: '',
        ...extra,
      },
      env,
    ),
  });
}
