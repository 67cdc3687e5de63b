// The built site served the way a static host serves it: under its base path, with the headers
// of its `_headers` file, a folder's index.html, a redirect to add a folder's missing slash, and
// 404.html for anything else. `npm start`, `npm run workshop` and the browser tests all use it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../lib/build/headers-file.ts';
import { stripBase } from '../lib/site-address.ts';

/** Text files a static host sends compressed (GitHub Pages, Netlify, nginx with gzip on). */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.webmanifest', '.txt', '.xml']);

/**
 * The file a site path names, as sirv finds it: a folder's index.html, or the path with `.html`.
 * @param {string} dist @param {string} sitePath
 */
function fileFor(dist, sitePath) {
  const file = join(dist, sitePath);
  const candidates = sitePath.endsWith('/') ? [join(file, 'index.html')] : [file, `${file}.html`];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/**
 * Gzips text files for clients that accept it, as real static hosts do: a phone on the workshop
 * laptop's hotspot, and Lighthouse in the tests, then see the sizes a deployed site has. Each file is
 * compressed once per version (its size and time), and kept in memory.
 * @param {string} dist
 */
function gzipper(dist) {
  /** @type {Map<string, { stamp: string; body: Buffer }>} */
  const cache = new Map();
  /** @param {import('node:http').IncomingMessage} request @param {string} sitePath */
  return (request, sitePath) => {
    if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return undefined;
    const file = fileFor(dist, sitePath);
    if (!file || !COMPRESSED.has(extname(file))) return undefined;
    const { size, mtimeMs } = statSync(file);
    const stamp = `${size}:${mtimeMs}`;
    let entry = cache.get(file);
    if (entry?.stamp !== stamp) {
      entry = { stamp, body: gzipSync(readFileSync(file)) };
      cache.set(file, entry);
    }
    const type = lookup(file) ?? 'application/octet-stream';
    return {
      type: /^text\/|json|javascript|svg/.test(type) ? `${type};charset=utf-8` : type,
      body: entry.body,
    };
  };
}

/**
 * @param {{ dist: string; base: string; override?: Map<string, string | Buffer> }} options
 *   `override` replaces a file's bytes by URL path: how a test "deploys a second build".
 */
export function createSiteServer({ dist, base, override = new Map() }) {
  const headersFile = join(dist, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const applyHeaders = (response, urlPath) => {
    for (const [name, value] of headersFor(rules, urlPath)) response.setHeader(name, value);
  };
  const notFound = (request, response) => {
    applyHeaders(response, `${base}404.html`);
    response.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(join(dist, '404.html')));
  };
  const files = sirv(dist, { dev: true, etag: true, extensions: ['html'], onNoMatch: notFound });
  const redirect = (response, location) => response.writeHead(301, { Location: location }).end();
  const gzipped = gzipper(dist);

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://site');
    let urlPath;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      return notFound(request, response);
    }
    const sitePath = stripBase(base, urlPath);
    // People type the bare address; the site lives under its base path.
    if (sitePath === undefined)
      return urlPath === '/' ? redirect(response, base) : notFound(request, response);
    if (urlPath !== base && sitePath === '/') return redirect(response, base);
    const replaced = override.get(urlPath);
    if (replaced !== undefined) {
      applyHeaders(response, urlPath);
      response.writeHead(200, { 'Content-Type': lookup(urlPath) ?? 'application/octet-stream' });
      return response.end(replaced);
    }
    const file = join(dist, sitePath);
    if (!sitePath.endsWith('/') && existsSync(file) && statSync(file).isDirectory())
      return redirect(response, `${url.pathname}/${url.search}`);
    applyHeaders(response, urlPath);
    const compressed =
      request.method === 'GET' || request.method === 'HEAD' ? gzipped(request, sitePath) : undefined;
    if (compressed) {
      response.writeHead(200, {
        'Content-Type': compressed.type,
        'Content-Encoding': 'gzip',
        'Content-Length': compressed.body.length,
        Vary: 'Accept-Encoding',
      });
      return response.end(request.method === 'HEAD' ? undefined : compressed.body);
    }
    request.url = `${encodeURI(sitePath)}${url.search}`;
    files(request, response);
  });
}

/** Starts listening; resolves with the port, rejects with the listen error (e.g. EADDRINUSE). */
export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

/** Ctrl+C (or a stop from the system) closes the server, open connections included. */
export function stopOnSignals(server, onStop = () => {}) {
  const stop = () => {
    onStop();
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
