import { createHash } from 'node:crypto';
/**
 * Content-Security-Policy values as data: parse a policy, unite several (the site-wide header in
 * `_headers` covers every page's own `<meta>` policy), and check that one policy allows at least
 * everything another does. Pure, so the build script and the tests share it.
 */
export type Policy = Map<string, string[]>;

export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (!policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The sources a policy allows for a directive, following CSP's fallbacks (a missing `img-src`
 * means `default-src`; `worker-src` falls back to `child-src`, then `script-src`). Undefined
 * means the policy doesn't restrict it at all.
 */
export function effectiveSources(policy: Policy, name: string): string[] | undefined {
  const own = policy.get(name);
  if (own) return own;
  if (name === 'worker-src')
    return policy.get('child-src') ?? policy.get('script-src') ?? policy.get('default-src');
  if (name === 'frame-src') return policy.get('child-src') ?? policy.get('default-src');
  if (name.endsWith('-src') && name !== 'default-src') return policy.get('default-src');
  return undefined;
}

const directiveNames = (policies: Policy[]) => [...new Set(policies.flatMap((policy) => [...policy.keys()]))];

/**
 * One policy allowing whatever any of the given ones allows (sources in first-seen order). A
 * directive one policy leaves unrestricted is left out, since the union must allow anything there.
 */
export function unionCsp(policies: Policy[]): Policy {
  const union: Policy = new Map();
  for (const name of directiveNames(policies)) {
    const each = policies.map((policy) => effectiveSources(policy, name));
    if (each.some((sources) => sources === undefined)) continue;
    const sources = [...new Set(each.flat() as string[])];
    // 'none' means nothing only while it stands alone.
    union.set(name, sources.length > 1 ? sources.filter((source) => source !== "'none'") : sources);
  }
  return union;
}

/** What `page` allows that `header` doesn't, as `directive source` lines: empty when covered. */
export function uncoveredSources(header: Policy, page: Policy): string[] {
  const missing: string[] = [];
  for (const name of directiveNames([header, page])) {
    const allowed = effectiveSources(header, name);
    if (!allowed) continue;
    const wanted = effectiveSources(page, name);
    if (!wanted) missing.push(`${name} (anything)`);
    else
      for (const source of wanted)
        if (source !== "'none'" && !allowed.includes(source)) missing.push(`${name} ${source}`);
  }
  return missing;
}

/** The CSP source allowing one inline script or style: `'sha256-…'` of its exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const INLINE_CODE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const META_CSP = /<meta[^>]+http-equiv="content-security-policy"[^>]*>/i;
const CONTENT = /(content=")([^"]*)(")/;

/** A page's own Content-Security-Policy, from its `<meta http-equiv>`; undefined without one. */
export function metaCsp(html: string): string | undefined {
  return CONTENT.exec(META_CSP.exec(html)?.[0] ?? '')?.[2]
    ?.replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"');
}

/**
 * A page with its `<meta>` policy keeping only the hashes of inline scripts and styles the page
 * has. Astro writes every hash the site uses into every page; on a lesson page they were about
 * 300 bytes of gzip that can't compress, and allowed nothing the page needs. Other sources stay.
 */
export function pruneCspHashes(html: string): string {
  const own = new Set<string>();
  for (const [, tag, attributes, text] of html.matchAll(INLINE_CODE)) {
    if (tag!.toLowerCase() === 'script' && /\bsrc=/i.test(attributes!)) continue;
    own.add(hashSource(text!));
  }
  const content = metaCsp(html);
  if (content === undefined) return html;
  const policy = parseCsp(content);
  for (const [name, sources] of policy) {
    policy.set(
      name,
      sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || own.has(source)),
    );
  }
  // Policy sources hold no `"`, so the pruned policy goes back into the attribute as it is.
  const pruned = `${formatCsp(policy)};`;
  return html.replace(META_CSP, (tag) =>
    tag.replace(CONTENT, (_all, open: string, _old, close: string) => open + pruned + close),
  );
}
