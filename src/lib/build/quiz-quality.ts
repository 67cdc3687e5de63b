import { QUESTION_TYPES } from '../../schemas/quiz';
import { positionLetter, rightPositions, type QuizLayout } from './quiz-layout';
import type { SourceQuestion } from './quiz-source';

/**
 * The quiz quality gate: quizzes that test reading, not guessing. Run over every lesson's quiz in
 * the order pages show it (quiz-layout.ts), it fails the build naming the file and the question.
 * README › "Add a lesson" lists the rules for authors. Pure; build-time only.
 */
export const QUIZ_RULES = {
  /** No option position may hold more than this share of the site's right single-choice answers. */
  maxPositionShare: 0.4,
  /** The share of true statements among the site's true/false questions. */
  trueShare: { min: 0.35, max: 0.65 },
  /** Options per single- or multiple-choice question (true/false has its two). */
  minOptions: 3,
  /** Different question types per lesson quiz. */
  minTypes: 3,
  /** Words an explanation must add to what it explains, so it says why instead of repeating. */
  minNewWords: 5,
} as const;

export interface QuizLesson {
  /** Path from the project root, e.g. `content/lessons/vi/install-vneid.mdx`. */
  file: string;
  slug: string;
  locale: string;
  questions: readonly SourceQuestion[];
}

const at = (lesson: QuizLesson, id: string) => `${lesson.file} → <Question id="${id}">`;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** Lowercased words (runs of letters and digits); a Vietnamese syllable is one word. */
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Words of `explanation` that `explained` doesn't already contain. */
export function newWords(explanation: string, explained: string): string[] {
  const known = wordsOf(explained);
  return [...wordsOf(explanation)].filter((word) => !known.has(word));
}

const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;

/** Every explanation in a question, with the text it explains. */
function explanations(
  question: SourceQuestion,
): Array<{ what: string; explanation: string; explained: string }> {
  const draft = question.draft;
  if (!draft) return [];
  switch (draft.type) {
    case 'single':
    case 'multiple':
      return draft.options.map((option, i) => ({
        what: `option ${i + 1} (${quote(option.text)})`,
        explanation: option.explanation,
        explained: option.text,
      }));
    case 'true-false':
      return [{ what: 'the statement', explanation: draft.explanation ?? '', explained: question.prompt }];
    case 'order':
      return [
        {
          what: 'the steps',
          explanation: draft.explanation ?? '',
          explained: draft.items.map((item) => item.text).join(' '),
        },
      ];
    case 'red-flags':
      return draft.parts.map((part, i) => ({
        what: `part ${i + 1} (${quote(part.text)})`,
        explanation: part.explanation,
        explained: part.text,
      }));
  }
}

/** Rules about one lesson's quiz: options per question, types per quiz, explanations that teach. */
function lessonProblems(lesson: QuizLesson): string[] {
  const problems: string[] = [];
  for (const question of lesson.questions) {
    const draft = question.draft;
    if (!draft) continue;
    if (
      (draft.type === 'single' || draft.type === 'multiple') &&
      draft.options.length < QUIZ_RULES.minOptions
    ) {
      problems.push(
        `${at(lesson, question.id)}: has ${draft.options.length} options; a ${draft.type}-choice question needs at least ${QUIZ_RULES.minOptions}, each a mistake people really make`,
      );
    }
    for (const { what, explanation, explained } of explanations(question)) {
      if (!explanation.trim()) continue; // a missing explanation is the question's own error
      const added = newWords(explanation, explained);
      if (added.length < QUIZ_RULES.minNewWords) {
        problems.push(
          `${at(lesson, question.id)}: the explanation only restates ${what} (${added.length} new word${added.length === 1 ? '' : 's'}); say why, in at least ${QUIZ_RULES.minNewWords} words it doesn't already use`,
        );
      }
    }
  }
  const types = new Set(lesson.questions.map((question) => question.type));
  if (lesson.questions.length > 0 && types.size < QUIZ_RULES.minTypes) {
    problems.push(
      `${lesson.file} → <Quiz>: uses ${types.size} question type${types.size === 1 ? '' : 's'} (${[...types].join(', ')}); use at least ${QUIZ_RULES.minTypes} of ${QUESTION_TYPES.join(', ')}`,
    );
  }
  return problems;
}

