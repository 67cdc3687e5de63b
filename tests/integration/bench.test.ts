import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonToMarkdown, missingImages } from '../../src/tooling/bench/markdown.mjs';
import { buildEnv } from '../harness/build-env';

// `npm run bench` (src/tooling/bench.mjs) on two lessons: it builds both sites, weighs them and
// writes figures that add up. The first run on a machine also installs Starlight into
// ~/.cache/hoc-so-bench/ (about half a minute); later runs reuse it, and its build when unchanged.
const root = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SIDES = ['ours', 'starlight'] as const;
const MEASURES = ['htmlCss', 'js', 'page'] as const;

interface Figures {
  htmlCss: number;
  js: number;
  page: number;
  jsBeforeInteraction: number;
  requests: number;
}

interface BenchReport {
  lang: string;
  lessons: {
    slug: string;
    ours: Figures;
    starlight: Figures;
    ratios: Record<(typeof MEASURES)[number], number | null>;
  }[];
  ratioWithinLimit: boolean;
  jsBeforeInteractionWithinLimit: boolean;
}

describe('the Starlight pages', () => {
  // The bench converts every lesson of its language; here both languages, in a moment.
  for (const lang of ['vi', 'en'] as const) {
    const folder = join(root, 'content/lessons', lang);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx')))
      it(`${lang}/${file} becomes plain Markdown with its pictures and without its quiz`, () => {
        const lesson = lessonToMarkdown(readFileSync(join(folder, file), 'utf8'), lang);
        expect(lesson.markdown).toMatch(/^---\ntitle: .+\ndescription: .+\n---\n/);
        expect(lesson.markdown).not.toMatch(/<\/?[A-Z]/);
        expect(missingImages(lesson, join(root, 'public'))).toEqual([]);
        for (const src of lesson.images) expect(lesson.markdown).toContain(`](${src})`);
      });
  }
});

describe('npm run bench', () => {
  it(
    'weighs a two-lesson sample against Starlight and writes the figures',
    { timeout: 600_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hoc-so-bench-test-'));
      made.push(dir);
      const json = join(dir, 'bench.json');
      const { stdout } = await promisify(execFile)(
        join(root, 'node_modules/.bin/node'),
        ['src/tooling/bench.mjs', '--sample', '2', '--json', json],
        { cwd: root, env: { ...buildEnv(), NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 },
      );
      expect(stdout).toMatch(/whole page ≤ 0\.5 × Starlight on all lessons: (yes|no)/);
      expect(stdout).toMatch(/JS before interaction ≤ 8 KB: (yes|no)/);
      expect(stdout).toContain('no quiz');

      const report = JSON.parse(readFileSync(json, 'utf8')) as BenchReport;
      expect(report.lang).toBe('vi');
      expect(report.lessons.map((lesson) => lesson.slug)).toEqual(['install-vneid', 'activate-vneid']);
      for (const lesson of report.lessons) {
        for (const side of SIDES) {
          const figures = lesson[side];
          for (const value of [...MEASURES.map((key) => figures[key]), figures.jsBeforeInteraction])
            expect(value, `${lesson.slug}, ${side}`).toBeGreaterThan(0);
          // The parts can't outweigh the whole.
          expect(figures.page).toBeGreaterThanOrEqual(figures.htmlCss + figures.js);
        }
        for (const key of MEASURES)
          expect(lesson.ratios[key], `${lesson.slug}, ${key}`).toBeCloseTo(
            lesson.ours[key] / lesson.starlight[key],
            10,
          );
      }
      expect(typeof report.ratioWithinLimit).toBe('boolean');
      expect(typeof report.jsBeforeInteractionWithinLimit).toBe('boolean');
    },
  );
});
