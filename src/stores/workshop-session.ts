import { chooseClass } from '../lib/class-book';
import { endWorkshop } from '../lib/workshop-session';
import { changeClassBook } from './class-book';

// The trainer hub's workshop verbs, over the class book (stores/class-book.ts); starting one is
// `startClass` there.
/** Ends the current workshop; its class and learners stay on the class sheet. */
export const endCurrentWorkshop = () => changeClassBook(endWorkshop);
/** Makes an earlier workshop the current one again. */
export const reopenWorkshop = (id: string) => changeClassBook((book) => chooseClass(book, id));
