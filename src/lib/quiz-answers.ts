/**
 * Grading one question's answer, and the order an order question shows. Apart from lib/quiz.ts:
 * scoring a whole quiz goes with the progress store to every page with an element, these only
 * with the quiz's own elements.
 */
export interface SelectionGrade {
  correct: boolean;
  /** Chosen and right (options), or flagged and suspicious (red flags). */
  found: string[];
  /** Right but not chosen. */
  missed: string[];
  /** Chosen but wrong. */
  wrong: string[];
}

/**
 * Grades a set of choices against the right set: choice questions (one or several right options)
 * and red-flag questions (the suspicious parts). Only the exact set is right; a partial answer is wrong.
 */
export function gradeSelection(chosen: readonly string[], right: readonly string[]): SelectionGrade {
  const chosenSet = new Set(chosen);
  const rightSet = new Set(right);
  const found = right.filter((id) => chosenSet.has(id));
  const missed = right.filter((id) => !chosenSet.has(id));
  const wrong = [...chosenSet].filter((id) => !rightSet.has(id));
  return { correct: missed.length === 0 && wrong.length === 0 && right.length > 0, found, missed, wrong };
}

export interface OrderGrade {
  correct: boolean;
  /** Each item as placed: where it is (1-based) and where it belongs. */
  placements: Array<{ id: string; position: number; rightPosition: number; inPlace: boolean }>;
}

/** Grades an ordering: right only when every item is where it belongs. */
export function gradeOrder(placed: readonly string[], rightOrder: readonly string[]): OrderGrade {
  const placements = placed.map((id, index) => {
    const rightPosition = rightOrder.indexOf(id) + 1;
    return { id, position: index + 1, rightPosition, inPlace: rightPosition === index + 1 };
  });
  const sameItems = placed.length === rightOrder.length && rightOrder.every((id) => placed.includes(id));
  return { correct: sameItems && placements.every((p) => p.inPlace), placements };
}

/** Moves the item at `from` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * A fixed, never-already-solved display order for an order question, the same on every build and
 * in every language (seeded by the question id), so a trainer's screen matches the learners' phones.
 */
export function displayOrder<T>(items: readonly T[], seed: string): T[] {
  if (items.length < 2) return [...items];
  let state = Array.from(seed).reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  // A shuffle that lands on the answer would be no question: rotate it by one instead.
  if (shuffled.every((item, i) => item === items[i])) shuffled.push(shuffled.shift()!);
  return shuffled;
}
