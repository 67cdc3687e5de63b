import { describe, expect, test } from 'vitest';
import { paperExercise, type PaperScreenSource } from '../../src/lib/build/simulation-paper';

// A simulation on paper (issue #21): questions in the order a learner meets the screens, choices
// as lettered options, and where each leads for the answer key.

const screen = (
  id: string,
  choices: Array<[text: string, to: string]> = [],
  trap?: string,
): PaperScreenSource => ({
  id,
  kind: choices.length === 0 ? 'debrief' : 'app',
  trap,
  choices: choices.map(([text, to]) => ({ text, to })),
});

describe('paperExercise', () => {
  test('asks the screens in the order a learner meets them, not the file’s, and keeps debriefs for the key, safe ones first', () => {
    const { questions, ends } = paperExercise('scan', [
      screen('lost', [], 'pay-link'),
      screen('paid', []),
      screen('confirm', [
        ['Pay by the link in the SMS', 'lost'],
        ['Read the name, then confirm', 'paid'],
        ['Confirm without reading', 'confirm'],
      ]),
      screen('scan', [['Scan the shop’s code', 'confirm']]),
      screen('caught', [], 'swapped-qr'),
      screen('swapped', [['Confirm', 'caught']]),
    ]);
    expect(questions.map((q) => [q.number, q.screen.id])).toEqual([
      [1, 'scan'],
      [2, 'confirm'],
      // Not reached from the start (the build refuses that): still printed, last.
      [3, 'swapped'],
    ]);
    expect(ends.map((end) => end.id)).toEqual(['paid', 'lost', 'caught']);
    expect(questions[1]!.options.map((o) => [o.letter, o.choice.text, o.leadsTo])).toEqual([
      ['A', 'Pay by the link in the SMS', [{ end: 'lost' }]],
      ['B', 'Read the name, then confirm', [{ end: 'paid' }]],
      // Trying again leads back to the same question.
      ['C', 'Confirm without reading', [{ question: 2 }]],
    ]);
  });

  test('choices with the same words (one per kind of run) are one option that leads to each', () => {
    const { questions } = paperExercise('shop', [
      screen('shop', [
        ['Scan the code on the shop’s sign', 'honest'],
        ['Scan the code on the shop’s sign', 'swapped'],
        ['Tap the link in the “bank” SMS', 'shop'],
      ]),
      screen('honest', [['Confirm', 'paid']]),
      screen('swapped', [['Confirm', 'lost']]),
      screen('paid'),
      screen('lost'),
    ]);
    expect(questions[0]!.options.map((o) => [o.letter, o.leadsTo])).toEqual([
      ['A', [{ question: 2 }, { question: 3 }]],
      ['B', [{ question: 1 }]],
    ]);
  });
});
