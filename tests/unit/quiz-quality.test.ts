import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutQuizzes, rightPositions, type QuizLayout } from '../../src/lib/build/quiz-layout';
import {
  findQuizQualityProblems,
  newWords,
  quizQualityReport,
  type QuizLesson,
} from '../../src/lib/build/quiz-quality';
import { readQuizSource, type SourceQuestion } from '../../src/lib/build/quiz-source';

// Fixtures are real MDX quizzes, each breaking one rule (tests/fixtures/quiz-quality/).
const fixture = (name: string, locale = 'vi', slug = name): QuizLesson => ({
  file: `content/lessons/${locale}/${slug}.mdx`,
  slug,
  locale,
  questions: readQuizSource(readFileSync(`tests/fixtures/quiz-quality/${name}.mdx`, 'utf8')),
});

/** The gate as the build runs it: layout from the reference language, then every rule. */
function gate(lessons: QuizLesson[]): { problems: string[]; layout: QuizLayout } {
  const layout = layoutQuizzes(lessons.filter((lesson) => lesson.locale === 'vi'));
  return { problems: findQuizQualityProblems(lessons, layout, 'vi'), layout };
}

/** A single-choice question written with its right answer at `right` of `n` options. */
function single(id: string, n: number, right: number): SourceQuestion {
  return {
    id,
    type: 'single',
    prompt: id,
    draft: {
      type: 'single',
      options: Array.from({ length: n }, (_, i) => ({
        text: `o${i}`,
        correct: i === right,
        explanation: '',
      })),
      items: [],
      parts: [],
      messages: 0,
    },
  };
}

describe('reading a quiz from MDX source', () => {
  it('reads options, right flags, answers, items, parts and explanations as written', () => {
    const [install, signs, police, steps] = fixture('good').questions;
    expect(install?.draft?.options.map((o) => [o.text, o.correct])).toEqual([
      ['A link a caller sends', false],
      ["The phone's official app store", true],
      ["A friend's phone, by Bluetooth", false],
    ]);
    expect(signs?.draft?.options.filter((o) => o.correct)).toHaveLength(2);
    expect(police?.draft).toMatchObject({ type: 'true-false', answer: true });
    expect(steps?.draft?.items.map((i) => i.text)).toEqual([
      'Open the app',
      'Ask for a code',
      'Type the code',
    ]);
    const flags = fixture('restated').questions[2]!;
    expect(flags.draft?.parts.map((p) => [p.text, p.flag])).toEqual([
      ['is locked', true],
      ['Thank you', false],
    ]);
    expect(flags.draft?.messageText).toBe('Bank Your account is locked . Thank you .');
  });
});

describe('the display order of options', () => {
  it('balances where right answers land, whatever the authors did', () => {
    // 30 questions, every one with its right answer written in the middle of three.
    const lessons = [0, 1, 2].map((l) => ({
      slug: `lesson-${l}`,
      questions: Array.from({ length: 10 }, (_, q) => single(`q${q}`, 3, 1)),
    }));
    const layout = layoutQuizzes(lessons);
    const landed = [0, 0, 0];
    for (const lesson of lessons)
      for (const q of lesson.questions) {
        const [p] = rightPositions(
          q.draft!.options.map((o) => o.correct),
          layout.get(lesson.slug)?.get(q.id),
        );
        landed[p!]!++;
      }
    expect(landed).toEqual([10, 10, 10]);
  });

  it('is the same on every build, and a reordering of the options as written', () => {
    const lessons = [{ slug: 'a', questions: [single('x', 4, 0), single('y', 3, 2)] }];
    const first = layoutQuizzes(lessons);
    expect(layoutQuizzes(lessons)).toEqual(first);
    expect([...first.get('a')!.get('x')!].sort()).toEqual([0, 1, 2, 3]);
  });

  it('keeps wrong options in their written order around the right one', () => {
    const order = layoutQuizzes([{ slug: 'a', questions: [single('x', 4, 0)] }])
      .get('a')!
      .get('x')!;
    expect(order.filter((i) => i !== 0)).toEqual([1, 2, 3]);
  });

  it('spreads the right options of multiple-choice questions instead of listing them first', () => {
    const multiple = (id: string): SourceQuestion => ({
      ...single(id, 4, 0),
      type: 'multiple',
      draft: {
        ...single(id, 4, 0).draft!,
        type: 'multiple',
        options: [true, true, false, false].map((correct, i) => ({
          text: `o${i}`,
          correct,
          explanation: '',
        })),
      },
    });
    const lessons = [{ slug: 'a', questions: ['m1', 'm2', 'm3', 'm4'].map(multiple) }];
    const layout = layoutQuizzes(lessons);
    const landed = [0, 0, 0, 0];
    for (const q of lessons[0]!.questions)
      for (const p of rightPositions(
        q.draft!.options.map((o) => o.correct),
        layout.get('a')?.get(q.id),
      ))
        landed[p]!++;
    expect(landed).toEqual([2, 2, 2, 2]);
  });
});

