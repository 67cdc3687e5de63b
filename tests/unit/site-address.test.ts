import { describe, expect, it } from 'vitest';
import {
  SiteAddressError,
  isLocalAddress,
  isLoopbackAddress,
  joinBase,
  normalizeBasePath,
  readSiteAddress,
  shortUrl,
  stripBase,
} from '../../src/lib/site-address';

describe('normalizeBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['   ', '/'],
    ['/', '/'],
    [' / ', '/'],
    ['hoc-so', '/hoc-so/'],
    ['/hoc-so', '/hoc-so/'],
    ['hoc-so/', '/hoc-so/'],
    ['/hoc-so/', '/hoc-so/'],
    ['  /hoc-so/  ', '/hoc-so/'],
    ['/a/b', '/a/b/'],
    ['a/b/', '/a/b/'],
    ['/my.repo/', '/my.repo/'],
    ['/.well-known/', '/.well-known/'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });

  it.each([
    ['/hoc-so?x=1'],
    ['/hoc-so#top'],
    ['/hoc so/'],
    ['/hoc-so\t2/'],
    ['/a/../b/'],
    ['..'],
    ['/..'],
    ['.'],
    ['/a/./b'],
    ['\\hoc-so\\'],
    ['//hoc-so//'],
    ['/a//b/'],
    ['https://x'],
    ['http:hoc-so'],
  ])('rejects %j with an error naming HOCSO_BASE_PATH', (raw) => {
    expect(() => normalizeBasePath(raw)).toThrow(SiteAddressError);
    expect(() => normalizeBasePath(raw)).toThrow(/HOCSO_BASE_PATH/);
  });

  it('quotes the value it was given in the error', () => {
    expect(() => normalizeBasePath('/a b/')).toThrow('(got "/a b/")');
  });

  it('throws an error whose name is SiteAddressError', () => {
    try {
      normalizeBasePath('..');
      expect.unreachable('normalizeBasePath should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('SiteAddressError');
    }
  });
});

