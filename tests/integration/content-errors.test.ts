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

const quizOfEveryType = `
<Quiz>
  <Question id="one" prompt="Một đáp án?">
    <Option correct explanation="Vì đúng.">Có</Option>
    <Option explanation="Vì sai.">Không</Option>
  </Question>
  <Question id="many" type="multiple" prompt="Nhiều đáp án?">
    <Option correct explanation="Đúng.">A</Option>
    <Option correct explanation="Đúng.">B</Option>
    <Option explanation="Sai.">C</Option>
  </Question>
  <Question id="tf" type="true-false" prompt="Trời xanh." answer={true} explanation="Đúng vậy." />
  <Question id="steps" type="order" prompt="Xếp thứ tự." explanation="Một, hai, ba.">
    <Item>Một</Item>
    <Item>Hai</Item>
    <Item>Ba</Item>
  </Question>
  <Question id="flags" type="red-flags" prompt="Chạm phần đáng ngờ." explanation="Tin giả.">
    <Message from="Ngân hàng">
      Tài khoản <Part flag explanation="Dọa.">sẽ bị khóa</Part>. <Part explanation="Bình thường.">Xin cảm ơn</Part>.
    </Message>
  </Question>
</Quiz>
`;

/** A lesson pair with the given quiz in both languages. */
function withQuiz(quiz: string, enQuiz = quiz): Record<string, string> {
  return { 'content/lessons/vi/a.mdx': lesson() + quiz, 'content/lessons/en/a.mdx': lesson() + enQuiz };
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

  it('a claim the fact sheet rules out, with its line and reason', () => {
    const vi = `${lesson()}\nNộp hồ sơ ở UBND huyện.\n`;
    const line = vi.split('\n').indexOf('Nộp hồ sơ ở UBND huyện.') + 1;
    const result = buildWith({ 'content/lessons/vi/a.mdx': vi, 'content/lessons/en/a.mdx': lesson() });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `content/lessons/vi/a.mdx:${line} → "UBND huyện" goes against the fact sheet: districts no longer exist`,
    );
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

describe('invalid quizzes fail the build, naming the file and question id', () => {
  const failsWith = (files: Record<string, string>, expected: RegExp) => {
    const result = buildWith(files);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toMatch(expected);
  };
  const where = (id: string) => `content/lessons/(vi|en)/a\\.mdx → <Question id="${id}">`;

  it('builds a quiz with every question type (control)', () => {
    const result = buildWith(withQuiz(quizOfEveryType));
    expect(result.code, result.output).toBe(0);
  });

  it('single choice without exactly one right option', () => {
    failsWith(
      withQuiz(
        quizOfEveryType.replace(
          '<Option explanation="Vì sai.">Không',
          '<Option correct explanation="Vì sai.">Không',
        ),
      ),
      new RegExp(`${where('one')}: a single-choice question needs exactly one <Option correct>, found 2`),
    );
  });

  it('multiple choice without a right option', () => {
    failsWith(
      withQuiz(
        quizOfEveryType.replaceAll('<Option correct explanation="Đúng.">', '<Option explanation="Đúng.">'),
      ),
      new RegExp(`${where('many')}: a multiple-choice question needs at least one <Option correct>`),
    );
  });

  it('an order question with fewer than 3 steps', () => {
    failsWith(
      withQuiz(quizOfEveryType.replace('<Item>Ba</Item>', '')),
      new RegExp(`${where('steps')}: an order question needs at least 3 <Item>s, found 2`),
    );
  });

  it('a red-flags question without flags', () => {
    failsWith(
      withQuiz(quizOfEveryType.replace('<Part flag explanation', '<Part explanation')),
      new RegExp(`${where('flags')}: a red-flags question needs at least one <Part flag>`),
    );
  });

  it('a question without an explanation', () => {
    failsWith(
      withQuiz(quizOfEveryType.replace(' explanation="Đúng vậy."', '')),
      new RegExp(`${where('tf')}: explanation="…" is required on a true-false question`),
    );
  });

  it('an option without an explanation', () => {
    failsWith(
      withQuiz(quizOfEveryType.replace('<Option explanation="Vì sai.">', '<Option>')),
      new RegExp(`${where('one')}: option 2 \\("Không"\\) needs an explanation`),
    );
  });

  it('duplicate question ids in a lesson', () => {
    failsWith(
      withQuiz(quizOfEveryType.replace('id="steps"', 'id="one"')),
      new RegExp(`${where('one')}: the id is used twice in this quiz`),
    );
  });

  it('quiz ids that differ between languages', () => {
    failsWith(
      withQuiz(quizOfEveryType, quizOfEveryType.replace('id="flags"', 'id="red-flags"')),
      /content\/lessons\/en\/a\.mdx → quiz: question ids differ from content\/lessons\/vi\/a\.mdx/,
    );
  });
});
