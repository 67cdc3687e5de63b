import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  findIconProblems,
  findTopicLookProblems,
  iconShapes,
  topicColoursCss,
  type TopicLook,
} from '../../src/lib/build/topic-identity';

const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 3h18"/></svg>';
const look = (fields: Partial<TopicLook> = {}): TopicLook => ({
  file: 'content/tracks/t.json',
  id: 't',
  accent: { light: '#0b5cad', dark: '#8cc4ff' },
  icon: { file: 'content/tracks/t.svg', svg: icon },
  ...fields,
});

describe('contrastRatio', () => {
  it('matches WCAG for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('findTopicLookProblems', () => {
  it('accepts a colour with contrast in both themes and a plain icon', () => {
    expect(findTopicLookProblems([look()])).toEqual([]);
  });

  it('names the file, the field, the ratio and the background of a colour without contrast', () => {
    const problems = findTopicLookProblems([look({ accent: { light: '#7cb8ff', dark: '#0b5cad' } })]);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/tracks\/t\.json: accent\.light #7cb8ff has contrast 2\.\d\d:1 on #ffffff/,
      ),
    );
    expect(problems).toContainEqual(expect.stringMatching(/accent\.dark #0b5cad has contrast .* on #121417/));
  });

  it("the site's own topics pass, and every track file names an icon that exists", () => {
    const files = readdirSync('content/tracks').filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    const looks = files.map((name): TopicLook => {
      const data = JSON.parse(readFileSync(`content/tracks/${name}`, 'utf8')) as {
        accent: TopicLook['accent'];
        icon: string;
      };
      return {
        file: `content/tracks/${name}`,
        id: name.replace(/\.json$/, ''),
        accent: data.accent,
        icon: {
          file: `content/tracks/${data.icon}`,
          svg: readFileSync(`content/tracks/${data.icon}`, 'utf8'),
        },
      };
    });
    expect(findTopicLookProblems(looks)).toEqual([]);
  });
});

describe('findIconProblems', () => {
  it.each([
    ['a missing file', undefined, /t\.svg: missing/],
    ['another grid', icon.replace('0 0 24 24', '0 0 32 32'), /viewBox="0 0 24 24"/],
    ['a colour of its own', icon.replace('<path ', '<path fill="#f00" '), /<path> has fill=/],
    ['a style', icon.replace('<path ', '<path style="stroke:red" '), /<path> has style=/],
    ['text', icon.replace('</svg>', '<text>HS</text></svg>'), /<text> is not allowed/],
    ['a picture', icon.replace('</svg>', '<image href="x.png"/></svg>'), /<image> is not allowed/],
    ['a script', icon.replace('</svg>', '<script>alert(1)</script></svg>'), /<script> is not allowed/],
    ['an event handler', icon.replace('<path ', '<path onclick="x()" '), /onclick=/],
    ['not an SVG', '<div></div>', /must start with <svg>/],
  ])('fails %s, naming the file', (_, svg, message) => {
    const problems = findIconProblems('content/tracks/t.svg', svg);
    expect(problems.join('\n')).toMatch(message);
    for (const problem of problems) expect(problem).toMatch(/^content\/tracks\/t\.svg: /);
  });
});

describe('the sprite and the colours', () => {
  it('keeps the shapes inside <svg>', () => {
    expect(iconShapes(icon)).toBe('<path d="M3 3h18"/>');
  });

  it('gives each topic its light colour, and its dark one in the dark scheme', () => {
    const css = topicColoursCss([{ id: 'vneid', accent: { light: '#b3261e', dark: '#ff8a80' } }]);
    expect(css).toBe(
      '[data-topic="vneid"]{--topic:#b3261e}@media (prefers-color-scheme:dark){[data-topic="vneid"]{--topic:#ff8a80}}',
    );
  });
});
