/**
 * A simulation as a paper exercise (issue #21): its screens in the order a learner meets them,
 * each a question ("what do you do?") with its choices as lettered options, and the debriefs for
 * the answer key. Pure, so a unit test checks it without a build; Simulation.astro draws it.
 */

/** The parts of a screen the paper needs (ScreenDraft from the MDX, or a test's own). */
export interface PaperScreenSource<C extends PaperChoiceSource = PaperChoiceSource> {
  id: string;
  kind: string;
  /** A debrief's trap, if a trap led there. */
  trap?: string | undefined;
  choices: C[];
}
export interface PaperChoiceSource {
  /** What the learner does, as text: choices of one screen with the same words are one option. */
  text: string;
  to: string;
}

export interface PaperQuestion<S extends PaperScreenSource> {
  /** From 1, in the order a learner meets the screens. */
  number: number;
  screen: S;
  options: Array<PaperOption<S['choices'][number]>>;
}

export interface PaperOption<C extends PaperChoiceSource> {
  /** A, B, C… */
  letter: string;
  /** The first choice with these words: its text, explanation and trap. */
  choice: C;
  /**
   * Where it leads, as question numbers or debrief screen ids: more than one when runs differ
   * (a QR sticker honest in one run, swapped in another) and the choices share their words.
   */
  leadsTo: Array<{ question: number } | { end: string }>;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The questions (every screen but the debriefs) in the order of a walk from `start` that takes
 * each screen's choices in turn; screens no walk reaches (the build refuses those) come last, in
 * the file's order. The debriefs in the same order, the safe ones first.
 */
export function paperExercise<S extends PaperScreenSource>(
  start: string,
  screens: S[],
): { questions: Array<PaperQuestion<S>>; ends: S[] } {
  const byId = new Map(screens.map((screen) => [screen.id, screen]));
  const order: S[] = [];
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const screen = byId.get(id);
    if (!screen || seen.has(id)) continue;
    seen.add(id);
    order.push(screen);
    queue.push(...screen.choices.map((choice) => choice.to));
  }
  order.push(...screens.filter((screen) => !seen.has(screen.id)));

  const asked = order.filter((screen) => screen.kind !== 'debrief');
  const numberOf = new Map(asked.map((screen, i) => [screen.id, i + 1]));
  const questions = asked.map((screen, i): PaperQuestion<S> => {
    const options: Array<PaperOption<S['choices'][number]>> = [];
    for (const choice of screen.choices) {
      const same = options.find((option) => option.choice.text === choice.text);
      const question = numberOf.get(choice.to);
      const where = question !== undefined ? { question } : { end: choice.to };
      if (same) same.leadsTo.push(where);
      else options.push({ letter: LETTERS[options.length] ?? '?', choice, leadsTo: [where] });
    }
    return { number: i + 1, screen, options };
  });
  // Safe endings first: the key reads as what to do, then what happens if you don't.
  const ends = order.filter((screen) => screen.kind === 'debrief');
  return { questions, ends: [...ends.filter((end) => !end.trap), ...ends.filter((end) => end.trap)] };
}
