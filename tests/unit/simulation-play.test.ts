import { describe, expect, test } from 'vitest';
import {
  choicesOf,
  choose,
  isGoodChoice,
  isOver,
  next,
  pickVariant,
  practiceOutcome,
  screenOf,
  startRun,
  type PlayScreen,
  type Scenario,
} from '../../src/lib/simulation-play';

const screen = (id: string, over: Partial<PlayScreen> = {}): PlayScreen => ({
  id,
  kind: 'app',
  title: id,
  bodyHtml: '',
  fields: [],
  techniques: [],
  choices: [],
  ...over,
});
const choice = (to: string, trap?: string) => ({ html: to, text: to, to, explanation: `why ${to}`, trap });

const scenario: Scenario = {
  id: 'register',
  start: 'otp-sms',
  variants: [],
  screens: new Map(
    [
      screen('otp-sms', { kind: 'sms', choices: [choice('done'), choice('caller')] }),
      screen('caller', { kind: 'call', choices: [choice('gave-code', 'otp-to-caller'), choice('otp-sms')] }),
      screen('done', { kind: 'debrief' }),
      screen('gave-code', { kind: 'debrief', trap: 'otp-to-caller' }),
    ].map((s) => [s.id, s]),
  ),
};

describe('a scenario with variants', () => {
  const shop: Scenario = {
    id: 'pay-shop',
    start: 'scan',
    variants: ['honest', 'swapped'],
    screens: new Map(
      [
        screen('scan', {
          choices: [
            { ...choice('confirm-shop'), variant: 'honest' },
            { ...choice('confirm-other'), variant: 'swapped' },
            choice('paid'),
          ],
        }),
        screen('confirm-shop', { choices: [choice('paid')] }),
        screen('confirm-other', { choices: [choice('lost', 'swapped-qr')] }),
        screen('paid', { kind: 'debrief' }),
        screen('lost', { kind: 'debrief', trap: 'swapped-qr' }),
      ].map((s) => [s.id, s]),
    ),
  };

  test('a run sees only its variant’s choices, and keeps its variant from screen to screen', () => {
    const swapped = startRun(shop, 'swapped');
    expect(choicesOf(shop, swapped).map((c) => c.to)).toEqual(['confirm-other', 'paid']);
    expect(choicesOf(shop, startRun(shop, 'honest')).map((c) => c.to)).toEqual(['confirm-shop', 'paid']);
    const moved = next(shop, choose(shop, swapped, 0));
    expect(moved).toMatchObject({ variant: 'swapped', screen: 'confirm-other' });
  });

  test('the address can ask for a variant; otherwise the seed picks one, the same for the same seed', () => {
    expect(pickVariant(shop.variants, 1, 'swapped')).toBe('swapped');
    expect(pickVariant(shop.variants, 1, 'other')).toBe(pickVariant(shop.variants, 1));
    expect(pickVariant([], 1, 'swapped')).toBeUndefined();
    const picked = Array.from({ length: 400 }, (_, seed) => pickVariant(shop.variants, seed));
    expect(new Set(picked)).toEqual(new Set(['honest', 'swapped']));
    // Roughly even: each at least a third of the runs.
    for (const variant of shop.variants)
      expect(picked.filter((p) => p === variant).length).toBeGreaterThan(400 / 3);
    expect(Array.from({ length: 400 }, (_, seed) => pickVariant(shop.variants, seed))).toEqual(picked);
  });
});

