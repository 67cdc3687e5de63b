import * as v from 'valibot';
import {
  CLASS_BOOK_FORMAT,
  CLASS_BOOK_VERSION,
  classBookSchema,
  type ClassBook,
} from '../schemas/class-book';
import { mergeSheets, type ClassSheet } from './class-sheet';
import { fileSafeName } from './export-file';

/**
 * A trainer's classes (schemas/class-book.ts) as pure changes: each returns a new book, or the
 * same object when nothing changed, so the store can tell a real change (and offer Undo) from none.
 */
export const emptyClassBook = (): ClassBook => ({
  format: CLASS_BOOK_FORMAT,
  version: CLASS_BOOK_VERSION,
  current: null,
  classes: [],
});

export type ClassDetails = Pick<ClassSheet, 'name' | 'date' | 'place'>;

/** A new, empty class, which becomes the current one. */
export function createClass(
  book: ClassBook,
  ids: { id: string; session: string },
  details: ClassDetails,
): ClassBook {
  const sheet: ClassSheet = { ...ids, ...trimmed(details), members: [] };
  return { ...book, current: sheet.id, classes: [...book.classes, sheet] };
}

const trimmed = (details: ClassDetails): ClassDetails => ({
  name: details.name.trim(),
  date: details.date,
  place: details.place.trim(),
});

export function currentClass(book: ClassBook): ClassSheet | undefined {
  return book.classes.find((sheet) => sheet.id === book.current);
}

export function chooseClass(book: ClassBook, id: string): ClassBook {
  if (book.current === id || !book.classes.some((sheet) => sheet.id === id)) return book;
  return { ...book, current: id };
}

/** Applies `change` to one class; the same book back if the class is missing or unchanged. */
export function changeClass(
  book: ClassBook,
  id: string,
  change: (sheet: ClassSheet) => ClassSheet,
): ClassBook {
  const at = book.classes.findIndex((sheet) => sheet.id === id);
  if (at === -1) return book;
  const next = change(book.classes[at]!);
  if (next === book.classes[at]) return book;
  return { ...book, classes: book.classes.map((sheet, i) => (i === at ? next : sheet)) };
}

/**
 * New details for a class; with `session`, also the workshop code it belongs to (a workshop started
 * on another device or at another address of the same laptop, whose code the projector shows).
 */
export function updateClassDetails(
  book: ClassBook,
  id: string,
  details: ClassDetails,
  session?: string,
): ClassBook {
  return changeClass(book, id, (sheet) => {
    const next = { ...trimmed(details), session: session ?? sheet.session };
    const same =
      next.name === sheet.name &&
      next.date === sheet.date &&
      next.place === sheet.place &&
      next.session === sheet.session;
    return same ? sheet : { ...sheet, ...next };
  });
}

/** Removes a class; the current class becomes the last one left (or none). */
export function removeClass(book: ClassBook, id: string): ClassBook {
  if (!book.classes.some((sheet) => sheet.id === id)) return book;
  const classes = book.classes.filter((sheet) => sheet.id !== id);
  const current = book.current === id ? (classes.at(-1)?.id ?? null) : book.current;
  return { ...book, current, classes };
}

/** One class, or all, as the JSON file "Download JSON" saves. */
export function classBookFile(book: ClassBook, id?: string): ClassBook {
  const classes = id === undefined ? book.classes : book.classes.filter((sheet) => sheet.id === id);
  return { ...book, current: classes[0]?.id ?? null, classes };
}

/** A class book from stored text or a file, or undefined when it is not one (nothing half-read). */
export function decodeClassBook(text: string): ClassBook | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(classBookSchema, data);
  return parsed.success ? parsed.output : undefined;
}

/**
 * A class book file read back in: a class already here (same id) gets the file's learners merged
 * in (lib/class-sheet.ts mergeSheets, idempotent, order-free); a new class is added. The current
 * class stays as it was. Reading the same file twice changes nothing.
 */
export function importClassBook(
  book: ClassBook,
  file: ClassBook,
): { book: ClassBook; added: number; merged: number } {
  let next = book;
  let added = 0;
  let merged = 0;
  for (const sheet of file.classes) {
    const here = next.classes.find((c) => c.id === sheet.id);
    if (here) {
      const changed = changeClass(next, here.id, (c) => {
        const m = mergeSheets(c, sheet);
        return JSON.stringify(m.members) === JSON.stringify(c.members) ? c : m;
      });
      if (changed !== next) merged++;
      next = changed;
    } else {
      next = { ...next, classes: [...next.classes, sheet], current: next.current ?? sheet.id };
      added++;
    }
  }
  return { book: next, added, merged };
}

/** `hoc-so-lop-ap-3-xa-an-minh-2026-03-12.csv`: the class's own day, not the day it was saved. */
export function classFileName(
  sheet: Pick<ClassSheet, 'name' | 'date'>,
  extension: 'csv' | 'json' | 'xapi.json',
): string {
  const name = fileSafeName(sheet.name);
  return `hoc-so-lop-${name ? `${name}-` : ''}${sheet.date}.${extension}`;
}
