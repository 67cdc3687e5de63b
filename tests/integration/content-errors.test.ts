import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../harness/build-env';

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
    code: '1',
    duration: '10',
    level: 'beginner',
    objectives: '\n  - Thử',
    keyTerms: '\n  - term: OTP\n    meaning: Mã dùng một lần',
    // A source the fact sheets give no link for is written without one.
    sources: '\n  - title: Nguồn (not linked)\n    date: 2026-01-01',
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

// The same quiz of every type the component tests render (its body is MDX as authors write it).
const quizOfEveryType = readFileSync(join(root, 'tests/fixtures/quiz/EveryType.astro'), 'utf8').replace(
  /^---[\s\S]*?---\n/,
  '',
);

/** A lesson pair with the given quiz in both languages. */
function withQuiz(quiz: string, enQuiz = quiz): Record<string, string> {
  return { 'content/lessons/vi/a.mdx': lesson() + quiz, 'content/lessons/en/a.mdx': lesson() + enQuiz };
}

function buildWith(files: Record<string, string>): { code: number | null; output: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hoc-so-content-'));
  made.push(dir);
  for (const name of ['src', 'public']) cpSync(join(root, name), join(dir, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, name), join(dir, name));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content/tracks'), { recursive: true });
  cpSync(join(root, 'content/facts'), join(dir, 'content/facts'), { recursive: true });
  cpSync(join(root, 'content/retired-lesson-codes.json'), join(dir, 'content/retired-lesson-codes.json'));
  for (const name of ['vneid.json', 'vneid.svg'])
    cpSync(join(root, 'content/tracks', name), join(dir, 'content/tracks', name));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // Its own content cache: the shared node_modules/.astro holds the real lessons' store, which
    // another test file's build may be writing at the same moment.
    env: { ...buildEnv(), NO_COLOR: '1', FORCE_COLOR: '0', HOCSO_CACHE_DIR: join(dir, '.astro-cache') },
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}

