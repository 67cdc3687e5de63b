import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Builds a copy of the site with fixture content, the way an author's mistake would reach `npm run build`.
const root = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function lesson(fields: Record<string, string> = {}): string {
  const front: Record<string, string> = {
    title: 'Bài thử',
    summary: 'Một bài để thử.',
    track: 'vneid',
    order: '1',
    duration: '10',
    level: 'beginner',
    objectives: '\n  - Thử',
    keyTerms: '\n  - term: OTP\n    meaning: Mã dùng một lần',
    sources: '\n  - title: Nguồn\n    url: https://example.com/\n    date: 2026-01-01',
    updated: '2026-11-29',
    trainerNotes:
      '\n  workshopMinutes: 30\n  devices: [Điện thoại]\n  materials: [Giấy]\n  activities:\n    - title: Mở đầu\n      minutes: 5\n      description: Chào hỏi.',
    ...fields,
  };
  const yaml = Object.entries(front)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\nNội dung bài.\n`;
}

function buildWith(files: Record<string, string>): { code: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hoc-so-content-'));
  made.push(dir);
  for (const name of ['src', 'public']) cpSync(join(root, name), join(dir, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, name), join(dir, name));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content/tracks'), { recursive: true });
  cpSync(join(root, 'content/tracks/vneid.json'), join(dir, 'content/tracks/vneid.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('invalid lesson content fails the build, naming the file and field', () => {
  it('builds valid fixture content (control)', () => {
    const result = buildWith({
      'content/lessons/vi/a.mdx': lesson(),
      'content/lessons/en/a.mdx': lesson({ title: 'Test lesson' }),
    });
    expect(result.code, result.output).toBe(0);
  });

  it('a front-matter schema error', () => {
    const result = buildWith({
      'content/lessons/vi/a.mdx': lesson({ duration: 'twenty' }),
      'content/lessons/en/a.mdx': lesson(),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/content\/lessons\/vi\/a\.mdx/);
    expect(result.output).toMatch(/duration/);
  });

  it('a lesson missing in one language', () => {
    const result = buildWith({ 'content/lessons/vi/a.mdx': lesson() });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/lessons/en/a.mdx: missing');
  });

  it('a track that does not exist', () => {
    const result = buildWith({
      'content/lessons/vi/a.mdx': lesson({ track: 'banking' }),
      'content/lessons/en/a.mdx': lesson({ track: 'banking' }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/lessons/vi/a.mdx → track: "banking" is not a track');
  });

  it('a duplicate order in a track', () => {
    const result = buildWith({
      'content/lessons/vi/a.mdx': lesson(),
      'content/lessons/en/a.mdx': lesson(),
      'content/lessons/vi/b.mdx': lesson(),
      'content/lessons/en/b.mdx': lesson(),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /content\/lessons\/(vi|en)\/b\.mdx → order: 1 is already used in track "vneid"/,
    );
  });
});
