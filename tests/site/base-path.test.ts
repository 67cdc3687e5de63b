import { expect, test } from 'vitest';
import type { OfflineIndex, TopicManifest } from '../../src/lib/offline/offline-save';
import { builtFiles, builtSites, read } from './sites';

// The sub-path build lives entirely under /hoc-so/: no file it serves points at the site root.
// (The browser tests then crawl it, served at another address and port, and use it for real.)

const [, subPath] = builtSites();

/** Every root-absolute URL a file refers to: attributes, CSS url(), JSON and JS string values. */
function rootPaths(file: string, text: string): string[] {
  const found: string[] = [];
  const add = (value: string | undefined) => value && /^\/(?!\/)/.test(value) && found.push(value);
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/\s(?:href|src|action|path|sw|scope|manifest|lesson-url|base)="([^"]*)"/g))
      add(m[1]);
    for (const m of text.matchAll(/content="\d+;\s*url=([^"]*)"/g)) add(m[1]);
  }
  if (file.endsWith('.css')) for (const m of text.matchAll(/url\(["']?([^"')]*)/g)) add(m[1]);
  if (/\.(json|webmanifest|js)$/.test(file))
    for (const m of text.matchAll(/"(\/[a-z_][^"\s]*)"/gi)) add(m[1]);
  return found;
}

test('the sub-path build refers to nothing outside /hoc-so/', () => {
  const { dist, base } = subPath!;
  expect(base).toBe('/hoc-so/');
  const checked = builtFiles(dist).filter(
    (file) => /\.(html|css|json|webmanifest|js)$/.test(file) && !file.startsWith('pagefind/'),
  );
  expect(checked).toEqual(expect.arrayContaining(['vi/sw.js', 'vi/offline.json', 'vi/manifest.webmanifest']));
  const outside = checked.flatMap((file) =>
    rootPaths(file, read(dist, file))
      .filter((path) => !path.startsWith(base))
      .map((path) => `${file}: ${path}`),
  );
  expect(outside).toEqual([]);
});

test('its service workers, offline list and manifests name only /hoc-so/ addresses', () => {
  const { dist, base } = subPath!;
  for (const lang of ['vi', 'en']) {
    const sw = read(dist, `${lang}/sw.js`);
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    expect(precached.length).toBeGreaterThan(20);
    for (const url of precached) expect(url.startsWith(base), url).toBe(true);
    expect(sw).toContain(`${base}${lang}/offline/index.html`);
    const index = JSON.parse(read(dist, `${lang}/offline.json`)) as OfflineIndex;
    expect(index.topics.length).toBeGreaterThan(0);
    for (const { manifest } of index.topics) {
      expect(manifest.startsWith(`${base}${lang}/offline/`), manifest).toBe(true);
      const topic = JSON.parse(read(dist, manifest.slice(base.length))) as TopicManifest;
      for (const lesson of topic.lessons) {
        expect(lesson.url.startsWith(`${base}${lang}/lessons/`)).toBe(true);
        for (const file of lesson.files) expect(file.url.startsWith(base), file.url).toBe(true);
      }
    }
    expect(sw).toContain(`importScripts("${base}offline-visits.js")`);
    const manifest = JSON.parse(read(dist, `${lang}/manifest.webmanifest`)) as {
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect(manifest.start_url).toBe(`${base}${lang}/`);
    expect(manifest.scope).toBe(`${base}${lang}/`);
    for (const icon of manifest.icons) expect(icon.src.startsWith(`${base}icons/`)).toBe(true);
  }
});
