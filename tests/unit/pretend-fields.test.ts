import { describe, expect, test } from 'vitest';
import { checkField, formProblems, type PretendField } from '../../src/lib/pretend-fields';

// What a learner types into a pretend form (issue #21): each mistake named so the phone can say it.

const id: PretendField = { id: 'id', kind: 'id-number' };
const phone: PretendField = { id: 'phone', kind: 'phone' };
const otp: PretendField = { id: 'otp', kind: 'otp', expect: '482913' };

describe('checkField', () => {
  test.each([
    [id, '012345678901', undefined],
    [id, '0123 4567 8901', undefined],
    [id, '012.345.678-901', undefined],
    [id, ' 0 1 2 3 4 5 6 7 8 9 0 1 ', undefined],
    [id, '', { problem: 'empty', digits: 0 }],
    [id, '   ', { problem: 'empty', digits: 0 }],
    [id, '012 345 678', { problem: 'length', digits: 9 }],
    [id, '0123456789012', { problem: 'length', digits: 13 }],
    [id, '01234567890A', { problem: 'letters', digits: 11 }],
    [id, 'abc', { problem: 'letters', digits: 0 }],
    [phone, '0900 000 000', undefined],
    [phone, '090-000-0000', undefined],
    [phone, '09000000', { problem: 'length', digits: 8 }],
    // An old 11-digit number: mobile numbers have had 10 digits since 2018–2019.
    [phone, '01200 000 000', { problem: 'length', digits: 11 }],
    [phone, '1900 000 000', { problem: 'start', digits: 10 }],
    [phone, '+84900000000', { problem: 'letters', digits: 11 }],
    [phone, '', { problem: 'empty', digits: 0 }],
    [otp, '482913', undefined],
    [otp, '482 913', undefined],
    [otp, '482-913', undefined],
    [otp, '482914', { problem: 'code', digits: 6 }],
    [otp, '48291', { problem: 'code', digits: 5 }],
    [otp, '48291x', { problem: 'letters', digits: 5 }],
    [otp, '', { problem: 'empty', digits: 0 }],
  ] as const)('%o with %j', (field, typed, check) => {
    expect(checkField(field, typed)).toEqual(check);
  });
});

describe('formProblems', () => {
  test('names only the fields that fail, by id; a missing value is empty', () => {
    expect(formProblems([id, phone, otp], { id: '0123 4567 8901', phone: '1900000000' })).toEqual({
      phone: { problem: 'start', digits: 10 },
      otp: { problem: 'empty', digits: 0 },
    });
  });

  test('a form that passes has none', () => {
    expect(formProblems([id, phone], { id: '012345678901', phone: '0900000000' })).toEqual({});
  });
});
