import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { findLessonSourceProblems } from '../lib/build/content-rules';
import { findCurriculumProblems } from '../lib/build/curriculum';
import { extractQuizOutline, findQuizOutlineProblems } from '../lib/build/quiz-validation';
import { useTranslations } from '../i18n';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { lessonSourceFile, localeParam, setPageContext, type PageView } from '../lib/build/page-context';
import { lessonUrl } from '../lib/urls';

export type LessonEntry = CollectionEntry<'lessons'>;

export interface TrackWithLessons {
  id: string;
  order: number;
  title: string;
  summary: string;
  lessons: LessonEntry[];
}

/** `vi/install-vneid` → { locale: 'vi', slug: 'install-vneid' } */
export function splitLessonId(id: string): { locale: string; slug: string } {
  const [locale = '', slug = ''] = id.split('/');
  return { locale, slug };
}

let checked: Promise<void> | undefined;

/** Fails the build, listing every problem with its file and field, if lessons don't fit together. */
function checkCurriculum(): Promise<void> {
  // `npm run dev` checks again on every page, so a fixed lesson stops failing without a restart.
  if (import.meta.env.DEV) checked = undefined;
  checked ??= (async () => {
    const [lessons, tracks] = await Promise.all([getCollection('lessons'), getCollection('tracks')]);
    const quizProblems = findQuizOutlineProblems(
      lessons.map((entry) => ({
        file: lessonSourceFile(entry),
        ...splitLessonId(entry.id),
        outline: extractQuizOutline(entry.body ?? ''),
      })),
      defaultLocale,
    );
    const problems = findCurriculumProblems(
      lessons.map((entry) => ({
        file: lessonSourceFile(entry),
        ...splitLessonId(entry.id),
        track: entry.data.track,
        order: entry.data.order,
      })),
      tracks.map((track) => track.id),
      locales,
    );
    problems.push(...quizProblems);
    // The fact sheet's rules, on what learners read: the file as written, front matter included.
    for (const entry of lessons) {
      const file = lessonSourceFile(entry);
      problems.push(...findLessonSourceProblems(file, readFileSync(file, 'utf8')));
    }
    if (problems.length > 0) {
      throw new Error(`Lesson content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    }
  })();
  return checked;
}

export async function getLessons(locale: Locale): Promise<LessonEntry[]> {
  await checkCurriculum();
  return (await getCollection('lessons', (entry) => splitLessonId(entry.id).locale === locale)).sort(
    (a, b) => a.data.order - b.data.order,
  );
}

/** Tracks in home-page order, each with its lessons in the given language. */
export async function getTracks(locale: Locale): Promise<TrackWithLessons[]> {
  const [tracks, lessons] = await Promise.all([getCollection('tracks'), getLessons(locale)]);
  return tracks
    .sort((a, b) => a.data.order - b.data.order)
    .map((track) => ({
      id: track.id,
      order: track.data.order,
      title: track.data.title[locale],
      summary: track.data.summary[locale],
      lessons: lessons.filter((lesson) => lesson.data.track === track.id),
    }));
}

export async function getTrack(locale: Locale, id: string): Promise<TrackWithLessons | undefined> {
  return (await getTracks(locale)).find((track) => track.id === id);
}

/** The static paths of a page that exists once per language. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export interface CatalogLesson {
  slug: string;
  title: string;
  track: string;
  url: string;
}

/** Every lesson in course order (tracks, then lessons), as the progress views need them. */
export async function getCatalog(locale: Locale): Promise<CatalogLesson[]> {
  return (await getTracks(locale)).flatMap((track) =>
    track.lessons.map((lesson) => {
      const slug = splitLessonId(lesson.id).slug;
      return { slug, title: lesson.data.title, track: track.title, url: lessonUrl(locale, slug) };
    }),
  );
}

/** The static paths of a page that exists once per lesson and language, with the lesson as a prop. */
export async function lessonPaths() {
  const paths = [];
  for (const lang of locales) {
    for (const lesson of await getLessons(lang)) {
      paths.push({ params: { lang, slug: splitLessonId(lesson.id).slug }, props: { lesson } });
    }
  }
  return paths;
}

/** The props every per-lesson page gets from `lessonPaths`. */
export interface LessonPageProps {
  lesson: LessonEntry;
}

/**
 * What every per-lesson page (lesson, projector, print) starts from: language, strings, MDX. It
 * tells the page's components which lesson and view they are in (src/lib/build/page-context.ts).
 */
export async function lessonPage(
  lesson: LessonEntry,
  astro: { params: Record<string, string | undefined>; locals: App.Locals },
  view: Extract<PageView, 'lesson' | 'present' | 'print'>,
) {
  const locale = localeParam(astro.params.lang);
  const { slug } = splitLessonId(lesson.id);
  setPageContext(astro, { locale, view, lesson: { slug, sourceFile: lessonSourceFile(lesson) } });
  return {
    locale,
    slug,
    t: useTranslations(locale),
    data: lesson.data,
    Content: (await render(lesson)).Content,
  };
}
