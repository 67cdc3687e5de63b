import { type Profile, type StoredProgress } from '../schemas/progress';
import type { Workshop } from '../schemas/workshop';

/** Pure functions over the stored state: several learners' profiles sharing one browser. */

/** The profiles in the order they were made (the main one first), as a shared phone lists them. */
export function profilesInOrder(state: StoredProgress): { id: string; profile: Profile }[] {
  return Object.entries(state.profiles)
    .sort(([a, pa], [b, pb]) => pa.created.localeCompare(pb.created) || a.localeCompare(b))
    .map(([id, profile]) => ({ id, profile }));
}

/** Adds a profile, with its own learner id (new-id.ts), and makes it current. */
export function createProfile(
  state: StoredProgress,
  { id, learnerId }: { id: string; learnerId: string },
  name: string,
  at: Date,
): StoredProgress {
  if (state.profiles[id]) return state;
  const profile = { name: name.trim(), created: at.toISOString(), learnerId, lessons: {} };
  return { ...state, current: id, profiles: { ...state.profiles, [id]: profile } };
}

export function renameProfile(state: StoredProgress, id: string, name: string): StoredProgress {
  const profile = state.profiles[id];
  if (!profile) return state;
  return { ...state, profiles: { ...state.profiles, [id]: { ...profile, name: name.trim() } } };
}

export function switchProfile(state: StoredProgress, id: string): StoredProgress {
  return state.profiles[id] ? { ...state, current: id } : state;
}

/** Whether a profile may be deleted: it exists and is not the last one (someone is always learning). */
export function canDeleteProfile(state: StoredProgress, id: string): boolean {
  return id in state.profiles && Object.keys(state.profiles).length > 1;
}

/** Removes a profile unless `canDeleteProfile` says no. Switches to another if needed. */
export function deleteProfile(state: StoredProgress, id: string): StoredProgress {
  if (!canDeleteProfile(state, id)) return state;
  const profiles = Object.fromEntries(Object.entries(state.profiles).filter(([key]) => key !== id));
  const current = state.current === id ? Object.keys(profiles).sort()[0]! : state.current;
  return { ...state, current, profiles };
}

export function resetProfile(state: StoredProgress, id: string): StoredProgress {
  const profile = state.profiles[id];
  if (!profile) return state;
  return { ...state, profiles: { ...state.profiles, [id]: { ...profile, lessons: {} } } };
}

/** Notes the workshop the current learner has joined; it replaces the one noted before. */
export function noteWorkshop(state: StoredProgress, workshop: Workshop): StoredProgress {
  const profile = state.profiles[state.current];
  if (!profile) return state;
  return { ...state, profiles: { ...state.profiles, [state.current]: { ...profile, workshop } } };
}
