import { describe, expect, it } from 'vitest';
import {
  currentLessons,
  emptyStore,
  MAIN_PROFILE_ID,
  updateCurrentLessons,
} from '../../src/lib/current-learner';
import {
  canDeleteProfile,
  createProfile,
  deleteProfile,
  profilesInOrder,
  renameProfile,
  resetProfile,
  switchProfile,
} from '../../src/lib/profiles';
import { recordVisit } from '../../src/lib/progress';

const now = new Date('2026-11-29T10:00:00.000Z');
const MAIN_LID = '000000000001';
/** A profile id and a learner id made from it, so each profile's is its own. */
const ids = (id: string) => ({
  id,
  learnerId: id
    .padStart(12, '0')
    .slice(-12)
    .replace(/[^0-9a-f]/g, 'f'),
});

describe('profiles on a shared phone', () => {
  it('starts with one unnamed main profile', () => {
    const state = emptyStore(now, MAIN_LID);
    expect(state.current).toBe(MAIN_PROFILE_ID);
    expect(state.profiles[MAIN_PROFILE_ID]).toEqual({
      name: '',
      created: now.toISOString(),
      learnerId: MAIN_LID,
      lessons: {},
    });
  });

  it('keeps each profile’s progress separate', () => {
    let state = updateCurrentLessons(emptyStore(now, MAIN_LID), (l) => recordVisit(l, 'a', now));
    state = createProfile(state, ids('p2'), '  Bà Tư ', now);
    expect(state.current).toBe('p2');
    expect(state.profiles.p2!.name).toBe('Bà Tư');
    expect(currentLessons(state)).toEqual({});
    state = updateCurrentLessons(state, (l) => recordVisit(l, 'b', now));
    state = switchProfile(state, MAIN_PROFILE_ID);
    expect(Object.keys(currentLessons(state))).toEqual(['a']);
    expect(Object.keys(state.profiles.p2!.lessons)).toEqual(['b']);
  });

  it('renames, resets and deletes, never leaving no profile', () => {
    let state = createProfile(emptyStore(now, MAIN_LID), ids('p2'), 'Lan', now);
    state = updateCurrentLessons(state, (l) => recordVisit(l, 'a', now));
    state = renameProfile(state, 'p2', 'Lan (lớp 9)');
    expect(state.profiles.p2!.name).toBe('Lan (lớp 9)');
    state = resetProfile(state, 'p2');
    expect(state.profiles.p2!.lessons).toEqual({});
    state = deleteProfile(state, 'p2');
    expect(Object.keys(state.profiles)).toEqual([MAIN_PROFILE_ID]);
    expect(state.current).toBe(MAIN_PROFILE_ID);
    expect(deleteProfile(state, MAIN_PROFILE_ID)).toBe(state);
  });

  it('ignores unknown profile ids and duplicate creation', () => {
    const state = createProfile(emptyStore(now, MAIN_LID), ids('p2'), 'Lan', now);
    expect(switchProfile(state, 'nope')).toBe(state);
    expect(renameProfile(state, 'nope', 'x')).toBe(state);
    expect(createProfile(state, ids('p2'), 'Other', now)).toBe(state);
  });

  it('lets any profile be deleted except the last one, and no unknown one', () => {
    const one = emptyStore(now, MAIN_LID);
    expect(canDeleteProfile(one, MAIN_PROFILE_ID)).toBe(false);
    const two = createProfile(one, ids('p2'), 'Lan', now);
    expect(canDeleteProfile(two, MAIN_PROFILE_ID)).toBe(true);
    expect(canDeleteProfile(two, 'p2')).toBe(true);
    expect(canDeleteProfile(two, 'nope')).toBe(false);
    expect(deleteProfile(one, MAIN_PROFILE_ID)).toBe(one);
  });

  it('lists profiles in the order they were made, the main one first', () => {
    let state = createProfile(
      emptyStore(now, MAIN_LID),
      ids('zz'),
      'Tư',
      new Date('2026-11-29T11:00:00.000Z'),
    );
    state = createProfile(state, ids('aa'), 'Lan', new Date('2026-11-29T12:00:00.000Z'));
    state = createProfile(state, ids('bb'), 'Ba', new Date('2026-11-29T12:00:00.000Z'));
    expect(profilesInOrder(state).map(({ id }) => id)).toEqual([MAIN_PROFILE_ID, 'zz', 'aa', 'bb']);
    expect(profilesInOrder(state)[1]!.profile.name).toBe('Tư');
  });
});
