// Running the steps of the bench (npm, Astro, our build) as child processes.
import { spawnSync } from 'node:child_process';
import { delimiter, dirname } from 'node:path';

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
