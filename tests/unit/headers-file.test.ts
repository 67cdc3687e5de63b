import { describe, expect, it } from 'vitest';
import {
  formatHeadersFile,
  headersFor,
  matchesPattern,
  parseHeadersFile,
  type HeaderRule,
} from '../../src/lib/build/headers-file';

const withoutComments = (rules: HeaderRule[]) => rules.map(({ pattern, headers }) => ({ pattern, headers }));

const siteRules: HeaderRule[] = [
  {
    comment: 'Every response.',
    pattern: '/hoc-so/*',
    headers: [
      ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
      ['X-Content-Type-Options', 'nosniff'],
    ],
  },
  {
    comment: 'Hashed names never change.\nCache them for a year.',
    pattern: '/hoc-so/_astro/*',
    headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
  },
  { pattern: '/hoc-so/', headers: [['Cache-Control', 'no-cache']] },
  { pattern: '/hoc-so/vi/*', headers: [['Cache-Control', 'no-cache']] },
];

describe('formatHeadersFile', () => {
  it('writes the preamble and comments as # lines, blocks apart, headers indented', () => {
    const text = formatHeadersFile(
      [
        { comment: 'First.\n\nSecond.', pattern: '/*', headers: [['X-A', '1']] },
        { pattern: '/b', headers: [['X-B', '2']] },
      ],
      'Written at build time.\nDo not edit.',
    );
    expect(text).toBe(
      [
        '# Written at build time.',
        '# Do not edit.',
        '',
        '# First.',
        '#',
        '# Second.',
        '/*',
        '  X-A: 1',
        '',
        '/b',
        '  X-B: 2',
        '',
      ].join('\n'),
    );
  });

  it('writes no preamble when none is given', () => {
    expect(formatHeadersFile([{ pattern: '/*', headers: [['X-A', '1']] }])).toBe('/*\n  X-A: 1\n');
  });
});

describe('parseHeadersFile', () => {
  it.each<[string, HeaderRule[], string]>([
    ['no rules', [], ''],
    ['no rules, only a preamble', [], 'Just a preamble.'],
    [
      'the site rules with a preamble',
      siteRules,
      'Response headers for static hosts.\nEdit headers.mjs, not this.',
    ],
    ['the site rules without a preamble', siteRules, ''],
    ['a rule without headers', [{ pattern: '/empty', headers: [] }], ''],
    [
      'header values holding ":", ";", "#" and spaces',
      [
        {
          pattern: '/*',
          headers: [
            ['Link', '<https://hocso.example.org/a.css>; rel=preload; as=style'],
            ['X-Note', 'see #3: done'],
            ['X-Empty', ''],
          ],
        },
      ],
      'Preamble: with a colon',
    ],
  ])('reads back what formatHeadersFile wrote: %s', (_case, rules, preamble) => {
    expect(parseHeadersFile(formatHeadersFile(rules, preamble))).toEqual(withoutComments(rules));
  });

  it('ignores comments (indented ones too), blank lines and Windows line ends', () => {
    const text = [
      '# A comment',
      '',
      '/*',
      '  # an indented comment',
      '  X-A: 1',
      '',
      '   ',
      '\tX-B:   2  ',
      '/b',
      '  X-C: 3',
    ].join('\r\n');
    expect(parseHeadersFile(text)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-A', '1'],
          ['X-B', '2'],
        ],
      },
      { pattern: '/b', headers: [['X-C', '3']] },
    ]);
  });

  it.each([
    [
      'a header line before any rule',
      '  X-A: 1\n/*\n',
      '_headers: "X-A: 1" is not inside a rule or has no ":".',
    ],
    ['a header line after a comment only', '# preamble\n\n  X-A: 1\n', '_headers: "X-A: 1"'],
    [
      'an indented line without ":"',
      '/*\n  X-A 1\n',
      '_headers: "X-A 1" is not inside a rule or has no ":".',
    ],
  ])('rejects %s, naming _headers', (_case, text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});

describe('matchesPattern', () => {
  it.each<[string, string, boolean]>([
    ['/*', '/', true],
    ['/*', '/a/b.js', true],
    ['/*', '/vi/lessons/x/', true],
    ['/vi/*', '/vi/', true],
    ['/vi/*', '/vi/sw.js', true],
    ['/vi/*', '/vi/lessons/x/', true],
    ['/vi/*', '/vin/', false],
    ['/vi/*', '/vi', false],
    ['/vi/*', '/en/vi/', false],
    ['/_astro/*', '/_astro/index.B2x9.js', true],
    ['/_astro/*', '/_astro/', true],
    ['/_astro/*', '/vi/_astro/x.js', false],
    ['/hoc-so/_astro/*', '/hoc-so/_astro/a.css', true],
    ['/hoc-so/_astro/*', '/_astro/a.css', false],
    ['/', '/', true],
    ['/', '/vi/', false],
    ['/', '', false],
    ['/hoc-so/', '/hoc-so/', true],
    ['/hoc-so/', '/hoc-so/vi/', false],
    ['/index.html', '/index.html', true],
    ['/index.html', '/index-html', false],
    ['/a.b/*', '/a.b/c', true],
    ['/a.b/*', '/axb/c', false],
    ['/a+b/*', '/a+b/c', true],
    ['/a+b/*', '/aab/c', false],
    ['/a?b', '/a?b', true],
    ['/a?b', '/ab', false],
    ['/(x)|/y', '/(x)|/y', true],
    ['/(x)|/y', '/y', false],
    ['/[ab]/$', '/[ab]/$', true],
    ['/[ab]/$', '/a/', false],
    ['/*.js', '/sw.js', true],
    ['/*.js', '/a/b/app.js', true],
    ['/*.js', '/sw.json', false],
    ['/a/*/c', '/a/b/c', true],
    ['/a/*/c', '/a/b/x/c', true],
    ['/a/*/c', '/a/b/d', false],
  ])('%j matches %j: %s', (pattern, pathname, expected) => {
    expect(matchesPattern(pattern, pathname)).toBe(expected);
  });
});

describe('headersFor', () => {
  it.each<[string, [string, string][]]>([
    [
      '/hoc-so/',
      [
        ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
        ['X-Content-Type-Options', 'nosniff'],
        ['Cache-Control', 'no-cache'],
      ],
    ],
    [
      '/hoc-so/_astro/app.js',
      [
        ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
        ['X-Content-Type-Options', 'nosniff'],
        ['Cache-Control', 'public, max-age=31536000, immutable'],
      ],
    ],
    [
      '/hoc-so/vi/lessons/x/',
      [
        ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
        ['X-Content-Type-Options', 'nosniff'],
        ['Cache-Control', 'no-cache'],
      ],
    ],
    [
      '/hoc-so/icon.svg',
      [
        ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
        ['X-Content-Type-Options', 'nosniff'],
      ],
    ],
    ['/elsewhere/', []],
  ])('gives %j the headers of every matching rule, in file order', (pathname, expected) => {
    expect(headersFor(siteRules, pathname)).toEqual(expected);
  });

  it('keeps a header given twice by two matching rules, in file order', () => {
    const rules: HeaderRule[] = [
      { pattern: '/a/*', headers: [['X-Rule', 'a']] },
      { pattern: '/*', headers: [['X-Rule', 'all']] },
    ];
    expect(headersFor(rules, '/a/b')).toEqual([
      ['X-Rule', 'a'],
      ['X-Rule', 'all'],
    ]);
  });

  it('gives nothing when there are no rules', () => {
    expect(headersFor([], '/')).toEqual([]);
  });
});
