import { REVIEW_POOL_MIN } from '../../schemas/review';
import { findLessonSourceProblems } from './content-rules';
import type { SourceQuestion } from './quiz-source';
import { duplicateIds, findQuizOutlineProblems, outlineOf } from './quiz-validation';

/**
 * The rules review pools keep (issue #21; files in content/reviews/, see schemas/review.ts), as a
 * pure function over what data/reviews.ts read, so every problem is listed at once, naming the file.
 * Build-time only.
 */
export interface PoolSource {
  file: string;
  locale: string;
  slug: string;
  /** The front matter's `lesson` and `techniques`. */
  lesson: string;
  techniques: readonly string[];
  questions: readonly SourceQuestion[];
  /** The file as written, for the fact sheet's rules. */
  text: string;
}

export interface ReviewedLessonSource {
  /** `vi/recognise-scams` */
  id: string;
  file: string;
  track: string;
  /** The ids of the lesson's own quiz questions. */
  quizIds: ReadonlySet<string>;
}

export function findReviewPoolProblems(
  pools: readonly PoolSource[],
  lessons: readonly ReviewedLessonSource[],
  locales: readonly string[],
  defaultLocale: string,
  reviewedTrack: string,
): string[] {
  const problems: string[] = [];
  const poolIds = new Set(pools.map((pool) => `${pool.locale}/${pool.slug}`));
  const lessonsById = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  for (const pool of pools) {
    const { file, locale, slug, questions } = pool;
    if (!locales.includes(locale)) {
      problems.push(`${file}: is in no language folder (content/reviews/<${locales.join('|')}>/)`);
      continue;
    }
    const lesson = lessonsById.get(`${locale}/${slug}`);
    if (!lesson)
      problems.push(
        `${file}: no lesson content/lessons/${locale}/${slug}.mdx to review; name the file after its lesson`,
      );
    if (pool.lesson !== slug)
      problems.push(`${file} → lesson: says "${pool.lesson}" but the file is named for "${slug}"`);
    if (questions.length < REVIEW_POOL_MIN)
      problems.push(
        `${file}: has ${questions.length} <Question>s; a pool needs at least ${REVIEW_POOL_MIN} (two reviews of three, none repeated)`,
      );
    for (const id of duplicateIds(questions.map((q) => q.id)))
      problems.push(`${file} → <Question id="${id}">: the id is used twice in this pool`);
    const named = new Set(pool.techniques);
    const list = [...named].join(', ');
    for (const question of questions) {
      const at = `${file} → <Question id="${question.id}">`;
      if (lesson?.quizIds.has(question.id))
        problems.push(`${at}: the lesson's quiz has this id too; a review question needs its own`);
      if (question.technique === undefined)
        problems.push(`${at} → technique: is required in a review pool (one of ${list})`);
      else if (!named.has(question.technique))
        problems.push(`${at} → technique: "${question.technique}" is not in the file's techniques (${list})`);
    }
    for (const technique of named)
      if (!questions.some((q) => q.technique === technique))
        problems.push(`${file} → techniques: "${technique}" is listed but no question trains it`);
    problems.push(...findLessonSourceProblems(file, pool.text));
    for (const other of locales)
      if (other !== locale && !poolIds.has(`${other}/${slug}`))
        problems.push(
          `${file}: has no ${other} version (content/reviews/${other}/${slug}.mdx); every language has the same reviews`,
        );
  }
  problems.push(
    ...findQuizOutlineProblems(
      pools.map(({ file, locale, slug, questions }) => ({
        file,
        locale,
        slug,
        outline: outlineOf(questions),
      })),
      defaultLocale,
    ),
  );
  for (const lesson of lessons)
    if (lesson.track === reviewedTrack && !poolIds.has(lesson.id))
      problems.push(
        `${lesson.file}: a ${reviewedTrack} lesson needs a review pool, content/reviews/${lesson.id}.mdx`,
      );
  return problems;
}
