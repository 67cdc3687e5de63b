import type { PretendField } from './pretend-fields';

/**
 * Playing a simulation (issue #21), as pure functions over its scenario and the learner's run, so
 * the rules are tested without a browser: the pretend phone (elements/phone-simulation.ts) only
 * draws what these return.
 *
 * A run is on one screen at a time. Choosing shows why that choice is right or wrong, on the same
 * screen; Continue goes where the choice leads. A run remembers every choice made and every trap
 * fallen into, in order: the outcome progress records is which traps caught the learner, not a
 * score.
 */

export interface PlayChoice {
  /** What the learner does, as HTML from the build. */
  html: string;
  text: string;
  to: string;
  explanation: string;
  trap?: string | undefined;
  /** Only in runs of this variant. */
  variant?: string | undefined;
  /** Goes forward only once the screen's fields pass their checks (lib/pretend-fields.ts). */
  submit?: boolean | undefined;
}

export interface PlayScreen {
  id: string;
  kind: string;
  title: string;
  from?: string | undefined;
  address?: string | undefined;
  /** A debrief: the trap that led to it, if any. */
  trap?: string | undefined;
  /** Seconds counted down while the learner decides. */
  countdown?: number | undefined;
  /** Manipulation techniques the screen names as they appear. */
  techniques: readonly string[];
  /** What the phone shows, as HTML from the build. */
  bodyHtml: string;
  /** The pretend form the learner types into, if any. */
  fields: Array<PretendField & { label: string }>;
  choices: PlayChoice[];
}

export interface Scenario {
  id: string;
  start: string;
  /** The versions a run can be (none: every run is the same). */
  variants: readonly string[];
  screens: ReadonlyMap<string, PlayScreen>;
}

export interface Run {
  /** Which version of the scenario this run is, if it has versions. */
  variant?: string | undefined;
  screen: string;
  /** The choice made on this screen, shown with its explanation until Continue. */
  chosen?: number | undefined;
  /** Every choice so far: the screen and the choice's position on it. */
  path: Array<{ screen: string; choice: number }>;
  /** Traps fallen into, in order, each once. */
  traps: string[];
}

export const startRun = (scenario: Scenario, variant?: string): Run => ({
  variant,
  screen: scenario.start,
  path: [],
  traps: [],
});

/**
 * The version a new run is: the one the address asks for (`?variant=`, for trainers and tests) if
 * the scenario has it, else one picked by `seed`, a random number per run.
 */
export function pickVariant(
  variants: readonly string[],
  seed: number,
  asked?: string | null,
): string | undefined {
  if (variants.length === 0) return undefined;
  if (asked && variants.includes(asked)) return asked;
  return variants[Math.floor(mulberry32(seed) * variants.length)];
}

/** The first number of the Mulberry32 generator for `seed`, in [0, 1): small, fast and even. */
function mulberry32(seed: number): number {
  let t = (seed + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The choices the current screen offers in this run. */
export const choicesOf = (scenario: Scenario, run: Run): PlayChoice[] =>
  screenOf(scenario, run).choices.filter(
    (choice) => choice.variant === undefined || choice.variant === run.variant,
  );

export const screenOf = (scenario: Scenario, run: Run): PlayScreen => {
  const screen = scenario.screens.get(run.screen);
  if (!screen) throw new Error(`The simulation "${scenario.id}" has no screen "${run.screen}".`);
  return screen;
};

export const isOver = (scenario: Scenario, run: Run): boolean => screenOf(scenario, run).kind === 'debrief';

/** The learner makes choice `index` on the current screen; once per screen visit. */
export function choose(scenario: Scenario, run: Run, index: number): Run {
  const choice = choicesOf(scenario, run)[index];
  if (!choice || run.chosen !== undefined) return run;
  return {
    ...run,
    chosen: index,
    path: [...run.path, { screen: run.screen, choice: index }],
    traps: choice.trap && !run.traps.includes(choice.trap) ? [...run.traps, choice.trap] : run.traps,
  };
}

/** Continue: to where the chosen choice leads. */
export function next(scenario: Scenario, run: Run): Run {
  if (run.chosen === undefined) return run;
  const choice = choicesOf(scenario, run)[run.chosen]!;
  return { variant: run.variant, screen: choice.to, path: run.path, traps: run.traps };
}

/**
 * Whether a choice made on screen `from` is one to make: it falls into no trap, doesn't lead
 * straight to a trap's debrief, and moves on. A choice back to its own screen is the "try again"
 * authors write for a wrong answer that costs nothing.
 */
export function isGoodChoice(scenario: Scenario, from: string, choice: PlayChoice): boolean {
  if (choice.trap || choice.to === from) return false;
  const target = scenario.screens.get(choice.to);
  return !(target?.kind === 'debrief' && target.trap);
}

/** What a finished run leaves in the learner's progress (schemas/progress.ts, practice): an outcome, not a score. */
export interface PracticeOutcome {
  simulation: string;
  variant: string | null;
  /** The debrief reached. */
  end: string;
  /** Traps fallen into, in order. */
  traps: string[];
  /** Choices that were not the good one. */
  wrong: number;
}

/** The outcome of a run that has reached a debrief; undefined while it is still going. */
export function practiceOutcome(scenario: Scenario, run: Run): PracticeOutcome | undefined {
  if (!isOver(scenario, run)) return undefined;
  const wrong = run.path.filter(({ screen, choice }) => {
    const made = choicesOf(scenario, { ...run, screen })[choice];
    return made !== undefined && !isGoodChoice(scenario, screen, made);
  }).length;
  // A trap's debrief names its trap too, whether or not the choice into it did.
  const ending = screenOf(scenario, run).trap;
  const traps = ending && !run.traps.includes(ending) ? [...run.traps, ending] : run.traps;
  return { simulation: scenario.id, variant: run.variant ?? null, end: run.screen, traps, wrong };
}
