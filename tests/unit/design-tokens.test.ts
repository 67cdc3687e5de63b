import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The look has one source: src/styles/tokens.css (issue #19, point 8). Elements and style sheets
 * read its --hs-* tokens with no fallbacks (custom properties reach into shadow roots, and every
 * page loads tokens.css, so a fallback is only a second value that can drift), use no --hs-* name
 * it doesn't define, and draw focus with the one shared ring. Nothing moves unless the reader
 * allows motion: a test, where a catch-all `prefers-reduced-motion` rule would cost every page
 * bytes. Each finding names file and line.
 */
const root = resolve(import.meta.dirname, '../..');
const TOKENS = 'src/styles/tokens.css';

/**
 * The rules that may name :focus, :focus-visible or :focus-within, by file and selector: the
 * shared ring itself, and the few that need their own, each with its reason.
 */
const FOCUS_RULES: Record<string, string> = {
  'src/styles/base.css :focus-visible': "the page's ring",
  'src/elements/shared.styles.ts :focus-visible': "focusRing, the shadow roots' copy of the page's ring",
  'src/styles/base.css .skip-link:focus': 'brings the skip link on screen; the ring is still the shared one',
  'src/styles/base.css main:focus':
    'main is focused only by the skip link (tabindex=-1): a ring round the whole page would be noise',
  'src/elements/file-drop.ts .file-label:focus-within':
    'the file input is invisible inside its label, so the label draws the ring (the same tokens)',
};

/** A piece of CSS and the line of its file where it starts. */
interface CssText {
  file: string;
  line: number;
  text: string;
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${dir}/${name.replaceAll('\\', '/')}`)
    .sort();
}

/** The CSS an element module holds: the text of each css`…` template, where it starts. */
function cssTemplates(file: string, source: string): CssText[] {
  return [...source.matchAll(/\bcss`([^`]*)`/g)].map((m) => ({
    file,
    line: source.slice(0, m.index + 4).split('\n').length,
    text: m[1]!,
  }));
}

const sheets: CssText[] = [
  ...filesUnder('src/styles', '.css').map((file) => ({
    file,
    line: 1,
    text: readFileSync(join(root, file), 'utf8'),
  })),
  ...filesUnder('src/elements', '.ts').flatMap((file) =>
    cssTemplates(file, readFileSync(join(root, file), 'utf8')),
  ),
];

/** Comments blanked to spaces, so line numbers and columns stay where they were. */
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));

/** Every match of a pattern in the sheets, as "file:line: what matched". */
function findings(pattern: RegExp, keep: (match: RegExpExecArray, sheet: CssText) => boolean = () => true) {
  return sheets.flatMap((sheet) => {
    const text = withoutComments(sheet.text);
    return [...text.matchAll(pattern)]
      .filter((m) => keep(m, sheet))
      .map((m) => {
        const start = m.index + m[0].length - m[0].trimStart().length;
        const line = sheet.line + text.slice(0, start).split('\n').length - 1;
        return `${sheet.file}:${line}: ${m[0].trim().replace(/\s+/g, ' ')}`;
      });
  });
}

const defined = new Set(
  [...withoutComments(readFileSync(join(root, TOKENS), 'utf8')).matchAll(/(--hs-[\w-]+)\s*:/g)].map(
    (m) => m[1]!,
  ),
);

/** --hs-* names an element documents as its own (`@cssproperty --hs-…` in its JSDoc). */
const elementLocal = new Set(
  filesUnder('src/elements', '.ts').flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/@cssproperty\s+(--hs-[\w-]+)/g)].map((m) => m[1]!),
  ),
);

