import { PROGRESS_FORMAT, PROGRESS_VERSION, type Lessons, type StoredProgress } from '../schemas/progress';

/**
 * The stored state as every page reads it: an empty store and the current learner's lessons.
 * Apart from profile management (profiles.ts) so lesson pages don't download that.
 */
export const MAIN_PROFILE_ID = 'main';
export function emptyStore(at: Date, learnerId: string): StoredProgress {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    current: MAIN_PROFILE_ID,
    profiles: { [MAIN_PROFILE_ID]: { name: '', created: at.toISOString(), learnerId, lessons: {} } },
  };
}

export function currentLessons(state: StoredProgress): Lessons {
  return state.profiles[state.current]?.lessons ?? {};
}

/** Applies a change to the current profile's lessons. */
export function updateCurrentLessons(
  state: StoredProgress,
  change: (lessons: Lessons) => Lessons,
): StoredProgress {
  const profile = state.profiles[state.current];
  if (!profile) return state;
  const lessons = change(profile.lessons);
  if (lessons === profile.lessons) return state;
  return { ...state, profiles: { ...state.profiles, [state.current]: { ...profile, lessons } } };
}
