import { readFileSync } from 'node:fs';
import { findTopicLookProblems, iconShapes, type TopicLook } from '../lib/build/topic-identity';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { findLessonSourceProblems, findSourceProblems } from '../lib/build/content-rules';
import { readFactSheetUrls } from '../lib/build/fact-sheets';
import { findCurriculumProblems, lessonsDueForReview } from '../lib/build/curriculum';
import { layoutQuizzes, type OptionOrder, type QuizLayout } from '../lib/build/quiz-layout';
import { findQuizQualityProblems, quizQualityReport, type QuizLesson } from '../lib/build/quiz-quality';
import { readQuizSource } from '../lib/build/quiz-source';
import { findQuizOutlineProblems, outlineOf } from '../lib/build/quiz-validation';
import { useTranslations } from '../i18n';
import { retiredLessonCodesSchema } from '../schemas/lesson';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { lessonSourceFile, localeParam, setPageContext, type PageView } from '../lib/build/page-context';
import { lessonUrl } from '../lib/urls';
import { countSteps } from '../lib/build/step-count';
import type { CourseLesson } from '../lib/course-catalog';

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

const RETIRED_CODES_FILE = 'content/retired-lesson-codes.json';

/** The codes of retired lessons, checked like any content file. */
function readRetiredCodes() {
  const parsed = retiredLessonCodesSchema.safeParse(JSON.parse(readFileSync(RETIRED_CODES_FILE, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${RETIRED_CODES_FILE} → ${issues.join('; ')}`);
  }
  return parsed.data;
}

/**
 * The curriculum doesn't change during a build, yet every lesson page asks for its track two or
 * three times: sorting and filtering the whole curriculum each time cost about 2 ms a page at
 * 1,000 lessons per language (issue #18). So the build checks it, and works out each language's
 * lessons, tracks and catalog, once; `npm run dev` works them out afresh, as a lesson may have been
 * edited. Callers only read what they get.
 */
const worked = new Map<string, Promise<unknown>>();
function once<T>(key: string, workOut: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return workOut();
  let result = worked.get(key) as Promise<T> | undefined;
  if (!result) {
    result = workOut();
    worked.set(key, result);
  }
  return result;
}

/** The folder of the track files and their icons. */
const TRACKS_DIR = 'content/tracks';

/** A track's icon file as text, or undefined if it is missing. */
function readIcon(file: string): string | undefined {
  try {
    return readFileSync(`${TRACKS_DIR}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

const topicLook = (track: CollectionEntry<'tracks'>): TopicLook => ({
  file: `${TRACKS_DIR}/${track.id}.json`,
  id: track.id,
  accent: track.data.accent,
  icon: { file: `${TRACKS_DIR}/${track.data.icon}`, svg: readIcon(track.data.icon) },
});

/** Each topic's icon shapes and colours, in home-page order, for the sprite and the topic styles. */
export function getTopicLooks(): Promise<
  { id: string; accent: { light: string; dark: string }; shapes: string }[]
> {
  return once('topic-looks', async () => {
    await checkCurriculum();
    return (await getCollection('tracks'))
      .sort((a, b) => a.data.order - b.data.order)
      .map((track) => ({
        id: track.id,
        accent: track.data.accent,
        shapes: iconShapes(readIcon(track.data.icon) ?? ''),
      }));
  });
}

/** "Today" for the review dates: HOCSO_TODAY=YYYY-MM-DD pins it (tests), else the clock. */
const today = () => (process.env.HOCSO_TODAY ? new Date(process.env.HOCSO_TODAY) : new Date());

/**
 * Fails the build, listing every problem with its file and field, if lessons don't fit together;
 * prints the quiz-quality report and the lessons due for a fact check. Resolves to the quiz layout
 * (where each choice question's options show), decided once for the whole site.
 */
function checkCurriculum(): Promise<QuizLayout> {
  // `npm run dev` checks again on every page, so a fixed lesson stops failing without a restart.
  return once('checked', async () => {
    const [lessons, tracks] = await Promise.all([getCollection('lessons'), getCollection('tracks')]);
    const quizzes: QuizLesson[] = lessons.map((entry) => ({
      file: lessonSourceFile(entry),
      ...splitLessonId(entry.id),
      questions: readQuizSource(entry.body ?? ''),
    }));
    const layout = layoutQuizzes(quizzes.filter((quiz) => quiz.locale === defaultLocale));
    const problems = findCurriculumProblems(
      lessons.map((entry) => ({
        file: lessonSourceFile(entry),
        ...splitLessonId(entry.id),
        track: entry.data.track,
        order: entry.data.order,
        code: entry.data.code,
      })),
      tracks.map((track) => track.id),
      locales,
      readRetiredCodes(),
    );
    problems.push(
      ...findQuizOutlineProblems(
        quizzes.map(({ questions, ...lesson }) => ({
          ...lesson,
          outline: outlineOf(questions),
        })),
        defaultLocale,
      ),
      ...findQuizQualityProblems(quizzes, layout, defaultLocale),
    );
    // Each topic's colour and icon (issue #19).
    problems.push(...findTopicLookProblems(tracks.map(topicLook)));
    // The fact sheet's rules, on what learners read: the file as written, front matter included;
    // and every source links an article the fact sheets name.
    const sheetUrls = readFactSheetUrls();
    for (const entry of lessons) {
      const file = lessonSourceFile(entry);
      problems.push(
        ...findLessonSourceProblems(file, readFileSync(file, 'utf8')),
        ...findSourceProblems(file, entry.data.sources, sheetUrls),
      );
    }
    console.info(quizQualityReport(quizzes, layout, defaultLocale));
    const due = lessonsDueForReview(
      lessons.map((entry) => ({ file: lessonSourceFile(entry), reviewBy: entry.data.reviewBy })),
      today(),
    );
    if (due.length > 0) console.info(`Facts due for a check (reviewBy has passed):\n  ${due.join('\n  ')}`);
    if (problems.length > 0) {
      throw new Error(`Lesson content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    }
    return layout;
  });
}

/** Where the options of each choice question in lesson `slug` show (every language alike). */
export async function quizOptionOrder(slug: string): Promise<ReadonlyMap<string, OptionOrder>> {
  return (await checkCurriculum()).get(slug) ?? new Map();
}

export function getLessons(locale: Locale): Promise<LessonEntry[]> {
  return once(`lessons:${locale}`, async () => {
    await checkCurriculum();
    return (await getCollection('lessons', (entry) => splitLessonId(entry.id).locale === locale)).sort(
      (a, b) => a.data.order - b.data.order,
    );
  });
}

/** One lesson in one language, or undefined if it isn't written (yet) in that language. */
export async function findLesson(locale: Locale, slug: string): Promise<LessonEntry | undefined> {
  const bySlug = await once(
    `lessons-by-slug:${locale}`,
    async () => new Map((await getLessons(locale)).map((lesson) => [splitLessonId(lesson.id).slug, lesson])),
  );
  return bySlug.get(slug);
}

/** Tracks in home-page order, each with its lessons in the given language. */
export function getTracks(locale: Locale): Promise<TrackWithLessons[]> {
  return once(`tracks:${locale}`, async () => {
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
  });
}

export async function getTrack(locale: Locale, id: string): Promise<TrackWithLessons | undefined> {
  return (await getTracks(locale)).find((track) => track.id === id);
}

/** The static paths of a page that exists once per language. */
export function localePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/**
 * Every lesson in course order (tracks, then lessons), as the progress views need them; also served
 * whole as /{lang}/catalog.json.
 */
export function getCatalog(locale: Locale): Promise<CourseLesson[]> {
  return once(`catalog:${locale}`, async () =>
    (await getTracks(locale)).flatMap((track) =>
      track.lessons.map((lesson) => {
        const slug = splitLessonId(lesson.id).slug;
        return {
          slug,
          code: lesson.data.code,
          title: lesson.data.title,
          track: track.title,
          trackId: track.id,
          url: lessonUrl(locale, slug),
          // "Continue" says how many of the lesson's steps are ticked.
          steps: countSteps(lesson.body ?? ''),
        };
      }),
    ),
  );
}

/** The static paths of a page that exists once per topic and language, given its topic. */
export async function trackPaths() {
  const paths = [];
  for (const lang of locales)
    for (const track of await getTracks(lang))
      paths.push({ params: { lang, track: track.id }, props: { track } });
  return paths;
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
