import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  formatCsp,
  hashSource,
  parseCsp,
  pruneCspHashes,
  uncoveredSources,
  unionCsp,
  type Policy,
} from '../../src/lib/build/csp';

const entries = (policy: Policy) => [...policy];

describe('parseCsp', () => {
  it.each<[string, string, [string, string[]][]]>([
    ['an empty policy', '', []],
    ['only separators', ' ; ;; ', []],
    ['one directive', "default-src 'self'", [['default-src', ["'self'"]]]],
    [
      'several directives in order',
      "default-src 'self'; img-src 'self' data:; object-src 'none'",
      [
        ['default-src', ["'self'"]],
        ['img-src', ["'self'", 'data:']],
        ['object-src', ["'none'"]],
      ],
    ],
    ['a directive without sources', 'upgrade-insecure-requests', [['upgrade-insecure-requests', []]]],
    [
      'directive names in capitals, lower-cased',
      "Default-Src 'self'; IMG-SRC data:",
      [
        ['default-src', ["'self'"]],
        ['img-src', ['data:']],
      ],
    ],
    [
      'extra spaces, tabs and a trailing ";"',
      "  default-src   'self'  ;\timg-src\t'self'   data: ;  ",
      [
        ['default-src', ["'self'"]],
        ['img-src', ["'self'", 'data:']],
      ],
    ],
    [
      'a repeated directive, keeping the first',
      "script-src 'self'; img-src data:; script-src 'unsafe-inline'; SCRIPT-SRC *",
      [
        ['script-src', ["'self'"]],
        ['img-src', ['data:']],
      ],
    ],
    [
      'sources as written (only names are lower-cased)',
      "script-src 'sha256-AbC+/=' https://CDN.example.org",
      [['script-src', ["'sha256-AbC+/='", 'https://CDN.example.org']]],
    ],
  ])('reads %s', (_case, text, expected) => {
    expect(entries(parseCsp(text))).toEqual(expected);
  });
});

describe('formatCsp', () => {
  it.each<[string, string]>([
    ["default-src 'self'", "default-src 'self'"],
    [
      "default-src 'self'; img-src 'self' data:; object-src 'none'; upgrade-insecure-requests",
      "default-src 'self'; img-src 'self' data:; object-src 'none'; upgrade-insecure-requests",
    ],
    ["  DEFAULT-SRC  'self' ;img-src data: ;", "default-src 'self'; img-src data:"],
    ["script-src 'self'; script-src *", "script-src 'self'"],
    ['', ''],
  ])('formats the parse of %j as %j', (text, expected) => {
    expect(formatCsp(parseCsp(text))).toBe(expected);
  });

  it('round-trips: parsing its output gives the same policy', () => {
    const policy = parseCsp(
      "default-src 'self'; img-src 'self' data:; base-uri 'self'; upgrade-insecure-requests",
    );
    expect(entries(parseCsp(formatCsp(policy)))).toEqual(entries(policy));
  });
});

describe('unionCsp', () => {
  it.each<[string, string[], string]>([
    ['nothing from no policies', [], ''],
    ['one policy unchanged', ["default-src 'self'; img-src data:"], "default-src 'self'; img-src data:"],
    [
      'sources of the same directive, first-seen order, no duplicates',
      ["script-src 'self' 'sha256-a'", "script-src 'sha256-b' 'self'", "script-src 'sha256-a' 'sha256-c'"],
      "script-src 'self' 'sha256-a' 'sha256-b' 'sha256-c'",
    ],
    [
      'directives found in only some policies, each policy’s own or its default-src',
      ["default-src 'self'", "default-src 'self'; img-src data:", "object-src 'none'; default-src 'self'"],
      "default-src 'self'; img-src 'self' data:; object-src 'self'",
    ],
    [
      'directives without sources, when every policy has them',
      ["default-src 'self'; upgrade-insecure-requests", "upgrade-insecure-requests; default-src 'self'"],
      "default-src 'self'; upgrade-insecure-requests",
    ],
    [
      'no directive that one policy leaves unrestricted',
      ["default-src 'self'; base-uri 'self'", "default-src 'self'"],
      "default-src 'self'",
    ],
    [
      "'none' only while nothing else is allowed",
      ["object-src 'none'", "object-src 'self'"],
      "object-src 'self'",
    ],
    ["'none' when every policy says so", ["object-src 'none'", "object-src 'none'"], "object-src 'none'"],
    [
      'worker-src from each policy’s fallback chain (child-src, then script-src)',
      ["worker-src 'self'", "script-src 'self' blob:"],
      "worker-src 'self' blob:",
    ],
    ['identical policies as one', ["default-src 'self'", "default-src 'self'"], "default-src 'self'"],
  ])('gives %s', (_case, texts, expected) => {
    expect(formatCsp(unionCsp(texts.map(parseCsp)))).toBe(expected);
  });

  it('leaves the policies it unites unchanged', () => {
    const first = parseCsp("script-src 'self'");
    const second = parseCsp("script-src 'sha256-b'");
    const union = unionCsp([first, second]);
    union.get('script-src')!.push("'unsafe-eval'");
    expect(formatCsp(first)).toBe("script-src 'self'");
    expect(formatCsp(second)).toBe("script-src 'sha256-b'");
  });

  it('covers every policy it unites', () => {
    const policies = [
      "default-src 'self'; script-src 'self' 'sha256-a'; img-src 'self' data:",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
      "default-src 'self'; script-src 'sha256-c'; object-src 'none'",
    ].map(parseCsp);
    const union = unionCsp(policies);
    for (const policy of policies) expect(uncoveredSources(union, policy)).toEqual([]);
  });
});

