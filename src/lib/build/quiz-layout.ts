import type { SourceQuestion } from './quiz-source';

/**
 * Where each choice question's options show, decided once for the whole site at build time.
 *
 * Authors write the right option wherever it reads best; learners should not be able to pass by
 * always picking the middle one. A random shuffle per question doesn't do it (with ~35 questions
 * one position gets over 40% of the right answers about half the time), so the right answers are
 * dealt out: each question, in a fixed order, puts its right answer where the fewest right answers
 * have landed so far. Wrong options keep their written order around it.
 *
 * Every language shows the reference language's order (per lesson slug and question id), so a
 * trainer can say "answer B" to a mixed room; stored answers stay the written option ids (a, b, …).
 * Pure and deterministic: the same lessons always give the same layout. Build-time only.
 */

/** Display position → index of the option as written. */
export type OptionOrder = readonly number[];
/** Lesson slug → question id → its options' display order. */
export type QuizLayout = ReadonlyMap<string, ReadonlyMap<string, OptionOrder>>;

/** A small stable hash, so ties are broken the same way on every build but not always towards A. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** `count` positions out of `0…n-1` where the fewest right answers have landed, ties by `seed`. */
function leastUsed(tally: number[], n: number, count: number, seed: number): number[] {
  const positions = Array.from({ length: n }, (_, p) => p);
  // Rotate by the seed before a stable sort on the tally: equal tallies then start at a seeded place.
  const start = seed % n;
  const rotated = [...positions.slice(start), ...positions.slice(0, start)];
  return rotated
    .sort((a, b) => (tally[a] ?? 0) - (tally[b] ?? 0))
    .slice(0, count)
    .sort((a, b) => a - b);
}

/** The display order that puts the right options at `rightPositions`, everything else as written. */
function orderWith(correct: readonly boolean[], rightPositions: readonly number[]): number[] {
  const right = correct.flatMap((isRight, i) => (isRight ? [i] : []));
  const wrong = correct.flatMap((isRight, i) => (isRight ? [] : [i]));
  return correct.map((_, position) => (rightPositions.includes(position) ? right.shift()! : wrong.shift()!));
}

export function layoutQuizzes(
  lessons: ReadonlyArray<{ slug: string; questions: readonly SourceQuestion[] }>,
): QuizLayout {
  // Single and multiple choice are balanced apart: a learner's guessing habit differs between them.
  const tallies = { single: [] as number[], multiple: [] as number[] };
  const layout = new Map<string, Map<string, OptionOrder>>();
  for (const lesson of [...lessons].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const orders = new Map<string, OptionOrder>();
    for (const question of lesson.questions) {
      const draft = question.draft;
      if (!draft || (draft.type !== 'single' && draft.type !== 'multiple')) continue;
      const correct = draft.options.map((option) => option.correct);
      const rightCount = correct.filter(Boolean).length;
      if (correct.length === 0 || rightCount === 0 || rightCount === correct.length) {
        orders.set(
          question.id,
          correct.map((_, i) => i),
        );
        continue;
      }
      const tally = tallies[draft.type];
      const positions = leastUsed(tally, correct.length, rightCount, hash(`${lesson.slug}/${question.id}`));
      for (const p of positions) tally[p] = (tally[p] ?? 0) + 1;
      orders.set(question.id, orderWith(correct, positions));
    }
    layout.set(lesson.slug, orders);
  }
  return layout;
}

/** `items` (as written) in display order; as written when there is no order for them. */
export function inDisplayOrder<T>(items: readonly T[], order: OptionOrder | undefined): T[] {
  return order ? order.map((i) => items[i]!) : [...items];
}

/** Display positions (0 = A) of the right options, given the options as written. */
export function rightPositions(correct: readonly boolean[], order: OptionOrder | undefined): number[] {
  return inDisplayOrder(correct, order).flatMap((isRight, p) => (isRight ? [p] : []));
}

/** 0 → A, 1 → B, …: how a trainer names an option. */
export const positionLetter = (position: number) => String.fromCharCode(65 + position);
