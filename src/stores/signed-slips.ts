import { receiveSignedSlip, signedReceipt, type Receipt } from '../lib/signed-receive';
import { $storedProgress, changeProgress } from './progress-state';

// Apart from the profile actions, so the learner profiles' code (the progress page's first part)
// doesn't carry the signed-slip reader; only <signed-receive> loads this.
/**
 * Receives a slip a trainer signed for the current learner (issue #22): kept when it is theirs and
 * new, and what happened said either way. Nothing else changes.
 */
export function receiveSignature(text: string): Receipt {
  const state = $storedProgress.get();
  const receipt = signedReceipt(state.profiles[state.current]!, text);
  if (receipt.outcome === 'received') changeProgress((s) => receiveSignedSlip(s, text));
  return receipt;
}
