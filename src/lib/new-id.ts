/** A new learner id: 6 random bytes as 12 hex digits, what a progress slip carries. */
export function newLearnerId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new unique id for a quiz attempt or a profile (merges unite attempts by id). */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Letters and digits that can't be misread for one another on a projector (no 0/O, 1/I/L). */
const SESSION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A workshop session id: 6 characters a learner could also type, about 887 million of them. */
export function newSessionId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  // 256 % 31 = 8: the first 8 letters are a little likelier, which doesn't matter for an id.
  return Array.from(bytes, (b) => SESSION_ALPHABET[b % SESSION_ALPHABET.length]).join('');
}
