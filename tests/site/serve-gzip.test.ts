import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSiteServer, listen } from '../../src/tooling/serve.mjs';
import { builtSites } from './sites';

// `npm start`, `npm run workshop` and the browser tests serve the build as a static host does,
// compression included: text files go out gzipped to clients that accept it.

const [, subPath] = builtSites();
const { dist, base } = subPath!;
const server = createSiteServer({ dist, base });
let port = 0;

beforeAll(async () => {
  await listen(server, 0, '127.0.0.1');
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.close();
});

function get(path: string, encoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, headers: encoding ? { 'Accept-Encoding': encoding } : {} },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the site server', () => {
  test('sends pages, styles and scripts gzipped to clients that accept it, the same bytes inside', async () => {
    const page = await get(`${base}vi/`, 'gzip, deflate, br');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['vary']).toBe('Accept-Encoding');
    expect(page.headers['content-type']).toBe('text/html;charset=utf-8');
    expect(gunzipSync(page.body)).toEqual(readFileSync(join(dist, 'vi', 'index.html')));
    // The site's own headers still apply (its content security policy among them).
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const sw = await get(`${base}vi/sw.js`, 'gzip');
    expect(sw.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(sw.body)).toEqual(readFileSync(join(dist, 'vi', 'sw.js')));
  });

  test('sends files as they are to clients that don’t accept gzip, and pictures never gzipped', async () => {
    const page = await get(`${base}vi/`);
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body).toEqual(readFileSync(join(dist, 'vi', 'index.html')));
    const icon = await get(`${base}icons/icon-192.png`, 'gzip');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-encoding']).toBeUndefined();
  });

  test('still answers 404 with the site’s 404 page for what isn’t there', async () => {
    const missing = await get(`${base}vi/no-such-page/`, 'gzip');
    expect(missing.status).toBe(404);
  });
});
