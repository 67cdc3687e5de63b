// `npm start`: builds the site when needed (built-site.mjs), then serves it on this computer the
// way a static host would, at http://localhost:4321 under its base path.
// Options: --port <n> (default 4321), --host <name> (default localhost), --dist <folder> (serve
// that build as it is; the browser tests use it).
import { resolve } from 'node:path';
import { DEFAULT_DIST, builtSite, ensureBuilt, option } from './built-site.mjs';
import { createSiteServer, listen } from './serve.mjs';

const given = option('dist');
const dist = given ? resolve(given) : DEFAULT_DIST;
const site = given ? builtSite(dist) : ensureBuilt(dist);
if (!site) {
  console.error(`✗ ${dist} holds no complete build: run \`npm run build -- --out ${given}\` first.`);
  process.exit(1);
}
const port = Number(option('port') ?? 4321);
const host = option('host') ?? 'localhost';
const server = createSiteServer({ dist, base: site.base });
try {
  await listen(server, port, host);
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(
    `✗ Port ${port} is already in use (is \`npm start\` running in another terminal?). ` +
      `Pick another: npm start -- --port ${port + 1}`,
  );
  process.exit(1);
}
console.log(`› Học Số: http://${host}:${port}${site.base}  (Ctrl+C to stop)`);
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