/** Per question id, what a learner sees: how many options and where the right ones are. */
function shownAnswers(lesson: QuizLesson, layout: QuizLayout): Map<string, string> {
  const shown = new Map<string, string>();
  for (const question of lesson.questions) {
    const draft = question.draft;
    if (draft?.type === 'single' || draft?.type === 'multiple') {
      const order = layout.get(lesson.slug)?.get(question.id);
      const right = rightPositions(
        draft.options.map((option) => option.correct),
        order,
      );
      shown.set(
        question.id,
        `${draft.options.length} options, right: ${right.map(positionLetter).join(', ') || 'none'}`,
      );
    } else if (draft?.type === 'true-false') {
      shown.set(question.id, `answer ${String(draft.answer)}`);
    }
  }
  return shown;
}

export interface SiteQuizTally {
  /** Right single-choice answers per display position (0 = A). */
  singleByPosition: number[];
  /** Right multiple-choice options per display position. */
  multipleByPosition: number[];
  trueFalse: { true: number; total: number };
  /** The reference language's questions behind each count, as `file → <Question id>`. */
  singleAt: string[][];
  trueAt: string[];
  falseAt: string[];
}

/** What learners of the reference language see across the site, where right answers land. */
export function tallySite(lessons: readonly QuizLesson[], layout: QuizLayout): SiteQuizTally {
  const tally: SiteQuizTally = {
    singleByPosition: [],
    multipleByPosition: [],
    trueFalse: { true: 0, total: 0 },
    singleAt: [],
    trueAt: [],
    falseAt: [],
  };
  for (const lesson of lessons) {
    for (const question of lesson.questions) {
      const draft = question.draft;
      if (draft?.type === 'single' || draft?.type === 'multiple') {
        const order = layout.get(lesson.slug)?.get(question.id);
        for (const p of rightPositions(
          draft.options.map((option) => option.correct),
          order,
        )) {
          const counts = draft.type === 'single' ? tally.singleByPosition : tally.multipleByPosition;
          counts[p] = (counts[p] ?? 0) + 1;
          if (draft.type === 'single') (tally.singleAt[p] ??= []).push(at(lesson, question.id));
        }
      } else if (draft?.type === 'true-false' && draft.answer !== undefined) {
        tally.trueFalse.total++;
        if (draft.answer) tally.trueFalse.true++;
        (draft.answer ? tally.trueAt : tally.falseAt).push(at(lesson, question.id));
      }
    }
  }
  return tally;
}

/**
 * Every quiz-quality problem on the site. `lessons` are all languages; the site-wide shares are
 * counted in `referenceLocale`, which every other language must match question by question.
 */
