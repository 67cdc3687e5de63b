/**
 * Vietnamese typed without marks: Pagefind folds tone and vowel marks ("lua dao" finds "lừa đảo")
 * but not đ, a letter of its own. Pagefind also requires every word of a query to match, so a
 * plain d can't simply be searched alongside đ in one query. Instead each way of reading the
 * query's d's ("dang ky" and "đang ky") is searched, and the results are merged by best score.
 * A query typed with marks or đ is searched as typed: whoever types "ả" types "đ" too.
 */
export const MAX_QUERY_VARIANTS = 8;

/** The word with every combination of its d's as đ, the word as typed first. */
export function dVariants(word: string): string[] {
  // Code points, not graphemes: only d and D are replaced, and each is one code point.
  const letters = Array.from(word);
  const positions = letters.flatMap((ch, i) => (ch === 'd' || ch === 'D' ? [i] : []));
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << positions.length && variants.length < MAX_QUERY_VARIANTS; mask++) {
    const copy = [...letters];
    positions.forEach((pos, bit) => {
      if (mask & (1 << bit)) copy[pos] = letters[pos] === 'D' ? 'Đ' : 'đ';
    });
    variants.push(copy.join(''));
  }
  return variants;
}

/**
 * Loanwords people type, and the Vietnamese the lessons use for them: "dang ky online" should find
 * a lesson that says "trực tuyến". Each is searched as well as the word typed, never instead of it.
 */
export const LOANWORDS: Readonly<Record<string, readonly string[]>> = {
  online: ['trực tuyến', 'trên mạng'],
  app: ['ứng dụng'],
  apps: ['ứng dụng'],
  shop: ['cửa hàng', 'người bán'],
  ship: ['giao hàng'],
  shipper: ['người giao hàng'],
  wifi: ['wi-fi'],
  code: ['mã'],
  link: ['đường link'],
  otp: ['mã otp'],
  qr: ['mã qr'],
  livestream: ['phát trực tiếp'],
};

const wordsOf = (query: string) => query.normalize('NFC').toLowerCase().trim().split(/\s+/).filter(Boolean);

/**
 * Whether the learner typed Vietnamese marks: a keyboard that types "ả" types "đ" too, so then a d
 * is meant as d and is not read as đ.
 */
const hasMarks = (query: string) => Array.from(query.normalize('NFC')).some((ch) => ch > '\u007f');

/**
 * Each way of reading one typed word: as typed (with its d's as đ when the query has no marks),
 * then the lessons' own words.
 */
function readings(word: string, locale: string, marked: boolean): string[][] {
  const own = locale === 'vi' ? (LOANWORDS[word] ?? []) : [];
  const typed = marked ? [word] : dVariants(word);
  return [...typed.map((variant) => [variant]), ...own.map((phrase) => phrase.split(' '))];
}

/** The every-word queries to run for what the learner typed: normalised, as typed first, a few. */
export function queryVariants(query: string, locale = 'vi'): string[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const marked = hasMarks(query);
  let combos: string[][] = [[]];
  for (const word of words) {
    combos = combos
      .flatMap((combo) => readings(word, locale, marked).map((reading) => [...combo, ...reading]))
      .slice(0, MAX_QUERY_VARIANTS);
  }
  return combos.map((combo) => combo.join(' '));
}

/**
 * The any-word queries, one group per typed word: when every-word matching finds too little
 * (MIN_RESULTS), pages are ranked by how many of the words they match, and how well.
 */
export function wordQueries(query: string, locale = 'vi'): string[][] {
  const marked = hasMarks(query);
  return [...new Set(wordsOf(query))].map((word) =>
    readings(word, locale, marked)
      .map((reading) => reading.join(' '))
      .slice(0, MAX_QUERY_VARIANTS),
  );
}

/**
 * How much a reading's scores count: a d read as đ is a guess at what the learner meant, so a page
 * that matches only the guess ranks below an equally good match of the words as typed ("gia danh
 * cong an": "giả danh công an" before "gia … đánh … công an").
 */
export const GUESSED_READING_WEIGHT = 0.7;

/** The weight of one searched reading of `query`: 1 as typed, less with d's read as đ. */
export function readingWeight(reading: string, query: string): number {
  const count = (text: string) => Array.from(text.toLowerCase()).filter((ch) => ch === 'đ').length;
  return count(reading) > count(query) ? GUESSED_READING_WEIGHT : 1;
}

/** Fewer every-word results than this, and search falls back to any word. */
export const MIN_RESULTS = 3;

export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Any-word ranking: `groups` holds, per typed word, the results of its searches. A page scores the
 * sum over words of its best score for that word, so matching more words ranks higher.
 */
export function mergeAnyWord<T extends ScoredResult>(groups: readonly (readonly (readonly T[])[])[]): T[] {
  const total = new Map<string, { result: T; score: number }>();
  for (const group of groups) {
    for (const result of mergeResults(group)) {
      const seen = total.get(result.id);
      total.set(result.id, { result: seen?.result ?? result, score: (seen?.score ?? 0) + result.score });
    }
  }
  return [...total.values()]
    .sort((a, b) => b.score - a.score || a.result.id.localeCompare(b.result.id))
    .map(({ result }) => result);
}

/** One list from several searches: each page once, with its best score, best first. */
export function mergeResults<T extends ScoredResult>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const result of list) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
