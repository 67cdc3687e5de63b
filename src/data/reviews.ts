import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { LessonContentError } from '../lib/build/content-error';
import { lessonSourceFile } from '../lib/build/page-context';
import { readQuizSource } from '../lib/build/quiz-source';
import { findReviewPoolProblems } from '../lib/build/review-pools';
import { findLesson, getLessons, splitLessonId } from './curriculum';

/**
 * Review pools (issue #21): `content/reviews/<locale>/<slug>.mdx` holds lesson `<slug>`'s questions
 * for "Ôn lại 2 phút", on the page `/<locale>/lessons/<slug>/review/`. Every lesson of the scam
 * topic has one in every language, since scam warnings are the ones that fade.
 */
export type ReviewEntry = CollectionEntry<'reviews'>;

/** The topic whose lessons come back as reviews. */
export const REVIEWED_TRACK = 'scams';

const reviewSourceFile = (entry: ReviewEntry) => entry.filePath ?? `content/reviews/${entry.id}.mdx`;

/** One pool question as the review page hands it to its element: its id and technique. */
export interface ReviewPoolQuestion {
  id: string;
  technique: string;
}

let checked: Promise<Map<string, ReviewEntry>> | undefined;

/** Every pool by `<locale>/<slug>`, once checked (lib/build/review-pools.ts), all problems at once. */
function allPools(): Promise<Map<string, ReviewEntry>> {
  return (checked ??= (async () => {
    const entries = await getCollection('reviews');
    const lessons = (await Promise.all(locales.map((locale) => getLessons(locale)))).flat();
    const problems = findReviewPoolProblems(
      entries.map((entry) => {
        const file = reviewSourceFile(entry);
        return {
          file,
          ...splitLessonId(entry.id),
          lesson: entry.data.lesson,
          techniques: entry.data.techniques,
          questions: readQuizSource(entry.body ?? ''),
          text: readFileSync(file, 'utf8'),
        };
      }),
      lessons.map((lesson) => ({
        id: lesson.id,
        file: lessonSourceFile(lesson),
        track: lesson.data.track,
        quizIds: new Set(readQuizSource(lesson.body ?? '').map((q) => q.id)),
      })),
      locales,
      defaultLocale,
      REVIEWED_TRACK,
    );
    if (problems.length > 0) throw new LessonContentError('reviews', problems);
    return new Map(entries.map((entry) => [entry.id, entry]));
  })());
}

/** The slugs of the lessons that have a review pool (the same in every language). */
export async function reviewedLessons(): Promise<string[]> {
  return [...(await allPools()).values()]
    .map((entry) => splitLessonId(entry.id))
    .filter(({ locale }) => locale === defaultLocale)
    .map(({ slug }) => slug)
    .sort();
}

export async function reviewPaths() {
  return [...(await allPools()).values()].map((pool) => {
    const { locale, slug } = splitLessonId(pool.id);
    return { params: { lang: locale, slug }, props: { pool } };
  });
}

/** A pool's questions with their techniques, in the order written, and its MDX to render. */
export async function reviewPool(pool: ReviewEntry) {
  const { locale, slug } = splitLessonId(pool.id);
  const questions: ReviewPoolQuestion[] = readQuizSource(pool.body ?? '').map(({ id, technique }) => ({
    id,
    technique: technique ?? '',
  }));
  return {
    locale: locale as Locale,
    slug,
    sourceFile: reviewSourceFile(pool),
    questions,
    lesson: (await findLesson(locale as Locale, slug))!,
    Content: (await render(pool)).Content,
  };
}
