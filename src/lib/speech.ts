/**
 * Reading a lesson step aloud with the browser's own speech synthesis (no audio files, nothing
 * leaves the phone). Pure helpers; the `<listen-button>` element does the speaking.
 */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
  default?: boolean;
}

/** The voice to read a page in `lang`: same language; on-device first (works offline), then the default. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  const matching = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === primary);
  const score = (v: V) => (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  return matching.sort((a, b) => score(b) - score(a))[0];
}

/**
 * A step's words cut into sentences, each spoken as its own utterance: short utterances pause and
 * resume reliably, and some browsers stop a long one part way.
 */
export const speechChunks = (text: string): string[] =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?:;])\s+/)
    .filter(Boolean);
