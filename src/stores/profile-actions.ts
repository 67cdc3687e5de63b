import { createProfile, deleteProfile, renameProfile, resetProfile, switchProfile } from '../lib/profiles';
import { newId, newLearnerId } from '../lib/new-id';
import { changeProgress } from './progress-state';

// Profile actions live apart from the progress store so only the progress page downloads them.
/** Adds a learner and makes them current. */
export const addProfile = (name: string) =>
  changeProgress((s) => createProfile(s, { id: newId(), learnerId: newLearnerId() }, name, new Date()));
export const renameLearner = (id: string, name: string) => changeProgress((s) => renameProfile(s, id, name));
export const switchLearner = (id: string) => changeProgress((s) => switchProfile(s, id));
/** Deletes a profile; does nothing for the last one (see `canDeleteProfile`). */
export const removeProfile = (id: string) => changeProgress((s) => deleteProfile(s, id));
export const resetLearner = (id: string) => changeProgress((s) => resetProfile(s, id));
