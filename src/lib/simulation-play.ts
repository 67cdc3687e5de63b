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
}

export interface PlayScreen {
  id: string;
  kind: string;
  title: string;
  from?: string | undefined;
  address?: string | undefined;
  /** A debrief: the trap that led to it, if any. */
  trap?: string | undefined;
  /** What the phone shows, as HTML from the build. */
  bodyHtml: string;
  choices: PlayChoice[];
}

export interface Scenario {
  id: string;
  start: string;
  screens: ReadonlyMap<string, PlayScreen>;
}

export interface Run {
  screen: string;
  /** The choice made on this screen, shown with its explanation until Continue. */
  chosen?: number | undefined;
  /** Every choice so far: the screen and the choice's position on it. */
  path: Array<{ screen: string; choice: number }>;
  /** Traps fallen into, in order, each once. */
  traps: string[];
}

export const startRun = (scenario: Scenario): Run => ({ screen: scenario.start, path: [], traps: [] });

export const screenOf = (scenario: Scenario, run: Run): PlayScreen => {
  const screen = scenario.screens.get(run.screen);
  if (!screen) throw new Error(`The simulation "${scenario.id}" has no screen "${run.screen}".`);
  return screen;
};

export const isOver = (scenario: Scenario, run: Run): boolean => screenOf(scenario, run).kind === 'debrief';

/** The learner makes choice `index` on the current screen; once per screen visit. */
export function choose(scenario: Scenario, run: Run, index: number): Run {
  const choice = screenOf(scenario, run).choices[index];
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
  const choice = screenOf(scenario, run).choices[run.chosen]!;
  return { screen: choice.to, path: run.path, traps: run.traps };
}

/** Whether a choice is the one to make: it falls into no trap and leads on towards a safe end. */
export function isGoodChoice(scenario: Scenario, choice: PlayChoice): boolean {
  if (choice.trap) return false;
  const target = scenario.screens.get(choice.to);
  return !(target?.kind === 'debrief' && target.trap);
}
