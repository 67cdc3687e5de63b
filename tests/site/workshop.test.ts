import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterEach, expect, test } from 'vitest';
import { freePort } from '../harness/test-sites.mjs';
import { builtSites } from './sites';

// `npm run workshop` (issue 14): serves a build to the phones in a hall, on every interface of the
// laptop. The test injects the laptop's address list (a loopback address: no traffic ever goes to
// a real LAN), then connects to 127.0.0.1 and to the injected address.

const root = join(import.meta.dirname, '..', '..');
const [, subPath] = builtSites();
const running: ChildProcess[] = [];

/** What Ctrl+C in a terminal does: SIGINT to the whole process group (npm, its shell, node). */
const interrupt = (child: ChildProcess, signal: NodeJS.Signals = 'SIGINT') =>
  process.kill(-child.pid!, signal);

afterEach(() => {
  for (const child of running.splice(0))
    if (child.exitCode === null && child.signalCode === null) interrupt(child, 'SIGTERM');
});

/** Starts `npm run workshop -- …`; `waitFor` resolves once the output contains the text. */
function workshop(args: string[], env: Record<string, string>) {
  const child = spawn('npm', ['run', '--silent', 'workshop', '--', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    // Its own process group, so the test can press "Ctrl+C" on it as a terminal would.
    detached: true,
  });
  running.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const waitFor = async (text: string) => {
    const until = Date.now() + 30_000;
    while (!output.includes(text)) {
      if (child.exitCode !== null) throw new Error(`workshop exited (${child.exitCode}):\n${output}`);
      if (Date.now() > until) throw new Error(`workshop never printed "${text}":\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, output: () => output, waitFor, exited };
}

/** A loopback address other than 127.0.0.1 where the system has one (Linux), else 127.0.0.1. */
async function loopbackAlias(): Promise<string> {
  const server: Server = createServer();
  const ok = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, '127.0.0.5', () => resolve(true));
  });
  if (ok) await new Promise((resolve) => server.close(resolve));
  return ok ? '127.0.0.5' : '127.0.0.1';
}

/**
 * Reads the QR code drawn in the terminal: half-block characters, each two modules tall, light
 * modules drawn as ink (█ both light, ▀ top light, ▄ bottom light, space both dark).
 */
function decodeTerminalQr(output: string): string | undefined {
  const lines = output
    .replace(/\x1b\[[0-9;]*m/g, '') // eslint-disable-line no-control-regex
    .split('\n')
    .filter((line) => /^ {2}[█▀▄ ]+$/.test(line) && line.includes('█'))
    .map((line) => Array.from(line.slice(2)));
  const light: boolean[][] = lines.flatMap((row) => [
    row.map((c) => c === '█' || c === '▀'),
    row.map((c) => c === '█' || c === '▄'),
  ]);
  const scale = 6;
  const quiet = 4 * scale;
  const size = light[0]!.length * scale + 2 * quiet;
  const height = light.length * scale + 2 * quiet;
  const rgba = new Uint8ClampedArray(size * height * 4).fill(255);
  light.forEach((row, y) =>
    row.forEach((isLight, x) => {
      if (isLight) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = ((quiet + y * scale + dy) * size + quiet + x * scale + dx) * 4;
          rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
        }
    }),
  );
  return jsQR(rgba, size, height)?.data;
}

test('serves the build on every interface, prints where phones connect, and draws that address as a QR code', async () => {
  const alias = await loopbackAlias();
  const port = freePort();
  const run = workshop(['--port', String(port), '--dist', subPath!.dist], {
    HOCSO_WORKSHOP_ADDRESSES: alias,
  });
  await run.waitFor('Ctrl+C');
  const main = `http://${alias}:${port}${subPath!.base}`;
  const out = run.output();
  expect(out).toContain(`  ${main}   ← địa chỉ chính / main address`);
  expect(out).toContain('Điện thoại bắt cùng mạng Wi-Fi với máy này mở địa chỉ:');
  expect(out).toContain('Phones on the same Wi-Fi as this computer open:');
  expect(out).toContain('không lưu được bài để học lúc không có mạng');
  expect(out).toContain('Bấm Ctrl+C để dừng. / Press Ctrl+C to stop.');
  expect(decodeTerminalQr(out)).toBe(main);

  for (const host of ['127.0.0.1', alias]) {
    const home = await fetch(`http://${host}:${port}${subPath!.base}vi/`);
    expect(home.status, host).toBe(200);
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await home.text()).toContain('<html lang="vi"');
    const lesson = await fetch(`http://${host}:${port}${subPath!.base}vi/lessons/install-vneid/`);
    expect(await lesson.text()).toContain('<lesson-quiz');
  }
  // Typing just the address and port lands on the site.
  const bare = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
  expect(bare.status).toBe(301);
  expect(bare.headers.get('location')).toBe(subPath!.base);

  // Ctrl+C: the server says it stopped, and the port is free again.
  interrupt(run.child);
  await run.exited;
  expect(run.output()).toContain('Đã dừng. / Stopped.');
  await expect(fetch(`http://127.0.0.1:${port}${subPath!.base}`)).rejects.toThrow();
});

test('with no network but loopback, it says so plainly and still serves this computer', async () => {
  const port = freePort();
  const run = workshop(['--port', String(port), '--dist', subPath!.dist], { HOCSO_WORKSHOP_ADDRESSES: '' });
  await run.waitFor('Ctrl+C');
  expect(run.output()).toContain('Máy này chưa vào mạng Wi-Fi nào');
  expect(run.output()).toContain('This computer is on no network');
  expect(run.output()).toContain(`http://localhost:${port}${subPath!.base}`);
  expect((await fetch(`http://127.0.0.1:${port}${subPath!.base}en/`)).status).toBe(200);
});

test('a port already in use is named, with what to type instead', async () => {
  const port = freePort();
  const blocker = createServer().listen(port);
  try {
    const run = workshop(['--port', String(port), '--dist', subPath!.dist], { HOCSO_WORKSHOP_ADDRESSES: '' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Port ${port} is in use. Try: npm run workshop -- --port ${port + 1}`);
  } finally {
    blocker.close();
  }
});
