import { describe, expect, it } from 'vitest';
import { dVariants, mergeResults, queryVariants, MAX_QUERY_VARIANTS } from '../../src/lib/search-query';

describe('queryVariants', () => {
  it.each([
    ['dang ky khai sinh', ['dang ky khai sinh', 'đang ky khai sinh']],
    ['lua dao', ['lua dao', 'lua đao']],
    ['Lừa Đảo', ['lừa đảo']],
    ['đăng ký', ['đăng ký']],
    ['  thanh   toan  QR ', ['thanh toan qr']],
    ['dang nhap', ['dang nhap', 'đang nhap']],
    ['dia diem', ['dia diem', 'dia điem', 'đia diem', 'đia điem']],
    ['passcode', ['passcode', 'passcođe']],
    ['', []],
  ])('%j → %j', (query, expected) => {
    expect(queryVariants(query)).toEqual(expected);
  });

  it('normalises decomposed input to the composed form the index uses', () => {
    expect(queryVariants('lừa'.normalize('NFD'))).toEqual(['lừa']);
  });

  it('never runs more than a few searches for one query', () => {
    expect(queryVariants('dd dd dd dd').length).toBe(MAX_QUERY_VARIANTS);
  });
});

describe('dVariants', () => {
  it('keeps the typed word first', () => {
    expect(dVariants('dd')).toEqual(['dd', 'đd', 'dđ', 'đđ']);
    expect(dVariants('sinh')).toEqual(['sinh']);
  });
});

describe('mergeResults', () => {
  it('keeps each page once with its best score, best first', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [
        { id: 'a', score: 5 },
        { id: 'c', score: 2 },
      ],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
      { id: 'c', score: 2 },
    ]);
  });
});
