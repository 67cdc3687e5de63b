import type { Server } from 'node:http';
export function createSiteServer(options: {
  dist: string;
  base: string;
  override?: Map<string, string | Buffer>;
}): Server;
export function listen(server: Server, port: number, host?: string): Promise<number>;
export function stopOnSignals(server: Server, onStop?: () => void): void;
