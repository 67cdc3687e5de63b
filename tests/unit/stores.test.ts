import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  $lessons,
  $progress,
  $unreadableProgress,
  discardUnreadableBackup,
  saveQuizAttempt,
  tickStep,
  visitLesson,
} from '../../src/stores/progress';
import { $profile } from '../../src/stores/profile';
import {
  addProfile,
  removeProfile,
  renameLearner,
  resetLearner,
  switchLearner,
} from '../../src/stores/profile-actions';
import { MAIN_PROFILE_ID } from '../../src/lib/current-learner';
import type { FirstAnswer } from '../../src/lib/quiz-attempt';
import type { StoredProgress } from '../../src/schemas/progress';

const PROGRESS_KEY = 'hoc-so:progress';
const UNREADABLE_KEY = 'hoc-so:progress:unreadable';

/** What the store wrote to storage, read back as the next page load would. */
const stored = (): StoredProgress => JSON.parse(getTestStorage()[PROGRESS_KEY] ?? 'null') as StoredProgress;

// The stores install the site's own engine when imported; the test engine replaces it before any
// store starts, so every read and write below goes to memory the test can see.
beforeAll(() => useTestStorageEngine());

let stopListening: Array<() => void> = [];
beforeEach(() => {
  // Listening is what a connected element does; it starts the stores and their storage events.
  stopListening = [$progress, $lessons, $profile, $unreadableProgress].map((store) => store.listen(() => {}));
});
afterEach(() => {
  cleanTestStorage();
  for (const stop of stopListening) stop();
});

describe('progress actions', () => {
  it('records the first visit to a lesson and keeps it', () => {
    visitLesson('install-vneid');
    const first = $lessons.get()['install-vneid']!.firstVisited;
    visitLesson('install-vneid');
    expect($lessons.get()['install-vneid']!.firstVisited).toBe(first);
    expect(stored().profiles[MAIN_PROFILE_ID]!.lessons['install-vneid']!.firstVisited).toBe(first);
  });

  it('saves a quiz attempt built from the first answers, and returns it', () => {
    const answers = new Map<string, FirstAnswer>([
      ['q1', { answer: ['a'], correct: true }],
      ['q2', { answer: ['c', 'b'], correct: false }],
    ]);
    const attempt = saveQuizAttempt('scan-to-pay', answers, 50);
    expect(attempt).toMatchObject({ correct: 1, total: 2, score: 50, passed: true });
    expect(attempt.answers).toEqual({ q1: ['a'], q2: ['c', 'b'] });
    const record = stored().profiles[MAIN_PROFILE_ID]!.lessons['scan-to-pay']!;
    expect(record.attempts).toEqual([attempt]);
    expect(record.bestScore).toBe(50);
    expect(record.completed).toBe(attempt.at);
  });

  it('gives every attempt its own id, so both are kept', () => {
    const answers = new Map<string, FirstAnswer>([['q1', { answer: ['a'], correct: false }]]);
    const first = saveQuizAttempt('scan-to-pay', answers, 80);
    const second = saveQuizAttempt('scan-to-pay', answers, 80);
    expect(first.id).not.toBe(second.id);
    expect($lessons.get()['scan-to-pay']!.attempts).toHaveLength(2);
  });

  it('ticks and unticks steps by their position in the lesson', () => {
    tickStep('recognise-scams', 3, true);
    tickStep('recognise-scams', 1, true);
    expect(stored().profiles[MAIN_PROFILE_ID]!.lessons['recognise-scams']!.stepsChecked).toEqual([
      'step-1',
      'step-3',
    ]);
    tickStep('recognise-scams', 3, false);
    expect($lessons.get()['recognise-scams']!.stepsChecked).toEqual(['step-1']);
  });

  it('keeps stored text it cannot read aside, once, and starts clean', () => {
    visitLesson('install-vneid');
    setTestStorageKey(PROGRESS_KEY, '{"format":"hoc-so-progress","version":99');
    expect($lessons.get()).toEqual({});
    expect($unreadableProgress.get()).toBe('{"format":"hoc-so-progress","version":99');
    expect(getTestStorage()[UNREADABLE_KEY]).toBe('{"format":"hoc-so-progress","version":99');

    // A second bad write must not replace the copy of the learner's real data.
    setTestStorageKey(PROGRESS_KEY, 'also broken');
    expect($unreadableProgress.get()).toBe('{"format":"hoc-so-progress","version":99');

    discardUnreadableBackup();
    expect($unreadableProgress.get()).toBeUndefined();
    expect(UNREADABLE_KEY in getTestStorage()).toBe(false);
  });

  it('follows a change made in another tab', () => {
    visitLesson('install-vneid');
    const other = structuredClone(stored());
    other.profiles[MAIN_PROFILE_ID]!.lessons = {};
    setTestStorageKey(PROGRESS_KEY, JSON.stringify(other));
    expect($lessons.get()).toEqual({});
  });
});

describe('profile actions', () => {
  it('adds a learner and makes them current, with progress of their own', () => {
    visitLesson('install-vneid');
    addProfile('  Bà Tư ');
    const added = $profile.get();
    expect(added.id).not.toBe(MAIN_PROFILE_ID);
    expect(added.name).toBe('Bà Tư');
    expect($lessons.get()).toEqual({});
    expect(stored().current).toBe(added.id);

    switchLearner(MAIN_PROFILE_ID);
    expect(Object.keys($lessons.get())).toEqual(['install-vneid']);
  });

  it('renames and clears a learner', () => {
    visitLesson('install-vneid');
    renameLearner(MAIN_PROFILE_ID, 'Lan');
    expect($profile.get().name).toBe('Lan');
    resetLearner(MAIN_PROFILE_ID);
    expect($lessons.get()).toEqual({});
    expect(stored().profiles[MAIN_PROFILE_ID]).toMatchObject({ name: 'Lan', lessons: {} });
  });

  it('deletes a learner but never the last one', () => {
    addProfile('Lan');
    const lan = $profile.get().id;
    removeProfile(lan);
    expect(Object.keys($progress.get().profiles)).toEqual([MAIN_PROFILE_ID]);
    expect($progress.get().current).toBe(MAIN_PROFILE_ID);

    removeProfile(MAIN_PROFILE_ID);
    expect(Object.keys(stored().profiles)).toEqual([MAIN_PROFILE_ID]);
  });
});