describe('a run through a simulation', () => {
  test('starts on the start screen with nothing chosen', () => {
    const run = startRun(scenario);
    expect(run).toEqual({ screen: 'otp-sms', path: [], traps: [] });
    expect(screenOf(scenario, run).kind).toBe('sms');
    expect(isOver(scenario, run)).toBe(false);
  });

  test('a choice shows on its screen until Continue, then the run moves where it leads', () => {
    const chosen = choose(scenario, startRun(scenario), 1);
    expect(chosen).toMatchObject({ screen: 'otp-sms', chosen: 1, path: [{ screen: 'otp-sms', choice: 1 }] });
    // One choice per visit: a second tap changes nothing.
    expect(choose(scenario, chosen, 0)).toBe(chosen);
    const moved = next(scenario, chosen);
    expect(moved).toEqual({ screen: 'caller', path: [{ screen: 'otp-sms', choice: 1 }], traps: [] });
    // Continue before choosing does nothing; an unknown choice neither.
    expect(next(scenario, moved)).toBe(moved);
    expect(choose(scenario, moved, 5)).toBe(moved);
  });

  test('a trap is remembered once, and the run ends on its debrief', () => {
    let run = next(scenario, choose(scenario, startRun(scenario), 1));
    run = next(scenario, choose(scenario, run, 1)); // hang up, back to the code
    run = next(scenario, choose(scenario, run, 1)); // answer again
    run = choose(scenario, run, 0);
    expect(run.traps).toEqual(['otp-to-caller']);
    run = next(scenario, run);
    expect(run.screen).toBe('gave-code');
    expect(isOver(scenario, run)).toBe(true);
    expect(run.path.map((step) => step.screen)).toEqual(['otp-sms', 'caller', 'otp-sms', 'caller']);
  });

  test('a good choice falls into no trap, does not lead straight to a trap’s debrief, and moves on', () => {
    const [toDone, toCaller] = screenOf(scenario, startRun(scenario)).choices;
    expect(isGoodChoice(scenario, 'otp-sms', toDone!)).toBe(true);
    expect(isGoodChoice(scenario, 'otp-sms', toCaller!)).toBe(true);
    // Back to its own screen: a wrong answer to try again.
    expect(isGoodChoice(scenario, 'otp-sms', { ...toDone!, to: 'otp-sms' })).toBe(false);
    const [readCode, hangUp] = scenario.screens.get('caller')!.choices;
    expect(isGoodChoice(scenario, 'caller', readCode!)).toBe(false);
    expect(isGoodChoice(scenario, 'caller', hangUp!)).toBe(true);
    expect(isGoodChoice(scenario, 'caller', { ...hangUp!, to: 'gave-code', trap: undefined })).toBe(false);
  });

  test('a run on a screen the scenario lacks is a bug, named', () => {
    expect(() => screenOf(scenario, { screen: 'nope', path: [], traps: [] })).toThrow(
      'The simulation "register" has no screen "nope".',
    );
  });
});

describe('the outcome a finished run records (progress, practice)', () => {
  const play = (choices: number[], variant?: string) =>
    choices.reduce((run, i) => next(scenario, choose(scenario, run, i)), startRun(scenario, variant));

  test('a clean run: the safe debrief, no trap, no wrong choice', () => {
    expect(practiceOutcome(scenario, play([0]))).toEqual({
      simulation: 'register',
      variant: null,
      end: 'done',
      traps: [],
      wrong: 0,
    });
  });

  test('a run the caller caught: which trap, and the wrong choices on the way', () => {
    expect(practiceOutcome(scenario, play([1, 0]))).toEqual({
      simulation: 'register',
      variant: null,
      end: 'gave-code',
      traps: ['otp-to-caller'],
      wrong: 1,
    });
  });

  test('a run still going has no outcome; hanging up on the caller and going on ends clean', () => {
    const back = play([1, 1]);
    expect(practiceOutcome(scenario, back)).toBeUndefined();
    expect(practiceOutcome(scenario, next(scenario, choose(scenario, back, 0)))).toMatchObject({
      end: 'done',
      traps: [],
      wrong: 0,
    });
  });

  test('a choice back to its own screen (try again) counts as wrong, not as a trap', () => {
    const retry: Scenario = {
      ...scenario,
      screens: new Map([
        ...scenario.screens,
        ['otp-sms', screen('otp-sms', { kind: 'sms', choices: [choice('otp-sms'), choice('done')] })],
      ]),
    };
    const run = [0, 1].reduce((r, i) => next(retry, choose(retry, r, i)), startRun(retry));
    expect(practiceOutcome(retry, run)).toMatchObject({ end: 'done', traps: [], wrong: 1 });
  });
});
