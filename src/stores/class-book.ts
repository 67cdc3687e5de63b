import { atom, readonlyType } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  createClass,
  currentClass,
  decodeClassBook,
  emptyClassBook,
  type ClassDetails,
} from '../lib/class-book';
import { newId, newSessionId } from '../lib/new-id';
import type { ClassBook } from '../schemas/class-book';
import type { ClassSheet } from '../lib/class-sheet';
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

/** Starts a class (a workshop) with a new id and session id; it becomes the current class. */
export function startClass(details: ClassDetails): ClassSheet {
  const ids = { id: newId(), session: newSessionId() };
  changeClassBook((book) => createClass(book, ids, details));
  return currentClass($book.get())!;
}
