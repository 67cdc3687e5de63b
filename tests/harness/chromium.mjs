// Finds a Chromium for Playwright: its own browser where installed, else Debian's. Plain JS so the
// test runner (before any TypeScript tooling) and playwright.config.ts can share it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function playwrightChromiumPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * `undefined` executablePath means "Playwright's own browser"; a string is a system Chromium.
 * Returns null when no browser is present. The arguments exist for tests.
 */
export function findChromium({
  exists = existsSync,
  envPath = process.env.CHROMIUM_PATH,
  playwrightPath = playwrightChromiumPath(),
} = {}) {
  if (envPath && exists(envPath)) return { executablePath: envPath, source: 'CHROMIUM_PATH' };
  if (playwrightPath && exists(playwrightPath)) return { executablePath: undefined, source: 'playwright' };
  const system = SYSTEM_CHROMIUM.find((path) => exists(path));
  return system ? { executablePath: system, source: 'system' } : null;
}

/** How to get a browser on this machine: Debian's package when we may use apt, else Playwright's. */
export function installMethod({ isRoot, hasApt }) {
  return isRoot && hasApt ? 'apt' : 'playwright';
}

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the browser tests. Get one of these, then run `npm test` again:',
  "  - Playwright's own browser:   npx playwright install chromium",
  '  - Debian/Ubuntu (as root):    apt-get install -y chromium fonts-noto-core',
  '  - any Chromium you have:      CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

function tryRun(command, args) {
  try {
    execFileSync(command, args, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

/** Finds a Chromium, installing one where this machine allows; throws with instructions otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (installMethod({ isRoot, hasApt: existsSync('/usr/bin/apt-get') }) === 'apt') {
    console.log('No Chromium found: installing Debian chromium with apt-get…');
    tryRun('apt-get', ['update', '-qq']);
    tryRun('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core']);
  } else {
    console.log("No Chromium found: trying Playwright's download…");
    tryRun(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright', 'install', 'chromium']);
  }
  const after = findChromium();
  if (after) return after;
  throw new Error(HOW_TO_GET_CHROMIUM);
}