describe('the quiz quality gate', () => {
  it('passes a quiz that keeps every rule, in both languages', () => {
    expect(gate([fixture('good'), fixture('good', 'en')]).problems).toEqual([]);
  });

  it('fails a single-choice question with fewer than 3 options, naming the file and question', () => {
    const { problems } = gate([fixture('two-options'), fixture('good')]);
    expect(problems).toContain(
      'content/lessons/vi/two-options.mdx → <Question id="q1">: has 2 options; a single-choice question needs at least 3, each a mistake people really make',
    );
  });

  it('fails when one position holds more than 40% of the right single-choice answers', () => {
    const { problems } = gate([fixture('two-options')]);
    expect(problems.find((p) => p.startsWith('quiz layout:'))).toMatch(
      /^quiz layout: 2 of 3 right single-choice answers \(67%\) show at [AB], over 40%; give these questions more options: content\/lessons\/vi\/two-options\.mdx → <Question id="q\d">/,
    );
  });

  it('fails a lesson whose quiz uses fewer than 3 question types', () => {
    const { problems } = gate([fixture('two-types'), fixture('good')]);
    expect(problems).toContain(
      'content/lessons/vi/two-types.mdx → <Quiz>: uses 2 question types (single, true-false); use at least 3 of single, multiple, true-false, order, red-flags',
    );
  });

  it('fails explanations that only restate what they explain, for options, statements and parts', () => {
    const { problems } = gate([fixture('restated')]);
    expect(problems).toEqual([
      `content/lessons/vi/restated.mdx → <Question id="where-install">: the explanation only restates option 1 ("A link a caller sends") (2 new words); say why, in at least 5 words it doesn't already use`,
      `content/lessons/vi/restated.mdx → <Question id="police-phone">: the explanation only restates the statement (3 new words); say why, in at least 5 words it doesn't already use`,
      `content/lessons/vi/restated.mdx → <Question id="flags">: the explanation only restates part 1 ("is locked") (2 new words); say why, in at least 5 words it doesn't already use`,
    ]);
    expect(newWords('Not from a link a caller sends.', 'A link a caller sends')).toEqual(['not', 'from']);
  });

  it('fails a site whose true/false statements are mostly false, listing which to turn around', () => {
    const { problems } = gate([fixture('all-false'), fixture('good')]);
    expect(problems).toEqual([
      'true/false balance: 1 of 4 statements are true (25%); keep it within 35–65% by turning some of these around: content/lessons/vi/all-false.mdx → <Question id="f1">; content/lessons/vi/all-false.mdx → <Question id="f2">; content/lessons/vi/all-false.mdx → <Question id="f3">',
    ]);
  });

  it('fails a language that would show the right answer somewhere else', () => {
    const { problems } = gate([fixture('good'), fixture('good-en-reordered', 'en', 'good')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/lessons\/en\/good\.mdx → <Question id="where-install">: shows 3 options, right: [ABC] but content\/lessons\/vi\/good\.mdx shows 3 options, right: [ABC]; write the options in the same order/,
    );
  });

  it('prints where right answers land and each lesson’s mix of question types', () => {
    const lessons = [fixture('good'), fixture('all-false'), fixture('good', 'en')];
    const report = quizQualityReport(lessons, layoutQuizzes(lessons.slice(0, 2)), 'vi');
    expect(report).toContain('Quiz quality (2 lessons, the order every language shows):');
    expect(report).toMatch(
      /right single-choice answers by position: A 1 \(50%\), B 1 \(50%\)|[ABC] \d \(\d+%\)/,
    );
    expect(report).toContain('true/false: 1 of 4 true (25%; 35–65%)');
    expect(report).toMatch(/ {2}all-false +5 +3 +1 +0 +3 \(0 true\) +1 +0/);
    expect(report).toMatch(/ {2}good +4 +4 +1 +1 +1 \(1 true\) +1 +0/);
  });
});
