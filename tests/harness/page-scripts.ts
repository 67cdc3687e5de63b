import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Every JS file a built page loads: its module scripts and, recursively, their static imports
 * (Vite writes those relative to the importing file). `base` is the build's base path.
 */
export function pageScripts(dist: string, base: string, html: string): string[] {
  const files = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) =>
    join(dist, m[1]!.slice(base.length)),
  );
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
      queue.push(resolve(dirname(file), m[1]!));
  }
  return [...files];
}
