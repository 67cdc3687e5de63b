import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  chooseClass,
  classBookFile,
  classFileName,
  createClass,
  currentClass,
  decodeClassBook,
  emptyClassBook,
  importClassBook,
  removeClass,
  updateClassDetails,
} from '../../src/lib/class-book';
import {
  addMember,
  mergeSheets,
  renameMember,
  slipMember,
  sortMembers,
  type ClassMember,
} from '../../src/lib/class-sheet';
import { xapiBase } from '../../src/lib/xapi';
import {
  $classBook,
  $classUndo,
  addToCurrentClass,
  CLASS_BOOK_KEY,
  removeLearner,
  renameLearner,
  undoClassChange,
} from '../../src/stores/class-book';
import { CURRICULUM_ID } from '../../src/lib/slip';
import type { ClassBook } from '../../src/schemas/class-book';

const member = (n: number, completed = n % 3, date = '2026-03-12'): ClassMember =>
  slipMember({
    curriculum: CURRICULUM_ID,
    learnerId: n.toString(16).padStart(12, '0'),
    name: `Người ${n}`,
    date,
    lessons: Array.from({ length: 4 }, (_, i) => ({
      code: i + 1,
      completed: i < completed,
      bestScore: i < completed ? 80 : 30,
      failedAttempts: i < completed ? 0 : 2,
    })),
  });

const details = { name: 'Ấp 3, xã An Minh', date: '2026-03-12', place: 'Nhà văn hoá' };

describe('class book changes', () => {
  it('makes, chooses, edits and removes classes; an unchanged book is the same object', () => {
    let book = createClass(emptyClassBook(), { id: 'a', session: 'AAAAAA' }, details);
    book = createClass(book, { id: 'b', session: 'BBBBBB' }, { ...details, name: '  Lớp tối  ' });
    expect(currentClass(book)?.name).toBe('Lớp tối');
    expect(chooseClass(book, 'b')).toBe(book);
    expect(chooseClass(book, 'missing')).toBe(book);
    book = chooseClass(book, 'a');
    expect(currentClass(book)?.id).toBe('a');
    expect(updateClassDetails(book, 'a', details)).toBe(book);
    book = updateClassDetails(book, 'a', { ...details, place: 'Trường học' });
    expect(book.classes[0]!.place).toBe('Trường học');
    // The workshop code the projector shows, typed in: the class now belongs to that workshop.
    expect(updateClassDetails(book, 'a', { ...details, place: 'Trường học' }, 'AAAAAA')).toBe(book);
    book = updateClassDetails(book, 'a', { ...details, place: 'Trường học' }, 'K7M2QX');
    expect(book.classes[0]).toMatchObject({ session: 'K7M2QX', place: 'Trường học' });
    book = removeClass(book, 'a');
    expect(book.current).toBe('b');
    expect(removeClass(book, 'a')).toBe(book);
    expect(decodeClassBook(JSON.stringify(book))).toEqual(book);
  });

  it('names files by the class and its day', () => {
    expect(classFileName(details, 'csv')).toBe('hoc-so-lop-ap-3-xa-an-minh-2026-03-12.csv');
    expect(classFileName({ name: '!!!', date: '2026-03-12' }, 'xapi.json')).toBe(
      'hoc-so-lop-2026-03-12.xapi.json',
    );
  });

  it.each([
    ['not JSON', '{'],
    ['another format', '{"format":"hoc-so-progress","version":3}'],
    ['a learner twice', ''],
  ])('refuses a stored or dropped book that is %s', (_, text) => {
    let bad = text;
    if (!bad) {
      const book = createClass(emptyClassBook(), { id: 'a', session: 'AAAAAA' }, details);
      book.classes[0]!.members.push(member(1), member(1));
      bad = JSON.stringify(book);
    }
    expect(decodeClassBook(bad)).toBeUndefined();
  });
});

/** A book of up to three classes (ids from a small set, so files overlap), each with some learners. */
const bookArb = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      learners: fc.uniqueArray(
        fc.record({
          n: fc.integer({ min: 1, max: 8 }),
          done: fc.integer({ min: 0, max: 4 }),
          day: fc.constantFrom('2026-03-12', '2026-03-13'),
        }),
        { selector: (m) => m.n, maxLength: 5 },
      ),
    }),
    { selector: (c) => c.id, maxLength: 3 },
  )
  .map((classes) =>
    classes.reduce<ClassBook>((book, c) => {
      const made = createClass(book, { id: c.id, session: `S${c.id.toUpperCase()}` }, details);
      made.classes.at(-1)!.members.push(...c.learners.map((m) => member(m.n, m.done, m.day)));
      return made;
    }, emptyClassBook()),
  );

