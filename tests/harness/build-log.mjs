// What in a build's output is a warning. A clean `npm run build` prints none (issue 14): a new one
// fails `npm test`, so a real problem never hides among known noise. The project's own
// informational lines ("› Building for…", "search index: …") are not warnings.

const WARNING = /\[WARN\]|\bwarn(ing)?s?\b|warning\b|\(!\)|\bdeprecat/i;
// Terminal colours, which Astro and Vite add when they think a person is watching.
const ANSI = /\x1b\[[0-9;]*m/g; // eslint-disable-line no-control-regex

/** The lines of a build log that are warnings, colours stripped. */
export function buildWarnings(log) {
  return log
    .replace(ANSI, '')
    .split(/\r?\n/)
    .filter((line) => WARNING.test(line));
}
