import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageScripts } from '../harness/page-scripts';
import { DIST, builtPages, readBuilt } from './site';

// Weight bars from DEVELOPERS.md, measured on the built files as a phone would download them.
const LESSON_HTML_CSS_LIMIT = 14 * 1024;
const LESSON_JS_LIMIT = 20 * 1024;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((href) => href.startsWith('/') && !href.startsWith('/styles/noscript.css'))
    .map((href) => join(DIST, href));
}

/** Every JS file a page loads, and the gzip bytes of its inline scripts. */
function scripts(html: string): { files: string[]; inlineBytes: number } {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return {
    files: pageScripts(DIST, '/', html),
    inlineBytes: inline.reduce((sum, code) => sum + gzipSync(code).length, 0),
  };
}

const hasInteraction = (html: string) => /<[a-z]+-[a-z-]+[\s>]/.test(html);

for (const page of builtPages()) {
  test(`${page.path} stays within its weight budget`, () => {
    const html = readBuilt(page.file);
    const css = stylesheets(html);
    const js = scripts(html);
    const htmlCss = gz(page.file) + css.reduce((sum, f) => sum + gz(f), 0);
    const jsBytes = js.files.reduce((sum, f) => sum + gz(f), 0) + js.inlineBytes;
    test
      .info()
      .annotations.push({ type: 'weight', description: `HTML+CSS ${htmlCss} B gzip, JS ${jsBytes} B gzip` });
    console.log(
      `${page.path}: HTML+CSS ${(htmlCss / 1024).toFixed(1)} KB gzip, JS ${(jsBytes / 1024).toFixed(1)} KB gzip`,
    );

    if (page.kind === 'lesson') {
      expect(htmlCss, 'lesson HTML+CSS gzip').toBeLessThanOrEqual(LESSON_HTML_CSS_LIMIT);
      expect(jsBytes, 'lesson JS gzip').toBeLessThanOrEqual(LESSON_JS_LIMIT);
    }
    // The language chooser at / is interaction (it forwards by browser language); other pages
    // ship JS only if they contain an interactive element.
    if (page.kind !== 'root' && !hasInteraction(html)) {
      expect(js.files.length + js.inlineBytes, 'a page without interaction ships no JS').toBe(0);
    }
  });
}

test('no built file refers to another origin for fonts, scripts or styles', () => {
  for (const page of builtPages()) {
    const html = readBuilt(page.file);
    const loads = [
      ...html.matchAll(/<(?:script|link|img|iframe|source)[^>]+(?:src|href)="(https?:)?\/\/[^"]+"/g),
    ].map((m) => m[0]);
    const allowed = loads.filter(
      (tag) =>
        !/rel="(stylesheet|preload|modulepreload|icon|manifest)"|<script|<img|<iframe|<source/.test(tag),
    );
    expect(loads, page.path).toEqual(allowed);
  }
});
