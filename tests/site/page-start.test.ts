import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPagesIn } from '../harness/built-pages';
import { pageScripts } from '../harness/page-scripts';
import { builtSites } from './sites';

// Every page runs lib/start/page-start.ts first (reading settings, notices, the header's name, the
// service worker). Most pages name it through BaseLayout's <PageStart>; lesson and practice pages
// import it from their own script instead (`startsInPageScript`), one file fewer to count.
describe.each(builtSites())('page start in the $name build', ({ dist, base }) => {
  const pages = builtPagesIn(dist).filter((page) => page.kind !== 'root');

  test('every page with a header loads the page start once', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      if (!html.includes('<profile-badge')) continue;
      // page-start.ts is the one module that loads the reading panel's code on demand.
      const starts = pageScripts(dist, base, html).filter((file) =>
        /import\(`\.\/reading-settings\.[\w-]+\.js`\)/.test(readFileSync(file, 'utf8')),
      );
      expect(starts, page.path).toHaveLength(1);
    }
  });

  test('lesson and practice pages name one script, which starts the page', () => {
    const counted = pages.filter((page) => page.kind === 'lesson' || page.kind === 'practice');
    expect(counted.length).toBeGreaterThan(0);
    for (const page of counted) {
      const html = readFileSync(page.file, 'utf8');
      expect([...html.matchAll(/<script[^>]+src=/g)], page.path).toHaveLength(1);
    }
  });
});
