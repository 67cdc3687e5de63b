// The built site served the way a static host serves it: under its base path, with the headers
// of its `_headers` file, a folder's index.html, a redirect to add a folder's missing slash, and
// 404.html for anything else. `npm start`, `npm run workshop` and the browser tests all use it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../lib/build/headers-file.ts';
import { stripBase } from '../lib/site-address.ts';

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
