import { describe, expect, test } from 'vitest';
import type { ScreenDraft, SimulationDraft } from '../../src/schemas/simulation';
import { reachableFrom, simulationProblems } from '../../src/lib/build/simulation-graph';

// The graph rules of a simulation (issue #21): each authoring mistake is named with its screen,
// and a sound scenario has no problem.

const screen = (id: string, over: Partial<ScreenDraft> = {}): ScreenDraft => ({
  id,
  kind: 'app',
  title: `Screen ${id}`,
  official: false,
  techniques: [],
  text: '',
  fields: [],
  choices: [],
  ...over,
});

/** A small sound scenario: a caller asks for the code; reading it out is the trap. */
function sound(): SimulationDraft {
  return {
    id: 'register-level-1',
    title: 'Register on the pretend app',
    start: 'enter-number',
    traps: ['otp-to-caller'],
    variants: [],
    screens: [
      screen('enter-number', {
        text: 'ID number: 0xx xxx xxx xxx',
        choices: [{ text: 'Tap Continue', to: 'otp-sms', explanation: 'The number is yours; go on.' }],
      }),
      screen('otp-sms', {
        kind: 'sms',
        from: 'VNeID (pretend)',
        text: 'Your code is 482 913. Never give it to anyone.',
        choices: [
          { text: 'Type the code into the app', to: 'done', explanation: 'Only the app needs the code.' },
          { text: 'Answer the ringing phone', to: 'caller', explanation: 'Let us see who it is.' },
        ],
      }),
      screen('caller', {
        kind: 'call',
        from: '09xx xxx xxx',
        text: 'I am from the commune. Read me the code so I can finish for you.',
        choices: [
          {
            text: 'Read out the code',
            to: 'fell-for-it',
            trap: 'otp-to-caller',
            explanation: 'No helper ever asks for your code: with it they take over your account.',
          },
          { text: 'Hang up', to: 'otp-sms', explanation: 'Right: hang up and type the code yourself.' },
        ],
      }),
      screen('done', { kind: 'debrief', text: 'You kept the code to yourself.' }),
      screen('fell-for-it', {
        kind: 'debrief',
        trap: 'otp-to-caller',
        text: 'The caller has your account now.',
      }),
    ],
  };
}

const withScreen = (sim: SimulationDraft, id: string, change: (s: ScreenDraft) => void) => {
  change(sim.screens.find((s) => s.id === id)!);
  return sim;
};

