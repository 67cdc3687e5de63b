// `npm start`: builds the site when dist/ is missing or older than its sources, then serves it
// on http://localhost:4321 the way a static host would.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
// The build's last step writes the service workers, English last.
const builtMarker = join(root, 'dist', 'en', 'sw.js');
const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const builtAt = existsSync(builtMarker) ? statSync(builtMarker).mtimeMs : 0;
if (builtAt < Math.max(...sources.map((s) => newest(join(root, s))))) {
  console.log('› Building the site (sources changed since the last build)…');
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log('› The built site is up to date.');
}
// Port 4321 unless the caller names another (`npm start -- --port 8080`).
const args = process.argv.slice(2);
if (!args.includes('--port')) args.push('--port', '4321');
const serve = spawnSync(npm, ['run', 'preview', '--', ...args], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(serve.status ?? 0);
