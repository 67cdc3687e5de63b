import type { AddressInfo } from 'node:net';
import { createSiteServer, listen } from '../../src/tooling/serve.mjs';
import { currentSite } from './site';

/**
 * The current project's build served as `npm start` serves it, on a port of its own, except that
 * `override` can replace any file's bytes by URL path: how a test "deploys a second build"
 * without building twice. `url` ends with the base path.
 */
export async function serveDist(): Promise<{
  url: string;
  override: Map<string, string>;
  close: () => void;
}> {
  const { dist, base, host } = currentSite();
  const override = new Map<string, string>();
  const server = createSiteServer({ dist, base, override });
  await listen(server, 0, host);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${base}`,
    override,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
