import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSteps } from '../../src/lib/build/step-count';

const lessons = join(import.meta.dirname, '../../content/lessons');

describe('countSteps', () => {
  it.each([
    ['no steps', 'Just words.', 0],
    ['one list', '<Steps>\n<Step title="A">x</Step>\n<Step title="B">y</Step>\n</Steps>', 2],
    ['attributes on the next line', '<Step\n  title="A"\n>x</Step>', 1],
    ['two lists', '<Steps><Step title="A">x</Step></Steps>\n\n<Steps><Step title="B">y</Step></Steps>', 2],
    ['the list wrapper alone', '<Steps></Steps>', 0],
  ])('counts %s', (_, mdx, expected) => {
    expect(countSteps(mdx)).toBe(expected);
  });

  it('finds the same number of steps in both languages of every lesson', () => {
    for (const file of readdirSync(join(lessons, 'vi'))) {
      const vi = countSteps(readFileSync(join(lessons, 'vi', file), 'utf8'));
      const en = countSteps(readFileSync(join(lessons, 'en', file), 'utf8'));
      expect(en, file).toBe(vi);
    }
  });
});