describe('uncoveredSources', () => {
  it.each<[string, string, string, string[]]>([
    ['identical policies', "default-src 'self'; img-src data:", "default-src 'self'; img-src data:", []],
    [
      'a header allowing more',
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'",
      "default-src 'self'; script-src 'sha256-b'",
      [],
    ],
    ['an empty page policy, which allows anything', "default-src 'self'", '', ['default-src (anything)']],
    [
      'a page directive without sources that the header doesn’t restrict',
      "default-src 'self'",
      "default-src 'self'; upgrade-insecure-requests",
      [],
    ],
    [
      'a missing source',
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b'",
      ["script-src 'sha256-b'"],
    ],
    [
      'every missing source, in page order, as "name source"',
      "default-src 'self'; script-src 'self'; img-src 'self'",
      "default-src 'self'; script-src 'sha256-a' 'self' 'sha256-b'; img-src data: 'self'",
      ["script-src 'sha256-a'", "script-src 'sha256-b'", 'img-src data:'],
    ],
    [
      "the header's default-src for a directive it lacks: covered",
      "default-src 'self' data:",
      "default-src 'self'; img-src 'self' data:; font-src 'self'",
      [],
    ],
    [
      "the header's default-src for a directive it lacks: not covered",
      "default-src 'self'",
      "default-src 'self'; img-src 'self' data:",
      ['img-src data:'],
    ],
    [
      "the header's own directive over its default-src",
      "default-src 'self' data:; img-src 'self'",
      "default-src 'self'; img-src data:",
      ['img-src data:'],
    ],
    [
      "the page's default-src for a directive it lacks",
      "default-src 'self'; img-src 'self'",
      "default-src 'self' data:",
      ['default-src data:', 'img-src data:'],
    ],
    [
      'nothing for a directive the header doesn’t restrict',
      "script-src 'self'",
      "img-src 'self'; script-src 'self'",
      [],
    ],
    [
      'worker-src through the page’s script-src',
      "worker-src 'self'",
      "script-src 'self' blob:",
      ['worker-src blob:'],
    ],
  ])('reports %s', (_case, header, page, expected) => {
    expect(uncoveredSources(parseCsp(header), parseCsp(page))).toEqual(expected);
  });
});

describe('pruneCspHashes', () => {
  const meta = (scriptSources: string, styleSources: string) =>
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scriptSources}; style-src 'self' ${styleSources};">`;
  const inlineScript = 'document.documentElement.dataset.js = "";';
  const inlineStyle = '@page{margin:1cm}';
  const page = (head: string, body: string) =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it('keeps the hashes of the inline code the page has, and no others', () => {
    const [script, style] = [hashSource(inlineScript), hashSource(inlineStyle)];
    const html = page(
      `${meta(`${script} 'sha256-AAAA'`, `'sha256-BBBB' ${style}`)}<style>${inlineStyle}</style>`,
      `<script type="module" src="/_astro/a.js"></script><script>${inlineScript}</script>`,
    );
    const pruned = pruneCspHashes(html);
    const policy = parseCsp(/content="([^"]*)"/.exec(pruned)![1]!);
    expect(policy.get('script-src')).toEqual(["'self'", script]);
    expect(policy.get('style-src')).toEqual(["'self'", style]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(pruned).toContain(`<script>${inlineScript}</script>`);
  });

  it('drops every hash from a page without inline code; an external script needs none', () => {
    const html = page(
      meta("'sha256-AAAA'", "'sha256-BBBB'"),
      '<script type="module" src="/_astro/a.js"></script>',
    );
    expect(pruneCspHashes(html)).toContain("script-src 'self'; style-src 'self';");
  });

  it('hashes as browsers do: the exact text between the tags, UTF-8', () => {
    // The empty text's hash is the one every CSP reference gives.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const utf8 = createHash('sha256').update(Buffer.from('alert("Học Số")', 'utf8')).digest('base64');
    expect(hashSource('alert("Học Số")')).toBe(`'sha256-${utf8}'`);
  });

  it('leaves a page without a policy as it is', () => {
    const html = page('', '<script>x()</script>');
    expect(pruneCspHashes(html)).toBe(html);
  });
});