describe('design tokens', () => {
  test('tokens.css defines the scales every element reads', () => {
    const scales = [
      ...['small', 'base', 'h3', 'h2', 'h1'].map((step) => `--hs-font-size-${step}`),
      ...['--hs-space-1', '--hs-space-2', '--hs-space-3', '--hs-space', '--hs-space-5'],
      '--hs-radius',
      ...['--hs-focus', '--hs-focus-width', '--hs-focus-offset'],
    ];
    expect(scales.filter((name) => !defined.has(name))).toEqual([]);
  });

  test('the scanner sees the elements and the style sheets', () => {
    expect(sheets.some((s) => s.file === 'src/elements/shared.styles.ts')).toBe(true);
    expect(sheets.some((s) => s.file === 'src/styles/base.css')).toBe(true);
  });

  test('no var(--hs-…) carries a fallback that could drift from tokens.css', () => {
    expect(findings(/var\(\s*--hs-[\w-]+\s*,[^;]*/g)).toEqual([]);
  });

  test('every --hs-* property used is defined in tokens.css (or documented as an element’s own)', () => {
    const used = findings(/var\(\s*(--hs-[\w-]+)/g, (m) => !defined.has(m[1]!) && !elementLocal.has(m[1]!));
    // A sheet may give a token another value (print, the projector), never invent one.
    const invented = findings(
      /(?<![\w-])(--hs-[\w-]+)\s*:/g,
      (m, sheet) => sheet.file !== TOKENS && !defined.has(m[1]!) && !elementLocal.has(m[1]!),
    );
    expect([...used, ...invented]).toEqual([]);
  });

  test('focus is drawn by the one shared ring; other :focus rules are listed with their reason', () => {
    const selectors = findings(/[^{};]*:focus(?:-visible|-within)?(?![\w-])[^{};]*(?=\{)/g);
    const unlisted = selectors.filter((finding) => {
      const [where, selector] = finding.split(/: (.*)/s) as [string, string];
      const file = where.replace(/:\d+$/, '');
      return selector
        .split(',')
        .map((s) => s.trim())
        .some((s) => /:focus/.test(s) && !(`${file} ${s}` in FOCUS_RULES));
    });
    expect(unlisted).toEqual([]);
  });

  test('the page and the shadow roots draw the same ring, from the focus tokens', () => {
    const ring =
      /:focus-visible\s*\{\s*outline: var\(--hs-focus-width\) solid var\(--hs-focus\);\s*outline-offset: var\(--hs-focus-offset\);\s*\}/;
    for (const file of ['src/styles/base.css', 'src/elements/shared.styles.ts'])
      expect(readFileSync(join(root, file), 'utf8'), file).toMatch(ring);
  });

  test('every element whose shadow root holds controls includes the ring', () => {
    const missing = filesUnder('src/elements', '.ts').filter((file) => {
      const source = readFileSync(join(root, file), 'utf8');
      const styles = source.indexOf('static override styles');
      return (
        styles >= 0 &&
        !/createRenderRoot/.test(source) &&
        /<(a|button|input|select|textarea)\b|tabindex/.test(source) &&
        !/\b(focusRing|controlStyles)\b/.test(source.slice(styles))
      );
    });
    expect(missing).toEqual([]);
  });

  test('nothing moves unless the reader allows motion', () => {
    // Inside @media (prefers-reduced-motion: no-preference) motion is fine; anywhere else it is not,
    // except an animation tied to scrolling (the lesson's reading line), which moves only as far as
    // the reader scrolls, like the scrollbar, with no motion of its own.
    const moving = findings(
      /(?:transition|animation)(?:-[a-z-]+)?\s*:[^;}]*|scroll-behavior\s*:\s*smooth|@keyframes\b/g,
      (m, sheet) =>
        !inMotionQuery(withoutComments(sheet.text), m.index) &&
        !inScrollTimeline(withoutComments(sheet.text), m.index) &&
        !inSupportsCondition(withoutComments(sheet.text), m.index),
    );
    const scripted = filesUnder('src', '.ts').flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /behavior:\s*'smooth'|\.animate\(/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect([...moving, ...scripted]).toEqual([]);
  });
});

/** Whether the position is in an `@supports (…)` condition, which asks about a property, not sets it. */
function inSupportsCondition(css: string, position: number): boolean {
  const start = Math.max(...['{', '}', ';'].map((c) => css.lastIndexOf(c, position - 1))) + 1;
  return css.slice(start, position).trim().startsWith('@supports');
}

/** Whether the position in a sheet lies inside `@supports (animation-timeline: scroll())`. */
function inScrollTimeline(css: string, position: number): boolean {
  return openPreludes(css, position).some((p) => /@supports\s*\(animation-timeline:\s*scroll\(\)\)/.test(p));
}

/** The preludes of the blocks open at a position in a sheet, outermost first. */
function openPreludes(css: string, position: number): string[] {
  const open: string[] = [];
  let prelude = 0;
  for (let i = 0; i < position; i++) {
    const c = css[i];
    if (c === '{') {
      open.push(css.slice(prelude, i));
      prelude = i + 1;
    } else if (c === '}') {
      open.pop();
      prelude = i + 1;
    } else if (c === ';') prelude = i + 1;
  }
  return open;
}

/** Whether the position in a sheet lies inside a `prefers-reduced-motion: no-preference` query. */
function inMotionQuery(css: string, position: number): boolean {
  return openPreludes(css, position).some((p) => /prefers-reduced-motion:\s*no-preference/.test(p));
}
