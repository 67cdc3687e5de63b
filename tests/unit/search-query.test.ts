import { describe, expect, it } from 'vitest';
import {
  dVariants,
  mergeAnyWord,
  mergeResults,
  queryVariants,
  readingWeight,
  wordQueries,
  MAX_QUERY_VARIANTS,
} from '../../src/lib/search-query';

describe('queryVariants', () => {
  it.each([
    ['dang ky khai sinh', ['dang ky khai sinh', 'đang ky khai sinh']],
    ['lua dao', ['lua dao', 'lua đao']],
    ['Lừa Đảo', ['lừa đảo']],
    ['đăng ký', ['đăng ký']],
    ['  thanh   toan  QR ', ['thanh toan qr', 'thanh toan mã qr']],
    ['dang nhap', ['dang nhap', 'đang nhap']],
    ['dia diem', ['dia diem', 'dia điem', 'đia diem', 'đia điem']],
    ['passcode', ['passcode', 'passcođe']],
    // Typed with marks: a d is a d ("giả danh", not "giả đanh").
    ['giả danh công an', ['giả danh công an']],
    ['đăng ky dia chi', ['đăng ky dia chi']],
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

describe('loanwords and any-word fallback', () => {
  it('searches the lessons’ Vietnamese besides the loanword typed, in Vietnamese only', () => {
    expect(queryVariants('ban hang online')).toEqual([
      'ban hang online',
      'ban hang trực tuyến',
      'ban hang trên mạng',
    ]);
    expect(queryVariants('tai app', 'vi')).toEqual(['tai app', 'tai ứng dụng']);
    expect(queryVariants('online shop', 'en')).toEqual(['online shop']);
  });

  it('gives one group of searches per distinct typed word', () => {
    expect(wordQueries('dang ky online dang')).toEqual([
      ['dang', 'đang'],
      ['ky'],
      ['online', 'trực tuyến', 'trên mạng'],
    ]);
  });

  it('ranks pages matching more of the words first', () => {
    const merged = mergeAnyWord([
      [[{ id: 'a', score: 1 }], [{ id: 'b', score: 2 }]],
      [
        [
          { id: 'a', score: 1.5 },
          { id: 'c', score: 2.4 },
        ],
      ],
    ]);
    // a matches both words (1 + 1.5) and passes c, the best single-word match.
    expect(merged.map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('readingWeight', () => {
  it('counts a reading as typed in full, and one with guessed đ for less', () => {
    expect(readingWeight('gia danh cong an', 'gia danh cong an')).toBe(1);
    expect(readingWeight('gia đanh cong an', 'gia danh cong an')).toBeLessThan(1);
    expect(readingWeight('đăng ký', 'đăng ký')).toBe(1);
    expect(readingWeight('tai ứng dụng', 'tai app')).toBe(1);
  });
});
