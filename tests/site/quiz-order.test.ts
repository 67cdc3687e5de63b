import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFragment, selectAll, renderNodes } from '../../src/lib/build/html';
import { layoutQuizzes, positionLetter } from '../../src/lib/build/quiz-layout';
import { QUIZ_RULES } from '../../src/lib/build/quiz-quality';
import { readQuizSource } from '../../src/lib/build/quiz-source';
import { builtSites, read } from './sites';

// What learners and trainers see of the quiz layout, read from the built pages: options show in
// the order the build decided (and the quality gate checked), the same in both languages, and the
// printed answer key names the letters the page shows.

const [main] = builtSites();
const { dist } = main!;
const slugs = readdirSync(join(dist, 'vi/lessons')).filter((slug) =>
  readdirSync(join(dist, 'vi/lessons', slug)).includes('index.html'),
);

interface ShownQuestion {
  id: string;
  type: string;
  /** Option values (the written ids a, b, …) in the order the page shows them. */
  values: string[];
  /** Letters of the right options as shown. */
  right: string[];
}

/** Every choice question on a built page, as a learner sees it. */
function shownQuestions(html: string): ShownQuestion[] {
  const { document } = parseFragment(html);
  return selectAll(document, 'quiz-choice').map((question) => {
    const options = selectAll(question, '.quiz-option');
    return {
      id: question.attributes['question-id']!,
      type: question.attributes['type']!,
      values: options.map((option) => selectAll(option, 'input')[0]!.attributes['value']!),
      right: options.flatMap((option, p) => ('data-correct' in option.attributes ? [positionLetter(p)] : [])),
    };
  });
}

/** The letters the printed answer key gives, per choice question with letters. */
function keyLetters(html: string): string[][] {
  const { document } = parseFragment(html);
  return selectAll(document, '.answer-list > li')
    .map((entry) =>
      selectAll(entry, '.answer-marks strong').flatMap((mark) => {
        const letter = /^✓ ([A-Z])\. /.exec(renderNodes(mark.children))?.[1];
        return letter ? [letter] : [];
      }),
    )
    .filter((letters) => letters.length > 0);
}

const page = (lang: string, slug: string, view = '') =>
  read(dist, `${lang}/lessons/${slug}/${view ? `${view}/` : ''}index.html`);

describe('the quiz layout as built', () => {
  test('the build has lessons with choice questions', () => {
    expect(slugs.length).toBeGreaterThan(10);
    expect(slugs.flatMap((slug) => shownQuestions(page('vi', slug))).length).toBeGreaterThan(30);
  });

  test.each(slugs)(
    '%s: vi and en, lesson, projector and printed guide show the same options in the same places',
    (slug) => {
      const shown = (html: string) =>
        shownQuestions(html).map(({ id, values, right }) => ({ id, values, right }));
      const vi = shown(page('vi', slug));
      for (const lang of ['vi', 'en'])
        for (const view of ['', 'present', 'print'])
          expect(shown(page(lang, slug, view)), `${lang} ${view}`).toEqual(vi);
    },
  );

  test.each(slugs)("%s: the printed guide's answer key names the letters the lesson shows", (slug) => {
    for (const lang of ['vi', 'en']) {
      const shown = shownQuestions(page(lang, slug))
        .filter((q) => q.type !== 'true-false')
        .map((q) => q.right);
      // The key is the print page's alone (issue #19: the lesson page shows answers as checked).
      expect(keyLetters(page(lang, slug))).toEqual([]);
      expect(keyLetters(page(lang, slug, 'print'))).toEqual(shown);
    }
  });

  test('pages show the order the quality gate checked: the layout read from the lessons’ source', () => {
    const sources = slugs.map((slug) => ({
      slug,
      questions: readQuizSource(readFileSync(`content/lessons/vi/${slug}.mdx`, 'utf8')),
    }));
    const layout = layoutQuizzes(sources);
    for (const slug of slugs) {
      for (const question of shownQuestions(page('vi', slug)).filter((q) => q.type !== 'true-false')) {
        const order = layout.get(slug)?.get(question.id);
        expect(question.values, `${slug} ${question.id}`).toEqual(
          order?.map((i) => String.fromCharCode(97 + i)),
        );
      }
    }
  });

  test('no position holds more than 40% of the right single-choice answers learners see', () => {
    const landed = new Map<string, number>();
    const singles = slugs.flatMap((slug) =>
      shownQuestions(page('vi', slug)).filter((q) => q.type === 'single'),
    );
    for (const { right } of singles) landed.set(right[0]!, (landed.get(right[0]!) ?? 0) + 1);
    for (const [letter, count] of landed)
      expect(count / singles.length, `right answers at ${letter}`).toBeLessThanOrEqual(
        QUIZ_RULES.maxPositionShare,
      );
  });
});
