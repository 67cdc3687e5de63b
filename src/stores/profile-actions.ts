import { createProfile, deleteProfile, renameProfile, resetProfile, switchProfile } from '../lib/profiles';
import { newId, update } from './progress';

// Profile actions live apart from the progress store so only the progress page downloads them.
export const addProfile = (name: string) => update((s) => createProfile(s, newId(), name, new Date()));
export const renameLearner = (id: string, name: string) => update((s) => renameProfile(s, id, name));
export const switchLearner = (id: string) => update((s) => switchProfile(s, id));
export const removeProfile = (id: string) => update((s) => deleteProfile(s, id));
export const resetLearner = (id: string) => update((s) => resetProfile(s, id));
