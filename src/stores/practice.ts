import { newId } from '../lib/new-id';
import { recordPracticeRun } from '../lib/practice';
import type { PracticeOutcome } from '../lib/simulation-play';
import { changeLessons } from './progress-state';

/**
 * Records a simulation run played to its debrief: its outcome, as practice in the current
 * learner's lesson record. Apart from stores/progress.ts, which every lesson page loads.
 */
export function savePracticeRun(slug: string, outcome: PracticeOutcome): void {
  const run = { id: newId(), at: new Date().toISOString(), ...outcome };
  changeLessons((lessons) => recordPracticeRun(lessons, slug, run));
}
