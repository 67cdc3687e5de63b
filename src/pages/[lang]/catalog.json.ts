import type { APIRoute } from 'astro';
import { getTracks, localePaths, splitLessonId } from '../../data/curriculum';
import { localeParam } from '../../lib/build/page-context';
import { countSteps } from '../../lib/build/step-count';
import { lessonUrl } from '../../lib/urls';
import type { CourseLesson } from '../../lib/course-catalog';

/**
 * Every lesson of a language in course order, for the progress page's parts (overview, slip, export):
 * fetched when that page runs rather than written into it three times, so the page stays small
 * however many lessons there are (issue #18). The service worker keeps it once fetched.
 */
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params.lang);
  const lessons: CourseLesson[] = (await getTracks(locale)).flatMap((track) =>
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
  );
  return new Response(JSON.stringify(lessons), { headers: { 'Content-Type': 'application/json' } });
};
