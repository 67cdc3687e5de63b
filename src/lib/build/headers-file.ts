/**
 * The `_headers` file that Netlify, Cloudflare Pages and other static hosts read: blocks of a URL
 * pattern (`*` matches anything) followed by indented `Name: value` lines. A request gets the
 * headers of every block whose pattern matches, so the rules we write never set one header twice
 * for the same URL. Pure: the build writes the file with it, and `npm start`/`npm run workshop`
 * serve the site with the same headers a host would send.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  /** A comment line written above the block. */
  comment?: string;
}

export function formatHeadersFile(rules: HeaderRule[], preamble = ''): string {
  const comment = (text: string) =>
    text
      .split('\n')
      .map((line) => `# ${line}`.trimEnd())
      .join('\n');
  const blocks = rules.map((rule) =>
    [
      ...(rule.comment ? [comment(rule.comment)] : []),
      rule.pattern,
      ...rule.headers.map(([name, value]) => `  ${name}: ${value}`),
    ].join('\n'),
  );
  return `${preamble ? `${comment(preamble)}\n\n` : ''}${blocks.join('\n\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not inside a rule or has no ":".`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a URL path matches a rule's pattern (`*` matches any run of characters, `/` included). */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const regex = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}$`).test(pathname);
}

/** Every header the rules give a URL path, in file order. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  return rules.filter((rule) => matchesPattern(rule.pattern, pathname)).flatMap((rule) => rule.headers);
}
