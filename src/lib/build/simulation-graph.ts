import type { ScreenDraft, SimulationDraft } from '../../schemas/simulation';
import {
  ALLOWED_DOMAINS,
  describeProblem,
  findExampleMessageProblems,
  findLessonTextProblems,
} from './content-rules';

/**
 * The rules a simulation's graph keeps (issue #21), as problems in words: an empty list means it
 * is sound. Pure, so unit tests walk every scenario without a build; the build throws what this
 * returns, naming the file.
 *
 * - every choice leads to a screen that exists; the start is a screen;
 * - every screen can be reached from the start, and from every screen a debrief can be reached
 *   (a screen with no choice that is not a debrief is a dead end);
 * - every choice explains itself;
 * - every declared trap has a reachable choice that falls into it, and no choice or debrief names
 *   a trap the simulation doesn't declare; there is a safe way through (a debrief with no trap);
 * - with variants, each kind of run is checked as its own graph (dead ends, loops, a safe way
 *   through); a screen or trap need only be reachable in one of them;
 * - a pretend form sends: a screen with <Field>s has a <Choice submit>, a submit choice has fields
 *   to send, field ids are unique on their screen, and an otp field expects the SMS's 6 digits;
 * - what the phone shows leads nowhere real: example addresses and undiallable numbers, except the
 *   address of an `official` screen, which may be a real site the fact sheet names; what the lesson
 *   says (choices, explanations, debriefs) keeps the fact sheet's rules for lesson text.
 */
export function simulationProblems(sim: SimulationDraft): string[] {
  const problems: string[] = [];
  const at = (screen: ScreenDraft) => `screen "${screen.id}"`;
  const byId = new Map<string, ScreenDraft>();
  for (const screen of sim.screens) {
    if (byId.has(screen.id)) problems.push(`${at(screen)}: the id is used by two <Screen>s`);
    else byId.set(screen.id, screen);
  }
  if (sim.screens.length === 0) return [...problems, 'has no <Screen>'];
  if (!byId.has(sim.start)) problems.push(`start="${sim.start}" is no screen of this simulation`);

  const declared = new Set(sim.traps);
  for (const trap of sim.traps.filter((trap, i) => sim.traps.indexOf(trap) !== i))
    problems.push(`traps lists "${trap}" twice`);
  const variants = new Set(sim.variants);
  for (const variant of sim.variants.filter((variant, i) => sim.variants.indexOf(variant) !== i))
    problems.push(`variants lists "${variant}" twice`);

  for (const screen of sim.screens) {
    if (screen.kind === 'debrief') {
      if (screen.countdown !== undefined)
        problems.push(`${at(screen)}: a debrief has nothing to decide, so it has no countdown`);
      if (screen.choices.length > 0)
        problems.push(
          `${at(screen)}: a debrief ends the simulation, so it has no <Choice> (the phone offers "try again" itself)`,
        );
      if (screen.trap !== undefined && !declared.has(screen.trap))
        problems.push(
          `${at(screen)}: trap="${screen.trap}" is not one of the simulation's traps (${list(sim.traps)})`,
        );
    } else {
      if (screen.trap !== undefined)
        problems.push(`${at(screen)}: only a debrief names the trap that led to it`);
      if (screen.choices.length === 0)
        problems.push(
          `${at(screen)}: is a dead end: it has no <Choice> and is not a debrief (kind="debrief")`,
        );
    }
    screen.choices.forEach((choice, i) => {
      const which = `${at(screen)}, choice ${i + 1} ("${short(choice.text)}")`;
      if (!choice.text.trim()) problems.push(`${at(screen)}, choice ${i + 1}: has no text`);
      if (!choice.explanation.trim()) problems.push(`${which}: needs an explanation="…"`);
      if (!byId.has(choice.to)) problems.push(`${which}: to="${choice.to}" is no screen of this simulation`);
      if (choice.trap !== undefined && !declared.has(choice.trap))
        problems.push(
          `${which}: trap="${choice.trap}" is not one of the simulation's traps (${list(sim.traps)})`,
        );
      if (choice.variant !== undefined && !variants.has(choice.variant))
        problems.push(
          `${which}: variant="${choice.variant}" is not one of the simulation's variants (${list(sim.variants)})`,
        );
    });
    problems.push(...formProblems(screen).map((problem) => `${at(screen)}${problem}`));
    problems.push(...textProblems(screen).map((problem) => `${at(screen)}: ${problem}`));
  }
  for (const variant of variants)
    if (!sim.screens.some((screen) => screen.choices.some((choice) => choice.variant === variant)))
      problems.push(
        `variant "${variant}" is declared, but no <Choice variant="${variant}"> makes its runs differ`,
      );

  // Each kind of run is its own graph: a run of one variant never sees another's choices.
  const runs = sim.variants.length > 0 ? [...variants] : [undefined];
  const reachedInSome = new Set<string>();
  const trapsReached = new Set<string>();
  for (const variant of runs) {
    const inRun = variant === undefined ? '' : ` in a "${variant}" run`;
    const graph = new Map(
      [...byId].map(([id, screen]) => [
        id,
        {
          ...screen,
          choices: screen.choices.filter(
            (choice) => choice.variant === undefined || choice.variant === variant,
          ),
        },
      ]),
    );
    const reachable = reachableFrom(sim.start, graph);
    reachable.forEach((id) => reachedInSome.add(id));
    const ending = canReachDebrief(graph);
    for (const id of reachable) {
      const screen = graph.get(id)!;
      if (screen.kind === 'debrief') continue;
      if (screen.choices.length === 0 && byId.get(id)!.choices.length > 0)
        problems.push(`${at(screen)}: is a dead end${inRun}: none of its choices is in that run`);
      else if (screen.choices.length > 0 && !ending.has(id))
        problems.push(`${at(screen)}: no path from here reaches a debrief${inRun} (every way round loops)`);
      for (const choice of screen.choices) if (choice.trap !== undefined) trapsReached.add(choice.trap);
    }
    const safeEnd = [...reachable].some(
      (id) => graph.get(id)!.kind === 'debrief' && graph.get(id)!.trap === undefined,
    );
    if (byId.has(sim.start) && !safeEnd)
      problems.push(`has no safe way through${inRun}: no reachable debrief without a trap`);
  }
  for (const screen of byId.values())
    if (!reachedInSome.has(screen.id))
      problems.push(`${at(screen)}: cannot be reached from start="${sim.start}"`);
  for (const trap of declared)
    if (!trapsReached.has(trap))
      problems.push(
        `trap "${trap}" is declared, but no choice the learner can reach falls into it (trap="${trap}")`,
      );
  return problems;
}