describe('readSiteAddress', () => {
  it.each([
    ['nothing set', {}, { site: undefined, base: '/' }],
    ['only a base path', { HOCSO_BASE_PATH: 'hoc-so' }, { site: undefined, base: '/hoc-so/' }],
    [
      'an empty site',
      { HOCSO_SITE_URL: '', HOCSO_BASE_PATH: '/hoc-so/' },
      { site: undefined, base: '/hoc-so/' },
    ],
    ['a blank site', { HOCSO_SITE_URL: '   ' }, { site: undefined, base: '/' }],
    [
      'a site origin',
      { HOCSO_SITE_URL: 'https://hocso.example.org' },
      { site: 'https://hocso.example.org', base: '/' },
    ],
    [
      'a site origin with a trailing slash',
      { HOCSO_SITE_URL: 'https://hocso.example.org/' },
      { site: 'https://hocso.example.org', base: '/' },
    ],
    [
      'an http site with a port',
      { HOCSO_SITE_URL: 'http://192.168.43.10:4321' },
      { site: 'http://192.168.43.10:4321', base: '/' },
    ],
    [
      'a site in capitals',
      { HOCSO_SITE_URL: 'HTTPS://HocSo.Example.ORG' },
      { site: 'https://hocso.example.org', base: '/' },
    ],
    [
      'a GitHub Pages address carrying the base path',
      { HOCSO_SITE_URL: 'https://octocat.github.io/my-repo' },
      { site: 'https://octocat.github.io', base: '/my-repo/' },
    ],
    [
      'a site path with a trailing slash',
      { HOCSO_SITE_URL: 'https://org.example/hoc-so/' },
      { site: 'https://org.example', base: '/hoc-so/' },
    ],
    [
      'a site origin and a base path',
      { HOCSO_SITE_URL: 'https://org.example', HOCSO_BASE_PATH: '/hoc-so' },
      { site: 'https://org.example', base: '/hoc-so/' },
    ],
    [
      'a site path and a base path that agree',
      { HOCSO_SITE_URL: 'https://org.example/hoc-so/', HOCSO_BASE_PATH: 'hoc-so' },
      { site: 'https://org.example', base: '/hoc-so/' },
    ],
    [
      'a site path and an empty base path',
      { HOCSO_SITE_URL: 'https://org.example/hoc-so', HOCSO_BASE_PATH: '' },
      { site: 'https://org.example', base: '/hoc-so/' },
    ],
    [
      'values with surrounding whitespace',
      { HOCSO_SITE_URL: '  https://org.example/hoc-so/\n', HOCSO_BASE_PATH: ' /hoc-so/ ' },
      { site: 'https://org.example', base: '/hoc-so/' },
    ],
  ])('reads %s', (_case, env, expected) => {
    expect(readSiteAddress(env)).toEqual(expected);
  });

  it.each([
    [
      'a base path that disagrees with the site path',
      'https://org.example/hoc-so/',
      '/other/',
      /HOCSO_BASE_PATH is \/other\/:/,
    ],
    [
      'a base path of / under a site path',
      'https://octocat.github.io/my-repo',
      '/',
      /HOCSO_BASE_PATH is \/:/,
    ],
  ])('rejects %s', (_case, site, base, message) => {
    const env = { HOCSO_SITE_URL: site, HOCSO_BASE_PATH: base };
    expect(() => readSiteAddress(env)).toThrow(SiteAddressError);
    expect(() => readSiteAddress(env)).toThrow(/HOCSO_SITE_URL ends in \/(hoc-so|my-repo)\//);
    expect(() => readSiteAddress(env)).toThrow(message);
  });

  it.each([
    ['a non-http scheme', 'ftp://hocso.example.org', /https:\/\/ or http:\/\//],
    ['a mailto address', 'mailto:hocso@example.org', /https:\/\/ or http:\/\//],
    ['a file address', 'file:///srv/hoc-so/', /https:\/\/ or http:\/\//],
    ['a host without a scheme', 'hocso.example.org', /full address/],
    ['junk', 'not a url', /full address/],
    ['a query', 'https://hocso.example.org/?ref=1', /without \?, # or a login/],
    ['a hash', 'https://hocso.example.org/#top', /without \?, # or a login/],
    ['a user name', 'https://user@hocso.example.org', /without \?, # or a login/],
    ['a user and password', 'https://user:pass@hocso.example.org', /without \?, # or a login/],
  ])('rejects a site with %s, naming HOCSO_SITE_URL', (_case, site, reason) => {
    const env = { HOCSO_SITE_URL: site };
    expect(() => readSiteAddress(env)).toThrow(SiteAddressError);
    expect(() => readSiteAddress(env)).toThrow(/HOCSO_SITE_URL/);
    expect(() => readSiteAddress(env)).toThrow(reason);
    expect(() => readSiteAddress(env)).toThrow(`(got "${site}")`);
  });

  it('rejects a bad base path even when the site is fine', () => {
    expect(() =>
      readSiteAddress({ HOCSO_SITE_URL: 'https://org.example', HOCSO_BASE_PATH: '/a/../b' }),
    ).toThrow(/HOCSO_BASE_PATH/);
  });
});

describe('joinBase', () => {
  it.each([
    ['/', 'vi/lessons/x/', '/vi/lessons/x/'],
    ['/', '/vi/lessons/x/', '/vi/lessons/x/'],
    ['/hoc-so/', 'vi/lessons/x/', '/hoc-so/vi/lessons/x/'],
    ['/hoc-so/', '/vi/lessons/x/', '/hoc-so/vi/lessons/x/'],
    ['/hoc-so/', '//vi/', '/hoc-so/vi/'],
    ['/hoc-so/', '', '/hoc-so/'],
    ['/hoc-so/', '/', '/hoc-so/'],
    ['/a/b/', '_astro/*', '/a/b/_astro/*'],
  ])('joinBase(%j, %j) → %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('stripBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/vi/x/', '/vi/x/'],
    ['/', '/sw.js', '/sw.js'],
    ['/hoc-so/', '/hoc-so/vi/x/', '/vi/x/'],
    ['/hoc-so/', '/hoc-so/', '/'],
    ['/hoc-so/', '/hoc-so', '/'],
    ['/hoc-so/', '/hoc-so/sw.js', '/sw.js'],
    ['/a/b/', '/a/b/vi/', '/vi/'],
    ['/a/b/', '/a/b', '/'],
  ])('stripBase(%j, %j) → %j', (base, pathname, expected) => {
    expect(stripBase(base, pathname)).toBe(expected);
  });

  it.each([
    ['/hoc-so/', '/'],
    ['/hoc-so/', '/vi/x/'],
    ['/hoc-so/', '/hoc-sox/'],
    ['/hoc-so/', '/hoc-so-2/vi/'],
    ['/hoc-so/', '/hoc'],
    ['/a/b/', '/a/'],
  ])('stripBase(%j, %j) is undefined: outside the base', (base, pathname) => {
    expect(stripBase(base, pathname)).toBeUndefined();
  });

  it.each([['/'], ['/vi/lessons/x/'], ['/sw.js']])('undoes joinBase for %j', (path) => {
    for (const base of ['/', '/hoc-so/', '/a/b/']) expect(stripBase(base, joinBase(base, path))).toBe(path);
  });
});

describe('shortUrl', () => {
  it.each([
    ['https://hocso.example.org/hoc-so/vi/', 'hocso.example.org/hoc-so/vi/'],
    ['http://192.168.43.10:4321/', '192.168.43.10:4321/'],
    ['hocso.example.org/', 'hocso.example.org/'],
    ['ftp://files.example.org/', 'ftp://files.example.org/'],
    ['https://x.org/?next=https://y.org', 'x.org/?next=https://y.org'],
  ])('%j → %j', (url, expected) => {
    expect(shortUrl(url)).toBe(expected);
  });
});

describe('isLocalAddress', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    'localhost.',
    'hocso.localhost',
    '127.0.0.1',
    '127.255.0.9',
    '10.0.0.1',
    '10.255.255.254',
    '172.16.0.1',
    '172.20.5.5',
    '172.31.255.255',
    '192.168.1.1',
    '192.168.43.10',
    '192.168.1.1.',
    '169.254.10.20',
    '100.64.0.1',
    '100.100.100.100',
    '100.127.255.255',
    '0.0.0.0',
    '::1',
    '[::1]',
    '::',
    'fc00::1',
    'fd12:3456:789a::1',
    '[fd00::5]',
    'fe80::1',
    'FE80::1',
    'febf::1',
    '::ffff:192.168.1.1',
    '[::ffff:10.0.0.1]',
    '::ffff:127.0.0.1',
    'printer.local',
    'Laptop.Local',
    'router.lan',
    'nas.home.arpa',
    'wiki.corp.internal',
    'portal.intranet',
    'laptop',
    'laptop.',
    'raspberrypi',
  ])('%s is local', (host) => {
    expect(isLocalAddress(host)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.1',
    '192.167.1.1',
    '192.169.1.1',
    '169.253.1.1',
    '169.255.1.1',
    '100.63.255.255',
    '100.128.0.1',
    '11.0.0.1',
    '128.0.0.1',
    // A documentation range, but not a private one: the code only knows private ranges.
    '192.0.2.1',
    '203.0.113.5',
    'hocso.example.org',
    'hocso.example.org.',
    'octocat.github.io',
    'localhost.example.org',
    'local.example.org',
    '2001:db8::1',
    '[2001:db8::1]',
    '2606:4700::1111',
    'fec0::1',
    'ff02::1',
    '::ffff:8.8.8.8',
  ])('%s is public', (host) => {
    expect(isLocalAddress(host)).toBe(false);
  });
});

describe('isLoopbackAddress', () => {
  it.each([
    ['localhost', true],
    ['LocalHost', true],
    ['localhost.', true],
    ['app.localhost', true],
    ['127.0.0.1', true],
    ['127.0.0.5', true],
    ['127.255.255.254', true],
    ['::1', true],
    ['[::1]', true],
    ['192.168.1.1', false],
    ['10.0.0.1', false],
    ['172.16.0.1', false],
    ['169.254.1.1', false],
    ['fe80::1', false],
    ['laptop', false],
    ['printer.local', false],
    ['example.org', false],
    ['127.example.org', false],
    ['localhost.example.org', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackAddress(host)).toBe(expected);
  });
});

describe('addresses as browsers write them', () => {
  it.each([
    ['http://[::ffff:192.168.1.1]/', true],
    ['http://[::ffff:8.8.8.8]/', false],
    ['http://[fd12:3456::1]/', true],
    ['http://[fc::1]/', false],
    ['http://[fe8::1]/', false],
    ['http://[fe80::1]/', true],
    ['http://[2001:db8::1]/', false],
  ])('isLocalAddress reads the hostname of %s as %s', (url, local) => {
    expect(isLocalAddress(new URL(url).hostname)).toBe(local);
  });

  it('isLoopbackAddress knows an IPv4-mapped loopback address in either spelling', () => {
    expect(isLoopbackAddress(new URL('http://[::ffff:127.0.0.1]/').hostname)).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress(new URL('http://[::ffff:192.168.0.2]/').hostname)).toBe(false);
  });
});

describe('readSiteAddress names the setting that is wrong', () => {
  it.each(['https://x.org//a', 'https://x.org/a//b/'])('a bad path inside HOCSO_SITE_URL (%s)', (site) => {
    expect(() => readSiteAddress({ HOCSO_SITE_URL: site })).toThrow(/HOCSO_SITE_URL/);
  });
  it.each(['https://x.org/?', 'https://x.org/#'])('an empty query or fragment (%s)', (site) => {
    expect(() => readSiteAddress({ HOCSO_SITE_URL: site })).toThrow(/HOCSO_SITE_URL/);
  });
});
