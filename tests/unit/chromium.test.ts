import { describe, expect, it } from 'vitest';
import { findChromium, HOW_TO_GET_CHROMIUM, installMethod } from '../harness/chromium.mjs';

const PW = '/home/me/.cache/ms-playwright/chromium/chrome';

describe('findChromium', () => {
  it.each([
    {
      name: "Playwright's browser first",
      present: [PW, '/usr/bin/chromium'],
      env: undefined,
      expected: { executablePath: undefined, source: 'playwright' },
    },
    {
      name: "Debian's when Playwright's is missing",
      present: ['/usr/bin/chromium'],
      env: undefined,
      expected: { executablePath: '/usr/bin/chromium', source: 'system' },
    },
    {
      name: 'CHROMIUM_PATH over both',
      present: [PW, '/opt/chrome'],
      env: '/opt/chrome',
      expected: { executablePath: '/opt/chrome', source: 'CHROMIUM_PATH' },
    },
    {
      name: 'a CHROMIUM_PATH that does not exist is ignored',
      present: ['/usr/bin/chromium'],
      env: '/nope',
      expected: { executablePath: '/usr/bin/chromium', source: 'system' },
    },
    { name: 'nothing when no browser exists', present: [], env: undefined, expected: null },
  ])('$name', ({ present, env, expected }) => {
    const found = findChromium({
      exists: (path) => (present as string[]).includes(path),
      envPath: env,
      playwrightPath: PW,
    });
    expect(found).toEqual(expected);
  });

  it('says exactly how to get a browser', () => {
    expect(HOW_TO_GET_CHROMIUM).toContain('npx playwright install chromium');
    expect(HOW_TO_GET_CHROMIUM).toContain('apt-get install -y chromium');
    expect(HOW_TO_GET_CHROMIUM).toContain('CHROMIUM_PATH=');
  });
});

describe('installMethod', () => {
  it.each([
    [{ isRoot: true, hasApt: true }, 'apt'],
    [{ isRoot: false, hasApt: true }, 'playwright'],
    [{ isRoot: true, hasApt: false }, 'playwright'],
  ] as const)('%j → %s', (machine, expected) => {
    expect(installMethod(machine)).toBe(expected);
  });
});