// Each build takes seconds, so these prove the build wiring end to end; the rules themselves are
// unit-tested (tests/unit/quiz-components.test.ts, quiz-validation.test.ts, curriculum.test.ts).
describe('invalid lesson content fails the build, naming the file and field', () => {
  it('builds valid content with a quiz of every type (control), a ">" in a prompt included', () => {
    expect(quizOfEveryType).toContain('prompt="Vào Cài đặt > Bảo mật?"');
    const result = buildWith(withQuiz(quizOfEveryType));
    expect(result.code, result.output).toBe(0);
    // No content/trainers folder: the site ships an empty registry (issue #22).
    expect(readFileSync(join(result.dir, 'dist/trainers.json'), 'utf8')).toBe('[]\n');
  });

  it('the help box links to the lesson on getting help, once that lesson exists', () => {
    const withBox = `${lesson()}\n<GetHelp />\n`;
    const alone = buildWith({ 'content/lessons/vi/a.mdx': withBox, 'content/lessons/en/a.mdx': withBox });
    expect(alone.code, alone.output).toBe(0);
    const page = (dir: string) => readFileSync(join(dir, 'dist/vi/lessons/a/index.html'), 'utf8');
    expect(page(alone.dir)).toContain('class="get-help"');
    expect(page(alone.dir)).not.toContain('/vi/lessons/getting-help-safely/');

    const full = lesson({ order: '2', code: '2' });
    const both = buildWith({
      'content/lessons/vi/a.mdx': withBox,
      'content/lessons/en/a.mdx': withBox,
      'content/lessons/vi/getting-help-safely.mdx': full,
      'content/lessons/en/getting-help-safely.mdx': full,
    });
    expect(both.code, both.output).toBe(0);
    expect(page(both.dir)).toContain('href="/vi/lessons/getting-help-safely/"');
  });

  it("a topic's colour without contrast and a missing icon, each naming the track's file and field", () => {
    const result = buildWith({
      ...withQuiz(quizOfEveryType),
      'content/tracks/banking.json': JSON.stringify({
        order: 2,
        title: { vi: 'Ngân hàng', en: 'Banking' },
        summary: { vi: 'Thử.', en: 'A test.' },
        accent: { light: '#7cb8ff', dark: '#0b5cad' },
        icon: 'banking.svg',
      }),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /content\/tracks\/banking\.json: accent\.light #7cb8ff has contrast [\d.]+:1 on #ffffff/,
    );
    expect(result.output).toMatch(/content\/tracks\/banking\.json: accent\.dark #0b5cad has contrast/);
    expect(result.output).toContain('content/tracks/banking.svg: missing');
  });

  it('a review pool that breaks its rules, each problem naming the file (issue #21)', () => {
    const question = (id: string, technique = 'urgency') =>
      `<Question id="${id}" technique="${technique}" prompt="Người lạ gọi, bảo chuyển tiền ngay. Bạn làm gì?">\n` +
      `  <Option correct explanation="Đúng: cúp máy rồi hỏi người nhà.">Cúp máy</Option>\n` +
      `  <Option explanation="Sai: kẻ gian muốn bạn vội.">Chuyển ngay</Option>\n</Question>\n\n`;
    const front = (techniques = '[urgency]') => `---\nlesson: a\ntechniques: ${techniques}\n---\n\n`;
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    const broken = buildWith({
      ...withQuiz(quizOfEveryType),
      'content/reviews/vi/a.mdx':
        front('[urgency, secrecy]') + question('r1') + question('r2', 'otp-request'),
      'content/reviews/en/a.mdx': front() + ids.map((id) => question(id)).join(''),
    });
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain('content/reviews/vi/a.mdx: has 2 <Question>s; a pool needs at least 6');
    expect(broken.output).toContain(
      'content/reviews/vi/a.mdx → <Question id="r2"> → technique: "otp-request" is not in the file\'s techniques',
    );
    expect(broken.output).toContain(
      'content/reviews/vi/a.mdx → techniques: "secrecy" is listed but no question trains it',
    );
    // A mistake inside a question is the lesson quiz's own check (quiz-model.ts), located the same way.
  });

  it('a trainer key that is no public key, naming the file and field (issue #22)', () => {
    const key = (publicKey: string) =>
      JSON.stringify({
        name: 'Lê Thị Mai',
        team: 'Tổ công nghệ số cộng đồng',
        commune: 'Xã Phú Hòa',
        algorithm: 'Ed25519',
        publicKey,
        validFrom: '2026-01-01',
        validUntil: '2026-12-31',
      });
    const result = buildWith({
      ...withQuiz(quizOfEveryType),
      // 32 bytes that are a valid Ed25519 point encoding, then 31 bytes, which no key is.
      'content/trainers/ag-mai.json': key('11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo'),
      'content/trainers/ag-bay.json': key('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'content/trainers/ag-bay.json: publicKey: 31 bytes, where an Ed25519 public key has 32',
    );
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

  it('lessons that do not fit together: every problem listed at once', () => {
    const result = buildWith({
      ...withQuiz(quizOfEveryType, quizOfEveryType.replace('id="flags"', 'id="red-flags"')),
      // Missing in English, and in a track that does not exist
      'content/lessons/vi/b.mdx': lesson({ track: 'banking' }),
      // Same order as a.mdx in the same track
      'content/lessons/vi/c.mdx': lesson(),
      'content/lessons/en/c.mdx': lesson(),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/lessons/en/b.mdx: missing');
    expect(result.output).toContain('content/lessons/vi/b.mdx → track: "banking" is not a track');
    expect(result.output).toMatch(
      /content\/lessons\/(vi|en)\/c\.mdx → order: 1 is already used in track "vneid"/,
    );
    expect(result.output).toMatch(
      /content\/lessons\/(vi|en)\/[bc]\.mdx → code: 1 is already the code of "a"/,
    );
    expect(result.output).toMatch(
      /content\/lessons\/en\/a\.mdx → quiz: question ids differ from content\/lessons\/vi\/a\.mdx/,
    );
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

  it('a quiz the quality gate rejects, naming the file and the question, and the report', () => {
    const twoOptions = quizOfEveryType.replace(/\s*<Option explanation="Vì không cần hỏi ai[^\n]*/, '');
    const result = buildWith(withQuiz(twoOptions));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Quiz quality (1 lessons, the order every language shows):');
    expect(result.output).toMatch(
      /content\/lessons\/(vi|en)\/a\.mdx → <Question id="one">: has 2 options; a single-choice question needs at least 3/,
    );
  });

  it('a mistake inside a quiz, with a hint (an unknown <Message kind> once crashed the build naming no file)', () => {
    const result = buildWith(
      withQuiz(quizOfEveryType.replace('<Message kind="chat"', '<Message kind="email"')),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /content\/lessons\/(vi|en)\/a\.mdx → <Question id="flags"> <Message>: kind must be one of sms, chat, call, payment \(got "email"\)/,
    );
    expect(result.output).toContain('<Message kind="sms" from=');
    expect(result.output).not.toMatch(/TypeError|Cannot read properties/);
  });
});
