// Draws the app icons (public/icons/*.png) from public/icons/icon.svg with Chromium. Run by hand
// (`npm run icons`) when the icon changes; the PNGs are committed, so builds don't need a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../../tests/harness/chromium.mjs';

const dir = join(import.meta.dirname, '..', '..', 'public', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
// A maskable icon is cropped to a circle by some launchers: full-bleed colour, mark in the middle 80%.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="#0b5cad"/><g transform="translate(76.8 76.8) scale(0.7)">${svg.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</g></svg>`;

const browser = await chromium.launch({ executablePath: findChromium()?.executablePath });
const page = await browser.newPage();
for (const [name, size, source] of [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['maskable-512.png', 512, maskable],
  ['apple-touch-icon.png', 180, maskable],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
  );
  await page.screenshot({ path: join(dir, name), omitBackground: true });
  console.log(`public/icons/${name}`);
}
await browser.close();