/** The ids of every screen a learner can get to from `start`. */
export function reachableFrom(start: string, byId: ReadonlyMap<string, ScreenDraft>): Set<string> {
  const seen = new Set<string>();
  const queue = byId.has(start) ? [start] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const choice of byId.get(id)!.choices)
      if (byId.has(choice.to) && !seen.has(choice.to)) queue.push(choice.to);
  }
  return seen;
}

/** The ids of screens from which some path reaches a debrief (debriefs included). */
function canReachDebrief(byId: ReadonlyMap<string, ScreenDraft>): Set<string> {
  const ending = new Set([...byId.values()].filter((s) => s.kind === 'debrief').map((s) => s.id));
  for (let grew = true; grew;) {
    grew = false;
    for (const screen of byId.values())
      if (!ending.has(screen.id) && screen.choices.some((choice) => ending.has(choice.to))) {
        ending.add(screen.id);
        grew = true;
      }
  }
  return ending;
}

/** What is wrong with a screen's pretend form, each starting where on the screen it is. */
function formProblems(screen: ScreenDraft): string[] {
  const problems: string[] = [];
  const submits = screen.choices.filter((choice) => choice.submit);
  if (screen.fields.length === 0)
    screen.choices.forEach((choice, i) => {
      if (choice.submit)
        problems.push(
          `, choice ${i + 1} ("${short(choice.text)}"): is a submit choice, but its screen has no <Field> to send`,
        );
    });
  else if (submits.length === 0)
    problems.push(
      ': has <Field>s but no <Choice submit> to send them, so what the learner types leads nowhere',
    );
  const seen = new Set<string>();
  for (const field of screen.fields) {
    const which = `, field "${field.id}"`;
    if (seen.has(field.id)) problems.push(`${which}: the id is used by two <Field>s on this screen`);
    seen.add(field.id);
    if (field.kind === 'otp' && !/^\d{6}$/.test(field.expect ?? ''))
      problems.push(
        `${which}: an otp field needs expect="…", the 6 digits the SMS showed, e.g. expect="482913"${field.expect === undefined ? '' : ` (got "${field.expect}")`}`,
      );
    if (field.kind !== 'otp' && field.expect !== undefined)
      problems.push(
        `${which}: only an otp field has expect="…"; any ${field.kind} that passes its check will do`,
      );
  }
  return problems;
}

/** Fact-sheet problems in one screen's words: the phone's and the lesson's. */
function textProblems(screen: ScreenDraft): string[] {
  const teaching = screen.kind === 'debrief';
  const phoneText = [screen.from, screen.title, screen.text, ...screen.fields.map((field) => field.label)]
    .filter(Boolean)
    .join('\n');
  const problems = (teaching || screen.official ? findLessonTextProblems : findExampleMessageProblems)(
    phoneText,
  );
  if (screen.address !== undefined) {
    const host = hostOf(screen.address);
    if (screen.official ? !ALLOWED_DOMAINS.has(host) : findExampleMessageProblems(screen.address).length > 0)
      problems.push({
        found: screen.address,
        index: 0,
        reason: screen.official
          ? `is not a site the fact sheet names (${[...ALLOWED_DOMAINS].join(', ')}), so an official screen can't show it`
          : 'could be real; use a .invalid or example.com address (a look-alike ends in one: dichvucong.gov.vn.example.com)',
      });
  }
  for (const choice of screen.choices)
    problems.push(...findLessonTextProblems(`${choice.text}\n${choice.explanation}`));
  return problems.map(describeProblem);
}

function hostOf(address: string): string {
  try {
    return new URL(/^[a-z]+:\/\//i.test(address) ? address : `https://${address}`).hostname.toLowerCase();
  } catch {
    return address.toLowerCase();
  }
}

const short = (text: string) => text.trim().replace(/\s+/g, ' ').slice(0, 40);
const list = (items: string[]) => (items.length ? items.join(', ') : 'none declared');
