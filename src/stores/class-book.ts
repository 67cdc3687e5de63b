import { atom, readonlyType } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  changeClass,
  chooseClass,
  createClass,
  currentClass,
  decodeClassBook,
  emptyClassBook,
  importClassBook,
  removeClass,
  updateClassDetails,
  type ClassDetails,
} from '../lib/class-book';
import { newId } from '../lib/new-id';
import { newSessionId } from '../lib/session-id';
import type { ClassBook } from '../schemas/class-book';
import {
  addMember,
  removeMember,
  renameMember,
  type ClassMember,
  type ClassSheet,
  type SlipChange,
} from '../lib/class-sheet';
// Storage that survives blocked or full storage, installed before the store below.
import './safe-storage';

/**
 * The trainer's classes (format: schemas/class-book.ts), in their own key, apart from the
 * trainer's own learning progress. Every change goes through `changeClassBook` with a pure change
 * from lib/class-book.ts; a change that names itself can be undone (one step, this visit only).
 */
export const CLASS_BOOK_KEY = 'hoc-so:classes';
/** A stored class book this version can't read, kept instead of overwritten. */
export const UNREADABLE_CLASS_BOOK_KEY = 'hoc-so:classes:unreadable';

const $unreadable = persistentAtom<string | undefined>(UNREADABLE_CLASS_BOOK_KEY, undefined);

const $book = persistentAtom<ClassBook>(CLASS_BOOK_KEY, emptyClassBook(), {
  encode: JSON.stringify,
  decode(text) {
    const book = decodeClassBook(text);
    if (book) return book;
    // Keep the first unreadable copy: a trainer's classes are never silently replaced.
    if ($unreadable.get() === undefined) $unreadable.set(text);
    return emptyClassBook();
  },
});
export const $classBook = readonlyType($book);
export const $unreadableClassBook = readonlyType($unreadable);

/** What Undo would bring back, and the name of the change it undoes. */
const $undo = atom<{ book: ClassBook; action: string } | undefined>(undefined);
export const $classUndo = readonlyType($undo);

/** Applies a pure change; with `undoAction`, the state before it can be brought back by Undo. */
export function changeClassBook(change: (book: ClassBook) => ClassBook, undoAction?: string): boolean {
  const before = $book.get();
  const after = change(before);
  if (after === before) return false;
  $undo.set(undoAction === undefined ? undefined : { book: before, action: undoAction });
  $book.set(after);
  return true;
}

export function undoClassChange(): void {
  const undo = $undo.get();
  if (!undo) return;
  $undo.set(undefined);
  $book.set(undo.book);
}

/**
 * Starts a class (a workshop) with a new id and a new session id, or the workshop code given; it
 * becomes the current class.
 */
export function startClass(details: ClassDetails, session?: string): ClassSheet {
  const ids = { id: newId(), session: session ?? newSessionId() };
  changeClassBook((book) => createClass(book, ids, details));
  return currentClass($book.get())!;
}

/**
 * Rows read from slips or learners' files, added to the current class in one change (one Undo).
 * With no class yet, one is started from `newClass` (named by today's date), so nothing read is lost.
 */
export function addToCurrentClass(
  members: readonly ClassMember[],
  newClass: ClassDetails,
  undoAction: string,
): SlipChange[] {
  if (members.length === 0) return [];
  const changes: SlipChange[] = [];
  // A class started by reading learners takes the workshop they joined, if any: the sheet open at
  // another address than the projector (the camera needs localhost) still sees who attended.
  const joined = members.find((member) => member.session !== undefined)?.session;
  const ids = { id: newId(), session: joined ?? newSessionId() };
  changeClassBook((book) => {
    const start = currentClass(book) ? book : createClass(book, ids, newClass);
    changes.length = 0;
    return changeClass(start, start.current!, (sheet) =>
      members.reduce((next, member) => {
        const { sheet: after, change } = addMember(next, member);
        changes.push(change);
        return after;
      }, sheet),
    );
  }, undoAction);
  return changes;
}

export function renameLearner(classId: string, learnerId: string, name: string, undoAction: string): void {
  changeClassBook(
    (book) => changeClass(book, classId, (sheet) => renameMember(sheet, learnerId, name)),
    undoAction,
  );
}

export function removeLearner(classId: string, learnerId: string, undoAction: string): void {
  changeClassBook(
    (book) => changeClass(book, classId, (sheet) => removeMember(sheet, learnerId)),
    undoAction,
  );
}

export function editClass(
  classId: string,
  details: ClassDetails,
  session: string | undefined,
  undoAction: string,
): void {
  changeClassBook((book) => updateClassDetails(book, classId, details, session), undoAction);
}

export function deleteClass(classId: string, undoAction: string): void {
  changeClassBook((book) => removeClass(book, classId), undoAction);
}

export function showClass(classId: string): void {
  changeClassBook((book) => chooseClass(book, classId));
}

/** A class book file read back in (merged, never replacing); see lib/class-book.ts importClassBook. */
export function importClasses(file: ClassBook, undoAction: string): { added: number; merged: number } {
  let counts = { added: 0, merged: 0 };
  changeClassBook((book) => {
    const { book: next, added, merged } = importClassBook(book, file);
    counts = { added, merged };
    return next;
  }, undoAction);
  return counts;
}

/** Where the xAPI download's activity ids hang from, as the trainer set it on this device. */
export const XAPI_BASE_KEY = 'hoc-so:xapi-base';
const $xapi = persistentAtom<string>(XAPI_BASE_KEY, '');
export const $xapiBase = readonlyType($xapi);
export function setXapiBase(base: string): void {
  $xapi.set(base);
}
