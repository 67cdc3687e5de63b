import type { FieldKind } from '../schemas/simulation';

/**
 * Checks for what a learner types into a simulation's pretend form (issue #21): the personal ID
 * number on the citizen ID card (12 digits), a Vietnamese mobile number (10 digits from 0; 11-digit
 * numbers were moved to 10 in 2018–2019), or the SMS's one-time code. Spaces, dots and dashes are
 * how people group digits, so they don't count.
 *
 * Nothing typed is kept or sent anywhere: the phone reads its fields when the learner sends the
 * form, says what is wrong, and empties them when it leaves the screen. The practice record stays
 * an outcome (which traps caught the learner), never a value.
 */

/** What is wrong, for the phone to say in the page's language (`sim.field.*`). */
export type FieldProblem = 'empty' | 'letters' | 'length' | 'start' | 'code';

export interface FieldCheck {
  problem: FieldProblem;
  /** How many digits were typed, for "you typed 9". */
  digits: number;
}

export interface PretendField {
  id: string;
  kind: FieldKind;
  /** An otp field's code. */
  expect?: string | undefined;
}

/** How many digits each kind of field takes (the paper exercise draws as many boxes). */
export const DIGITS: Record<FieldKind, number> = { 'id-number': 12, phone: 10, otp: 6 };

/** What is wrong with `typed` for `field`, or undefined when it passes. */
export function checkField(field: PretendField, typed: string): FieldCheck | undefined {
  const value = typed.replace(/[\s.-]/g, '');
  const problem: FieldProblem | undefined = !value
    ? 'empty'
    : /\D/.test(value)
      ? 'letters'
      : field.kind === 'otp'
        ? value === field.expect
          ? undefined
          : 'code'
        : value.length !== DIGITS[field.kind]
          ? 'length'
          : field.kind === 'phone' && !value.startsWith('0')
            ? 'start'
            : undefined;
  return problem && { problem, digits: value.replace(/\D/g, '').length };
}

/** The fields of a form that don't pass, by id (none: the form may be sent). */
export function formProblems(
  fields: readonly PretendField[],
  typed: Readonly<Record<string, string>>,
): Record<string, FieldCheck> {
  const problems: Record<string, FieldCheck> = {};
  for (const field of fields) {
    const check = checkField(field, typed[field.id] ?? '');
    if (check) problems[field.id] = check;
  }
  return problems;
}