export function findQuizQualityProblems(
  lessons: readonly QuizLesson[],
  layout: QuizLayout,
  referenceLocale: string,
): string[] {
  const problems = lessons.flatMap(lessonProblems);

  // Every language shows the same options in the same places, so "answer B" means one thing.
  const reference = new Map(
    lessons
      .filter((l) => l.locale === referenceLocale)
      .map((l) => [l.slug, { lesson: l, shown: shownAnswers(l, layout) }]),
  );
  for (const lesson of lessons) {
    const ref = reference.get(lesson.slug);
    if (lesson.locale === referenceLocale || !ref) continue;
    for (const [id, shown] of shownAnswers(lesson, layout)) {
      const expected = ref.shown.get(id);
      if (expected !== undefined && expected !== shown) {
        problems.push(
          `${at(lesson, id)}: shows ${shown} but ${ref.lesson.file} shows ${expected}; write the options in the same order, with the same right ones, in every language`,
        );
      }
    }
  }

  const site = tallySite(
    [...reference.values()].map(({ lesson }) => lesson),
    layout,
  );
  const singles = site.singleByPosition.reduce((sum, n) => sum + n, 0);
  // Over a handful of questions no layout can stay under 40% (2 questions: one is 50%), so the
  // limit is never below what three options per question allow.
  const mostAtOnePosition = Math.max(
    Math.floor(QUIZ_RULES.maxPositionShare * singles),
    Math.ceil(singles / QUIZ_RULES.minOptions),
  );
  site.singleByPosition.forEach((count, p) => {
    if (count > mostAtOnePosition) {
      problems.push(
        `quiz layout: ${count} of ${singles} right single-choice answers (${percent(count, singles)}%) show at ${positionLetter(p)}, over ${QUIZ_RULES.maxPositionShare * 100}%; give these questions more options: ${(site.singleAt[p] ?? []).join('; ')}`,
      );
    }
  });
  const { true: trueCount, total } = site.trueFalse;
  // Likewise an even split must always pass: one statement may be either, two must be one of each.
  const fewestTrue = Math.min(Math.ceil(QUIZ_RULES.trueShare.min * total), Math.floor(total / 2));
  const mostTrue = Math.max(Math.floor(QUIZ_RULES.trueShare.max * total), Math.ceil(total / 2));
  if (trueCount < fewestTrue || trueCount > mostTrue) {
    problems.push(
      `true/false balance: ${trueCount} of ${total} statements are true (${percent(trueCount, total)}%); keep it within ${QUIZ_RULES.trueShare.min * 100}–${QUIZ_RULES.trueShare.max * 100}% by turning some of these around: ${(trueCount < fewestTrue ? site.falseAt : site.trueAt).join('; ')}`,
    );
  }
  return problems;
}

/** The printed report: where right answers land across the site, and each lesson's mix. */
export function quizQualityReport(
  lessons: readonly QuizLesson[],
  layout: QuizLayout,
  referenceLocale: string,
): string {
  const shown = lessons.filter((lesson) => lesson.locale === referenceLocale);
  const site = tallySite(shown, layout);
  const shares = (counts: number[]) => {
    const total = counts.reduce((sum, n) => sum + n, 0);
    return counts.map((n, p) => `${positionLetter(p)} ${n} (${percent(n, total)}%)`).join(', ');
  };
  const lines = [
    `Quiz quality (${shown.length} lessons, the order every language shows):`,
    `  right single-choice answers by position: ${shares(site.singleByPosition)} (limit ${QUIZ_RULES.maxPositionShare * 100}% each)`,
    `  right multiple-choice options by position: ${shares(site.multipleByPosition)}`,
    `  true/false: ${site.trueFalse.true} of ${site.trueFalse.total} true (${percent(site.trueFalse.true, site.trueFalse.total)}%; ${QUIZ_RULES.trueShare.min * 100}–${QUIZ_RULES.trueShare.max * 100}%)`,
  ];
  const width = Math.max(...shown.map((lesson) => lesson.slug.length), 6);
  lines.push(`  ${'lesson'.padEnd(width)}  questions  types  ${QUESTION_TYPES.join('  ')}`);
  for (const lesson of [...shown].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const byType = QUESTION_TYPES.map((type) => {
      const ofType = lesson.questions.filter((question) => question.type === type);
      const count =
        type === 'true-false'
          ? `${ofType.length} (${ofType.filter((question) => question.draft?.answer === true).length} true)`
          : String(ofType.length);
      return count.padEnd(type.length);
    });
    lines.push(
      `  ${lesson.slug.padEnd(width)}  ${String(lesson.questions.length).padEnd(9)}  ${String(new Set(lesson.questions.map((question) => question.type)).size).padEnd(5)}  ${byType.join('  ')}`,
    );
  }
  return lines.map((line) => line.trimEnd()).join('\n');
}
