import { noteWorkshop } from '../lib/profiles';
import type { Workshop } from '../schemas/workshop';
import { changeProgress } from './progress-state';

// Apart from the progress store so only the join page downloads it.
/** Notes in the current learner's profile that they joined this workshop, now. */
export function joinWorkshop(workshop: Omit<Workshop, 'joined'>, at = new Date()): Workshop {
  const joined = { ...workshop, joined: at.toISOString() };
  changeProgress((state) => noteWorkshop(state, joined));
  return joined;
}
