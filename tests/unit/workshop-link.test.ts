import { describe, expect, it } from 'vitest';
import { joinPath, readJoinLink } from '../../src/lib/workshop-link';
import { checkWorkshopDetails, endWorkshop } from '../../src/lib/workshop-session';
import { createClass, emptyClassBook } from '../../src/lib/class-book';
import { newSessionId } from '../../src/lib/session-id';
import { sessionIdSchema } from '../../src/schemas/workshop';
import * as v from 'valibot';

const link = { session: 'K7M2QX', name: 'Ấp 3, xã An Minh', lesson: 'scan-to-pay' };
/** The query string of a path joinPath made. */
const query = (path: string) => path.slice(path.indexOf('?'));

describe('joinPath', () => {
  it('is the language’s join page under the base, with the session, the name and the lesson', () => {
    const path = joinPath('vi', link);
    expect(path.split('?')[0]).toBe('/vi/join/');
    const params = new URLSearchParams(query(path));
    expect([...params]).toEqual([
      ['s', 'K7M2QX'],
      ['w', 'Ấp 3, xã An Minh'],
      ['l', 'scan-to-pay'],
    ]);
  });

  it('survives names with characters that mean something in a URL', () => {
    const name = 'Lớp A&B = 50% #1 ?';
    expect(readJoinLink(query(joinPath('en', { ...link, name })))).toEqual({
      ok: true,
      link: { ...link, name },
    });
  });
});

describe('readJoinLink', () => {
  it('reads back what joinPath wrote, for any new session id', () => {
    for (let i = 0; i < 50; i++) {
      const session = newSessionId();
      expect(v.is(sessionIdSchema, session)).toBe(true);
      expect(readJoinLink(query(joinPath('vi', { ...link, session })))).toEqual({
        ok: true,
        link: { ...link, session },
      });
    }
  });

  it('trims spaces around the name', () => {
    expect(readJoinLink('?s=K7M2QX&w=%20%20L%E1%BB%9Bp%20A%20&l=scan-to-pay')).toEqual({
      ok: true,
      link: { ...link, name: 'Lớp A' },
    });
  });

  it('says "missing" when the page is opened with none of the parameters', () => {
    expect(readJoinLink('')).toEqual({ ok: false, problem: 'missing' });
    expect(readJoinLink('?utm=x')).toEqual({ ok: false, problem: 'missing' });
  });

  it.each([
    ['no session', '?w=A&l=scan-to-pay'],
    ['no name', '?s=K7M2QX&l=scan-to-pay'],
    ['no lesson', '?s=K7M2QX&w=A'],
    ['an empty name', '?s=K7M2QX&w=&l=scan-to-pay'],
    ['a name of spaces', '?s=K7M2QX&w=%20%20&l=scan-to-pay'],
    ['a lower-case session', '?s=k7m2qx&w=A&l=scan-to-pay'],
    ['a session with a space', '?s=K7M%202QX&w=A&l=scan-to-pay'],
    ['a session too long', `?s=${'A'.repeat(17)}&w=A&l=scan-to-pay`],
    ['a name too long', `?s=K7M2QX&w=${'a'.repeat(81)}&l=scan-to-pay`],
    ['a name with a line break', '?s=K7M2QX&w=A%0AB&l=scan-to-pay'],
    ['a name with a control character', '?s=K7M2QX&w=A%07&l=scan-to-pay'],
    ['a lesson that is a path', '?s=K7M2QX&w=A&l=../../evil'],
    ['a lesson in capitals', '?s=K7M2QX&w=A&l=Scan-To-Pay'],
    ['a repeated session', '?s=K7M2QX&s=AAAAAA&w=A&l=scan-to-pay'],
  ])('refuses a link with %s', (_, search) => {
    expect(readJoinLink(search)).toEqual({ ok: false, problem: 'bad' });
  });
});

describe('checkWorkshopDetails', () => {
  const details = { name: ' Ấp 3 ', date: '2026-03-12', place: ' Nhà văn hoá ' };

  it('trims what the trainer typed', () => {
    expect(checkWorkshopDetails(details)).toEqual({
      ok: true,
      details: { name: 'Ấp 3', date: '2026-03-12', place: 'Nhà văn hoá' },
    });
    expect(checkWorkshopDetails({ ...details, place: '' }).ok).toBe(true);
  });

  it.each([
    ['name-missing', { ...details, name: '  ' }],
    ['bad-text', { ...details, name: 'a'.repeat(81) }],
    ['bad-text', { ...details, place: 'a\nb' }],
    ['bad-date', { ...details, date: '' }],
    ['bad-date', { ...details, date: '2026-02-30' }],
  ])('says %s', (problem, input) => {
    expect(checkWorkshopDetails(input)).toEqual({ ok: false, problem });
  });
});

describe('endWorkshop', () => {
  it('leaves no current class and keeps every class', () => {
    const book = createClass(
      emptyClassBook(),
      { id: 'c1', session: 'K7M2QX' },
      { name: 'A', date: '2026-03-12', place: '' },
    );
    const ended = endWorkshop(book);
    expect(ended.current).toBeNull();
    expect(ended.classes).toEqual(book.classes);
    expect(endWorkshop(ended)).toBe(ended);
  });
});