describe('simulationProblems', () => {
  test('a sound scenario has none, and every screen is reachable from the start', () => {
    const sim = sound();
    expect(simulationProblems(sim)).toEqual([]);
    expect([...reachableFrom(sim.start, new Map(sim.screens.map((s) => [s.id, s])))].sort()).toEqual(
      sim.screens.map((s) => s.id).sort(),
    );
  });

  test('a choice to an unknown screen, naming the screen and the choice', () => {
    const sim = withScreen(sound(), 'enter-number', (s) => (s.choices[0]!.to = 'otp'));
    expect(simulationProblems(sim)).toContain(
      'screen "enter-number", choice 1 ("Tap Continue"): to="otp" is no screen of this simulation',
    );
  });

  test('a start that is no screen', () => {
    const sim = { ...sound(), start: 'home' };
    expect(simulationProblems(sim)).toContain('start="home" is no screen of this simulation');
  });

  test('a dead end: a screen with no choice that is not a debrief', () => {
    const sim = withScreen(sound(), 'caller', (s) => (s.choices = []));
    const problems = simulationProblems(sim);
    expect(problems).toContain(
      'screen "caller": is a dead end: it has no <Choice> and is not a debrief (kind="debrief")',
    );
  });

  test('an unreachable screen', () => {
    const sim = sound();
    sim.screens.push(screen('orphan', { kind: 'debrief', text: 'Nobody gets here.' }));
    expect(simulationProblems(sim)).toEqual(['screen "orphan": cannot be reached from start="enter-number"']);
  });

  test('a loop with no way out to a debrief', () => {
    const sim = sound();
    sim.screens.push(
      screen('loop-a', { choices: [{ text: 'Go on', to: 'loop-b', explanation: 'Round again.' }] }),
      screen('loop-b', { choices: [{ text: 'Go back', to: 'loop-a', explanation: 'Round again.' }] }),
    );
    withScreen(sim, 'enter-number', (s) =>
      s.choices.push({ text: 'Open settings', to: 'loop-a', explanation: 'A detour.' }),
    );
    expect(simulationProblems(sim)).toEqual([
      'screen "loop-a": no path from here reaches a debrief (every way round loops)',
      'screen "loop-b": no path from here reaches a debrief (every way round loops)',
    ]);
  });

  test('a choice without an explanation', () => {
    const sim = withScreen(sound(), 'caller', (s) => (s.choices[1]!.explanation = '  '));
    expect(simulationProblems(sim)).toEqual([
      'screen "caller", choice 2 ("Hang up"): needs an explanation="…"',
    ]);
  });

  test('a declared trap no reachable choice falls into', () => {
    const sim = { ...sound(), traps: ['otp-to-caller', 'fake-link'] };
    expect(simulationProblems(sim)).toEqual([
      'trap "fake-link" is declared, but no choice the learner can reach falls into it (trap="fake-link")',
    ]);
  });

  test('a trap only on an unreachable screen is not reached', () => {
    const sim = { ...sound(), traps: ['otp-to-caller', 'fake-link'] };
    sim.screens.push(
      screen('link-sms', {
        kind: 'sms',
        from: 'Bank (made up)',
        text: 'Tap vneid-update.invalid',
        choices: [
          { text: 'Tap the link', to: 'fell-for-it', trap: 'fake-link', explanation: 'A fake page.' },
        ],
      }),
    );
    const problems = simulationProblems(sim);
    expect(problems).toContain('screen "link-sms": cannot be reached from start="enter-number"');
    expect(problems).toContain(
      'trap "fake-link" is declared, but no choice the learner can reach falls into it (trap="fake-link")',
    );
  });

  test('a choice or debrief naming a trap the simulation does not declare', () => {
    const sim = withScreen(sound(), 'caller', (s) => (s.choices[0]!.trap = 'otp-to-calller'));
    withScreen(sim, 'fell-for-it', (s) => (s.trap = 'caller'));
    expect(simulationProblems(sim)).toEqual([
      'screen "caller", choice 1 ("Read out the code"): trap="otp-to-calller" is not one of the simulation\'s traps (otp-to-caller)',
      'screen "fell-for-it": trap="caller" is not one of the simulation\'s traps (otp-to-caller)',
      'trap "otp-to-caller" is declared, but no choice the learner can reach falls into it (trap="otp-to-caller")',
    ]);
  });

  test('no safe way through', () => {
    const sim = withScreen(sound(), 'otp-sms', (s) => (s.choices = s.choices.slice(1)));
    withScreen(sim, 'caller', (s) => (s.choices = s.choices.slice(0, 1)));
    const problems = simulationProblems(sim);
    expect(problems).toContain('screen "done": cannot be reached from start="enter-number"');
    expect(problems).toContain('has no safe way through: no reachable debrief without a trap');
  });

  test('two screens with one id, a trap listed twice, a debrief with choices, a trap on a screen', () => {
    const sim = sound();
    sim.traps.push('otp-to-caller');
    sim.screens.push(screen('done', { kind: 'debrief', text: 'again' }));
    withScreen(sim, 'fell-for-it', (s) =>
      s.choices.push({ text: 'Try again', to: 'enter-number', explanation: 'Again.' }),
    );
    withScreen(sim, 'caller', (s) => (s.trap = 'otp-to-caller'));
    const problems = simulationProblems(sim);
    expect(problems).toContain('screen "done": the id is used by two <Screen>s');
    expect(problems).toContain('traps lists "otp-to-caller" twice');
    expect(problems).toContain(
      'screen "fell-for-it": a debrief ends the simulation, so it has no <Choice> (the phone offers "try again" itself)',
    );
    expect(problems).toContain('screen "caller": only a debrief names the trap that led to it');
    withScreen(sim, 'done', (s) => (s.countdown = 10));
    expect(simulationProblems(sim)).toContain(
      'screen "done": a debrief has nothing to decide, so it has no countdown',
    );
  });

  test('a real-looking number or address on the phone', () => {
    const sim = withScreen(sound(), 'caller', (s) => {
      s.from = '0912 345 678';
      s.text = 'Go to vneid-help.com and read me the code.';
    });
    const problems = simulationProblems(sim);
    expect(problems).toContain(
      'screen "caller": "0912 345 678" looks like a diallable phone number; write it like 09xx xxx xxx',
    );
    expect(problems).toContain(
      'screen "caller": "vneid-help.com" could be real; use a .invalid or example.com address',
    );
  });

  test('look-alike addresses end in an example domain; only an official screen shows the real one', () => {
    const lookAlike = withScreen(sound(), 'otp-sms', (s) => {
      s.kind = 'browser';
      s.address = 'https://dichvucong.gov.vn.example.com/login';
    });
    expect(simulationProblems(lookAlike)).toEqual([]);

    const realOnPhone = withScreen(sound(), 'otp-sms', (s) => {
      s.kind = 'browser';
      s.address = 'dichvucong.gov.vn';
    });
    expect(simulationProblems(realOnPhone)).toEqual([
      'screen "otp-sms": "dichvucong.gov.vn" could be real; use a .invalid or example.com address (a look-alike ends in one: dichvucong.gov.vn.example.com)',
    ]);

    const official = withScreen(sound(), 'otp-sms', (s) => {
      s.kind = 'browser';
      s.official = true;
      s.address = 'https://dichvucong.gov.vn/';
      s.text = 'Cổng Dịch vụ công quốc gia (pretend copy): dichvucong.gov.vn';
    });
    expect(simulationProblems(official)).toEqual([]);

    const officialElsewhere = withScreen(sound(), 'otp-sms', (s) => {
      s.kind = 'browser';
      s.official = true;
      s.address = 'dichvucong-gov.vn';
    });
    expect(simulationProblems(officialElsewhere)).toEqual([
      'screen "otp-sms": "dichvucong-gov.vn" is not a site the fact sheet names (dichvucong.gov.vn, mps.gov.vn, bocongan.gov.vn, tinnhiemmang.vn, chongluadao.vn, online.gov.vn), so an official screen can\'t show it',
    ]);
  });

  test('the lesson’s words (choices, explanations, debriefs) keep the fact sheet’s rules', () => {
    const sim = withScreen(
      sound(),
      'caller',
      (s) => (s.choices[1]!.explanation = 'Hang up and call 1900 1234.'),
    );
    withScreen(sim, 'done', (s) => (s.text = 'Report it to 113, or to canhbao.example.com.'));
    expect(simulationProblems(sim)).toEqual([
      expect.stringMatching(/^screen "caller": "1900 1234" is not a number the fact sheet gives/),
    ]);
    const hotline = withScreen(
      sound(),
      'done',
      (s) => (s.text = 'Report scam calls to 156 or at tinnhiemmang.vn.'),
    );
    expect(simulationProblems(hotline)).toEqual([]);
  });

  describe('variants: each kind of run is its own graph', () => {
    /** The shop's QR sticker: honest in one run, swapped for another's in the other. */
    function shop(): SimulationDraft {
      return {
        id: 'pay-shop',
        title: 'Pay the shop',
        start: 'scan',
        traps: ['swapped-qr'],
        variants: ['honest', 'swapped'],
        screens: [
          screen('scan', {
            kind: 'camera',
            choices: [
              {
                text: 'Scan the sticker',
                to: 'confirm-shop',
                variant: 'honest',
                explanation: 'Read the name.',
              },
              {
                text: 'Scan the sticker',
                to: 'confirm-other',
                variant: 'swapped',
                explanation: 'Read the name.',
              },
            ],
          }),
          screen('confirm-shop', {
            kind: 'payment',
            choices: [{ text: 'Pay', to: 'paid', explanation: 'The name matches the sign.' }],
          }),
          screen('confirm-other', {
            kind: 'payment',
            choices: [
              {
                text: 'Pay anyway',
                to: 'lost',
                trap: 'swapped-qr',
                explanation: 'The name is not the shop’s.',
              },
              { text: 'Stop and ask', to: 'paid', explanation: 'Right: the names differ.' },
            ],
          }),
          screen('paid', { kind: 'debrief', text: 'You paid the shop.' }),
          screen('lost', { kind: 'debrief', trap: 'swapped-qr', text: 'The money went to a stranger.' }),
        ],
      };
    }

    test('a sound scenario with variants has none: each screen and trap is reachable in some run', () => {
      expect(simulationProblems(shop())).toEqual([]);
    });

    test('a dead end in one kind of run, naming the run', () => {
      const sim = withScreen(shop(), 'confirm-other', (s) => {
        for (const choice of s.choices) choice.variant = 'honest';
      });
      expect(simulationProblems(sim)).toContain(
        'screen "confirm-other": is a dead end in a "swapped" run: none of its choices is in that run',
      );
    });

    test('no safe way through in one kind of run', () => {
      const sim = withScreen(shop(), 'confirm-other', (s) => (s.choices = s.choices.slice(0, 1)));
      expect(simulationProblems(sim)).toEqual([
        'has no safe way through in a "swapped" run: no reachable debrief without a trap',
      ]);
    });

    test('an unknown variant on a choice, a variant listed twice, a variant nothing makes differ', () => {
      const sim = withScreen(shop(), 'scan', (s) => (s.choices[1]!.variant = 'swaped'));
      sim.variants.push('honest', 'spare');
      const problems = simulationProblems(sim);
      expect(problems).toContain(
        'screen "scan", choice 2 ("Scan the sticker"): variant="swaped" is not one of the simulation\'s variants (honest, swapped, honest, spare)',
      );
      expect(problems).toContain('variants lists "honest" twice');
      expect(problems).toContain(
        'variant "spare" is declared, but no <Choice variant="spare"> makes its runs differ',
      );
      expect(problems).toContain(
        'variant "swapped" is declared, but no <Choice variant="swapped"> makes its runs differ',
      );
    });
  });

  describe('a pretend form (typed fields)', () => {
    /** The sound scenario with the ID number typed in on its first screen and the code on the SMS. */
    const withForms = () => {
      const sim = withScreen(sound(), 'enter-number', (s) => {
        s.fields = [
          { id: 'id-number', kind: 'id-number', label: 'Personal ID number' },
          { id: 'phone', kind: 'phone', label: 'Phone number' },
        ];
        s.choices[0]!.submit = true;
      });
      return withScreen(sim, 'otp-sms', (s) => {
        s.fields = [{ id: 'otp', kind: 'otp', label: 'Code', expect: '482913' }];
        s.choices[0]!.submit = true;
      });
    };

    test('fields sent by a submit choice are sound', () => {
      expect(simulationProblems(withForms())).toEqual([]);
    });

    test('a submit choice on a screen without fields', () => {
      const sim = withScreen(sound(), 'caller', (s) => (s.choices[1]!.submit = true));
      expect(simulationProblems(sim)).toEqual([
        'screen "caller", choice 2 ("Hang up"): is a submit choice, but its screen has no <Field> to send',
      ]);
    });

    test('fields with no submit choice', () => {
      const sim = withScreen(withForms(), 'enter-number', (s) => (s.choices[0]!.submit = false));
      expect(simulationProblems(sim)).toEqual([
        'screen "enter-number": has <Field>s but no <Choice submit> to send them, so what the learner types leads nowhere',
      ]);
    });

    test.each([
      [undefined, ''],
      ['48291', ' (got "48291")'],
      ['482 913', ' (got "482 913")'],
    ])('an otp field expecting %j', (expect_, got) => {
      const sim = withScreen(withForms(), 'otp-sms', (s) => (s.fields[0]!.expect = expect_));
      expect(simulationProblems(sim)).toEqual([
        `screen "otp-sms", field "otp": an otp field needs expect="…", the 6 digits the SMS showed, e.g. expect="482913"${got}`,
      ]);
    });

    test('expect on a field that is not an otp', () => {
      const sim = withScreen(withForms(), 'enter-number', (s) => (s.fields[1]!.expect = '0900000000'));
      expect(simulationProblems(sim)).toEqual([
        'screen "enter-number", field "phone": only an otp field has expect="…"; any phone that passes its check will do',
      ]);
    });

    test('two fields with the same id on a screen', () => {
      const sim = withScreen(withForms(), 'enter-number', (s) => (s.fields[1]!.id = 'id-number'));
      expect(simulationProblems(sim)).toEqual([
        'screen "enter-number", field "id-number": the id is used by two <Field>s on this screen',
      ]);
    });

    test('a label that could be real is checked as what the phone shows', () => {
      const sim = withScreen(withForms(), 'enter-number', (s) => (s.fields[1]!.label = 'Phone 0912 345 678'));
      expect(simulationProblems(sim).join('\n')).toContain(
        'screen "enter-number": "0912 345 678" looks like a diallable phone number',
      );
    });
  });

  test('an empty simulation', () => {
    expect(simulationProblems({ ...sound(), screens: [] })).toEqual(['has no <Screen>']);
  });
});
