import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSites } from './sites';

// astro.config.mjs replaces Vite's preload helper around `import()` (914 B gzip) with a plain call
// and turns module preloading off: right only while no dynamically imported chunk brings a stylesheet.

describe.each(builtSites())('dynamic imports in the $name build', ({ dist }) => {
  const astro = join(dist, '_astro');
  const scripts = readdirSync(astro)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(astro, name), 'utf8') }));

  test('there are some, and Vite’s preload helper is nowhere', () => {
    expect(scripts.filter((s) => /\bimport\(/.test(s.code)).length).toBeGreaterThan(0);
    for (const { name, code } of scripts) expect(code, name).not.toContain('modulepreload');
  });

  test('no dynamically imported chunk needs anything preloaded, a stylesheet above all', () => {
    // With modulePreload off Vite still lists a dynamic import's stylesheets, which the plain call
    // would never load: there must be none.
    for (const { name, code } of scripts) expect(code, name).not.toContain('__vite__mapDeps');
  });
});
