/**
 * Vietnamese typed without marks: Pagefind folds tone and vowel marks ("lua dao" finds "lừa đảo")
 * but not đ, a letter of its own. Pagefind also requires every word of a query to match, so a
 * plain d can't simply be searched alongside đ in one query. Instead each way of reading the
 * query's d's ("dang ky" and "đang ky") is searched, and the results are merged by best score.
 * Words typed with đ or marks are kept as typed, so exact matches still rank first.
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

/** The queries to run for what the learner typed: normalised, as typed first, at most a few. */
export function queryVariants(query: string): string[] {
  const words = query.normalize('NFC').toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let combos: string[][] = [[]];
  for (const word of words) {
    combos = combos
      .flatMap((combo) => dVariants(word).map((variant) => [...combo, variant]))
      .slice(0, MAX_QUERY_VARIANTS);
  }
  return combos.map((combo) => combo.join(' '));
}

export interface ScoredResult {
  id: string;
  score: number;
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
