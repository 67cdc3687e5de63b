import { SIGNED_SLIPS_MAX, SIGNED_TEXT_MAX, type Profile, type StoredProgress } from '../schemas/progress';
import { readSignedSlip, type SignedRecord } from './signed-slip';
import { CURRICULUM_ID } from './slip';

/**
 * A learner's signed slips (issue #22): the codes their trainers signed for them, received on the
 * progress page (pasted, or scanned from the trainer's screen), kept in their profile
 * (schemas/progress.ts `signed`), carried by export files and printed on the certificate. A slip
 * is read here, not verified: anyone checks the signature on the check page, which says who
 * signed; receiving only keeps what is the learner's own. Apart from lib/merge.ts and
 * lib/profiles.ts so the certificate page, which needs only the newest, loads neither.
 */
export type Receipt =
  /** Nothing was pasted. */
  | { outcome: 'empty' }
  /** Not a signed slip of this course, or damaged (a character missing, changed or extra). */
  | { outcome: 'unreadable' }
  /** Signed for someone else (another learner id): not kept. */
  | { outcome: 'other-learner'; record: SignedRecord }
  /** This very slip is kept already. */
  | { outcome: 'already'; record: SignedRecord; text: string }
  /** The profile holds SIGNED_SLIPS_MAX newer slips, so this older one would not be kept. */
  | { outcome: 'older'; record: SignedRecord; text: string }
  /** New: kept. */
  | { outcome: 'received'; record: SignedRecord; text: string };

/**
 * A profile's signed slips when two lists meet (receiving one, an import): both sides' slips once
 * each, by the day each was signed and then by text, so the newest is last, and the newest
 * SIGNED_SLIPS_MAX of them. One order for any input, so the merge laws of lib/merge.ts hold here
 * too. A text that reads as no slip (the stored format checks only its alphabet) sorts first, to
 * be dropped first.
 */
export function mergeSignedSlips(a: readonly string[], b: readonly string[]): string[] {
  const key = new Map(
    [...a, ...b].map((text) => [text, `${readSignedSlip(text)?.record.signed ?? ''} ${text}`]),
  );
  return [...key.keys()].sort((x, y) => (key.get(x)! < key.get(y)! ? -1 : 1)).slice(-SIGNED_SLIPS_MAX);
}

/** The state with the current learner's signed slips set to `signed` (as mergeSignedSlips gives). */
export function noteSignedSlips(state: StoredProgress, signed: string[]): StoredProgress {
  const profile = state.profiles[state.current];
  if (!profile) return state;
  return { ...state, profiles: { ...state.profiles, [state.current]: { ...profile, signed } } };
}

/**
 * The code as typed or read: line breaks dropped (a long code copied from a wrapped line) and the
 * ends trimmed. Base45 has a space but no line break, and never ends a code with a space.
 */
export const cleanSignedText = (text: string): string => text.replace(/[\r\n\t]/g, '').trim();

/** What receiving `text` into this profile would do. */
export function signedReceipt(profile: Pick<Profile, 'learnerId' | 'signed'>, text: string): Receipt {
  const clean = cleanSignedText(text);
  if (clean === '') return { outcome: 'empty' };
  const parsed = clean.length <= SIGNED_TEXT_MAX ? readSignedSlip(clean) : undefined;
  if (!parsed || parsed.record.curriculum !== CURRICULUM_ID) return { outcome: 'unreadable' };
  const { record } = parsed;
  if (record.learnerId !== profile.learnerId) return { outcome: 'other-learner', record };
  const kept = profile.signed ?? [];
  if (kept.includes(clean)) return { outcome: 'already', record, text: clean };
  if (!mergeSignedSlips(kept, [clean]).includes(clean)) return { outcome: 'older', record, text: clean };
  return { outcome: 'received', record, text: clean };
}

/**
 * The state with `text` received by the current learner, if it is theirs and new; otherwise the
 * very same state.
 */
export function receiveSignedSlip(state: StoredProgress, text: string): StoredProgress {
  const profile = state.profiles[state.current];
  if (!profile) return state;
  const receipt = signedReceipt(profile, text);
  if (receipt.outcome !== 'received') return state;
  return noteSignedSlips(state, mergeSignedSlips(profile.signed ?? [], [receipt.text]));
}

/** The newest slip a profile holds (the one its certificate prints), read; undefined if none. */
export function newestSignedSlip(
  profile: Pick<Profile, 'signed'>,
): { text: string; record: SignedRecord } | undefined {
  // Newest last, and a text that doesn't read sorts first: the last that reads.
  for (const text of [...(profile.signed ?? [])].reverse()) {
    const parsed = readSignedSlip(text);
    if (parsed) return { text, record: parsed.record };
  }
  return undefined;
}