describe('importing a class book file', () => {
  it('into an empty book is lossless: the file’s classes come back as they were', () => {
    fc.assert(
      fc.property(bookArb, (file) => {
        expect(importClassBook(emptyClassBook(), classBookFile(file)).book.classes).toEqual(file.classes);
      }),
    );
  });

  it('is idempotent: the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(bookArb, bookArb, (here, file) => {
        const once = importClassBook(here, file).book;
        const twice = importClassBook(once, file);
        expect(twice.book).toBe(once);
        expect([twice.added, twice.merged]).toEqual([0, 0]);
      }),
    );
  });

  it('gives every learner once, with the newest row, whichever file comes first', () => {
    fc.assert(
      fc.property(bookArb, bookArb, (x, y) => {
        const ab = importClassBook(importClassBook(emptyClassBook(), x).book, y).book;
        const ba = importClassBook(importClassBook(emptyClassBook(), y).book, x).book;
        const byId = (b: ClassBook) =>
          Object.fromEntries(
            b.classes.map((c) => [
              c.id,
              [...c.members].sort((m, n) => m.learnerId.localeCompare(n.learnerId)),
            ]),
          );
        expect(byId(ab)).toEqual(byId(ba));
      }),
    );
  });
});

describe('a learner the trainer renamed', () => {
  it('keeps the trainer’s name over later slips, and merges the same whichever copy comes first', () => {
    const base = createClass(emptyClassBook(), { id: 'a', session: 'AAAAAA' }, details).classes[0]!;
    const renamed = renameMember(addMember(base, member(1, 1)).sheet, member(1).learnerId, 'Bà Tư');
    const later = addMember(renamed, member(1, 3, '2026-03-13'));
    expect(later.change).toBe('updated');
    expect(later.sheet.members[0]).toMatchObject({ name: 'Bà Tư', date: '2026-03-13', renamed: true });
    expect(addMember(renamed, member(1, 1)).change).toBe('unchanged');
    const phone = addMember(base, member(1, 3, '2026-03-13')).sheet;
    expect(mergeSheets(renamed, phone)).toEqual(mergeSheets(phone, renamed));
    expect(mergeSheets(phone, renamed).members[0]!.name).toBe('Bà Tư');
  });
});

describe('sorting the sheet', () => {
  const members = [member(3, 1), member(1, 4), member(2, 0)];
  it.each([
    ['name', ['Người 1', 'Người 2', 'Người 3']],
    ['completed', ['Người 1', 'Người 3', 'Người 2']],
    ['help', ['Người 2', 'Người 3', 'Người 1']],
  ] as const)('by %s', (order, names) => {
    expect(sortMembers(members, order, 'vi').map((m) => m.name)).toEqual(names);
  });
});

describe('the xAPI base address', () => {
  it.each([
    ['https://lrs.example.org/hoc-so', 'https://lrs.example.org/hoc-so/'],
    ['  http://tinh.example.vn/xapi/  ', 'http://tinh.example.vn/xapi/'],
    ['lrs.example.org', undefined],
    ['ftp://example.org/', undefined],
    ['https://example.org/x?y=1', undefined],
    ['https://user@example.org/', undefined],
  ])('%s → %s', (text, base) => {
    expect(xapiBase(text)).toBe(base);
  });
});

describe('the class book store', () => {
  beforeAll(() => useTestStorageEngine());
  let stop: () => void = () => {};
  beforeEach(() => {
    stop = $classBook.listen(() => {});
  });
  afterEach(() => {
    stop();
    undoClassChange();
    cleanTestStorage();
  });
  const stored = () => JSON.parse(getTestStorage()[CLASS_BOOK_KEY] ?? 'null') as ClassBook | null;

  it('starts a class when a learner is read before any class exists, and Undo takes it all back', () => {
    const changes = addToCurrentClass(
      [member(1), member(2), member(1)],
      { ...details, name: 'Lớp ngày 12/3/2026' },
      'thêm',
    );
    expect(changes).toEqual(['added', 'added', 'unchanged']);
    expect(stored()?.classes.map((c) => [c.name, c.members.length])).toEqual([['Lớp ngày 12/3/2026', 2]]);
    expect($classUndo.get()?.action).toBe('thêm');
    undoClassChange();
    expect(stored()?.classes).toEqual([]);
  });

  it('a class started by reading learners takes the workshop the first of them joined', () => {
    addToCurrentClass([member(1), { ...member(2), session: 'K7M2QX' }], details, 'thêm');
    expect(stored()?.classes.map((c) => c.session)).toEqual(['K7M2QX']);
    // An existing class keeps its own session whatever learners bring.
    addToCurrentClass([{ ...member(3), session: 'OTHER1' }], details, 'thêm');
    expect(stored()?.classes.map((c) => c.session)).toEqual(['K7M2QX']);
  });

  it('a rescan with nothing new leaves the book and the Undo as they were', () => {
    addToCurrentClass([member(1)], details, 'thêm');
    const book = $classBook.get();
    renameLearner(book.current!, member(1).learnerId, 'Lan', 'đổi tên');
    const renamed = $classBook.get();
    expect(addToCurrentClass([member(1)], details, 'thêm lại')).toEqual(['unchanged']);
    expect($classBook.get()).toBe(renamed);
    expect($classUndo.get()?.action).toBe('đổi tên');
    removeLearner(book.current!, member(1).learnerId, 'xoá');
    expect(currentClass($classBook.get())?.members).toEqual([]);
    undoClassChange();
    expect(currentClass($classBook.get())?.members.map((m) => m.name)).toEqual(['Lan']);
  });
});
