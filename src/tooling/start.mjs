// `npm start`: builds the site when needed (built-site.mjs), then serves it on this computer the
// way a static host would, at http://localhost:4321 under its base path.
// Options: --port <n> (default 4321), --host <name> (default localhost), --dist <folder> (serve
// that build as it is; the browser tests use it).
import { siteToServe, option } from './built-site.mjs';
import { createSiteServer, listen, stopOnSignals } from './serve.mjs';

const site = siteToServe();
const port = Number(option('port') ?? 4321);
const host = option('host') ?? 'localhost';
const server = createSiteServer(site);
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
stopOnSignals(server);
