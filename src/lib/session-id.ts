// Apart from new-id.ts, which every page loads through the progress store: only trainer pages
// make workshop sessions, and lesson pages stay within their 20 KB script budget.

/** Letters and digits that can't be misread for one another on a projector (no 0/O, 1/I/L). */
const SESSION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A workshop session id: 6 characters a learner could also type, about 887 million of them. */
export function newSessionId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  // 256 % 31 = 8: the first 8 letters are a little likelier, which doesn't matter for an id.
  return Array.from(bytes, (b) => SESSION_ALPHABET[b % SESSION_ALPHABET.length]).join('');
}
