import { PRACTICE_RUNS_MAX, type LessonRecord, type Lessons, type PracticeRun } from '../schemas/progress';
import { newLesson } from './progress';
import { firstAndLatest } from './progress-limits';

/** Finished simulation runs, by the same rule as quiz attempts: the first run and the latest. */
export function capPracticeRuns(runs: readonly PracticeRun[]): PracticeRun[] {
  return firstAndLatest(runs, PRACTICE_RUNS_MAX);
}

/**
 * Adds a simulation run played to its debrief (issue #21) to the lesson's practice, in time order;
 * the same run twice counts once. Apart from lib/progress.ts so that only practice pages carry it,
 * not every lesson page (whose scripts are held to 20 KB).
 */
export function recordPracticeRun(lessons: Lessons, slug: string, run: PracticeRun): Lessons {
  const lesson = lessons[slug] ?? newLesson(run.at);
  if (lesson.practice.some((r) => r.id === run.id)) return lessons;
  const updated: LessonRecord = {
    ...lesson,
    firstVisited: lesson.firstVisited < run.at ? lesson.firstVisited : run.at,
    practice: capPracticeRuns([...lesson.practice, run]),
  };
  return { ...lessons, [slug]: updated };
}
