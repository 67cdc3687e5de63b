import type { LessonRecord, Lessons } from '../schemas/progress';
import { stepId } from './lesson-steps';

/**
 * What the pages that list lessons show of a learner's progress: each lesson's status, the count
 * completed, where to continue, how many steps are ticked. Apart from lib/progress.ts, which every
 * lesson page loads to record progress, so lesson pages don't carry what only lists need.
 */
export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

export function lessonStatus(lesson: LessonRecord | undefined): LessonStatus {
  if (!lesson) return 'not-started';
  return lesson.completed ? 'completed' : 'in-progress';
}

/** How many of the given lessons are completed (lessons the site no longer has are not counted). */
export function countCompleted(lessons: Lessons, slugs: readonly string[]): number {
  return slugs.filter((slug) => lessonStatus(lessons[slug]) === 'completed').length;
}

/**
 * Practice over the given lessons (a topic's lessons that have a simulation, issue #21): how many
 * the learner has played to a debrief, and of those how many ended safe the latest time, no trap
 * having caught them (as their slip says).
 */
export function countPractice(
  lessons: Lessons,
  slugs: readonly string[],
): { practised: number; lastSafe: number } {
  const latest = slugs.flatMap((slug) => lessons[slug]?.practice.at(-1) ?? []);
  return { practised: latest.length, lastSafe: latest.filter((run) => run.traps.length === 0).length };
}

/** When the learner last did something in a lesson. */
export function lastActivity(lesson: LessonRecord): string {
  return lesson.attempts.reduce((latest, a) => (a.at > latest ? a.at : latest), lesson.firstVisited);
}

/**
 * Where to continue: the unfinished lesson touched most recently; else the first lesson not yet
 * started (in course order); undefined when everything is done.
 */
export function continueLesson(lessons: Lessons, courseOrder: readonly string[]): string | undefined {
  const started = courseOrder
    .filter((slug) => lessonStatus(lessons[slug]) === 'in-progress')
    .sort((a, b) => lastActivity(lessons[b]!).localeCompare(lastActivity(lessons[a]!)));
  return started[0] ?? courseOrder.find((slug) => lessonStatus(lessons[slug]) === 'not-started');
}

export interface StepsDone {
  /** Ticked steps among the lesson's `total` (ids of steps the lesson no longer has don't count). */
  done: number;
  total: number;
  /** The first step not yet ticked, where the learner picks up; undefined when all are done. */
  next: string | undefined;
}

export function stepsDone(stepsChecked: readonly string[], total: number): StepsDone {
  const ids = Array.from({ length: total }, (_, i) => stepId(i + 1));
  const ticked = new Set(stepsChecked);
  return {
    done: ids.filter((id) => ticked.has(id)).length,
    total,
    next: ids.find((id) => !ticked.has(id)),
  };
}

/** Where the learner picks up: the lesson, its steps ticked, and the link's anchor. */
export interface PickUpPoint<Lesson> {
  lesson: Lesson;
  steps: StepsDone;
  /** "" to open the lesson at its top; else its first unticked step, or the quiz once all are ticked. */
  anchor: string;
}

/** The lesson to continue in course order (continueLesson), with its steps and where to open it. */
export function pickUpPoint<Lesson extends { slug: string; steps: number }>(
  lessons: Lessons,
  course: readonly Lesson[],
): PickUpPoint<Lesson> | undefined {
  const slug = continueLesson(
    lessons,
    course.map((lesson) => lesson.slug),
  );
  const lesson = course.find((entry) => entry.slug === slug);
  if (!lesson) return undefined;
  const steps = stepsDone(lessons[lesson.slug]?.stepsChecked ?? [], lesson.steps);
  return { lesson, steps, anchor: steps.done === 0 ? '' : `#${steps.next ?? 'quiz'}` };
}
