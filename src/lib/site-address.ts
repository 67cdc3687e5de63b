/**
 * Where the site lives: its public address (`HOCSO_SITE_URL`, optional) and the path it is served
 * under (`HOCSO_BASE_PATH`, default `/`). Pure functions, no imports: the Astro config, the build
 * scripts (Node runs this file directly) and the pages all use them, so every URL is made one way.
 */

/** What a build knows about its address. `site` is an origin, e.g. `https://hocso.example.org`. */
export interface SiteAddress {
  site: string | undefined;
  base: string;
}

/** A build setting that can't work, with the reason in words a deployer can act on. */
export class SiteAddressError extends Error {
  override name = 'SiteAddressError';
}

/** `hoc-so`, `/hoc-so`, `/hoc-so/` → `/hoc-so/`; empty or `/` → `/`. */
export function normalizeBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (/[?#\\\s]|\/\/|(^|\/)\.\.?(\/|$)|^[a-z][a-z0-9+.-]*:/i.test(value))
    throw new SiteAddressError(
      `HOCSO_BASE_PATH must be a plain path such as /hoc-so/ (got "${value}"): no address, spaces, ?, # or "..".`,
    );
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * Reads the two settings. `HOCSO_SITE_URL` may carry the base path itself
 * (`https://org.example/hoc-so/`, as GitHub Pages reports it); then `HOCSO_BASE_PATH` may be left
 * out, but if both are given they must agree.
 */
export function readSiteAddress(env: Record<string, string | undefined>): SiteAddress {
  const rawSite = env.HOCSO_SITE_URL?.trim();
  const rawBase = env.HOCSO_BASE_PATH?.trim();
  if (!rawSite) return { site: undefined, base: normalizeBasePath(rawBase) };
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new SiteAddressError(
      `HOCSO_SITE_URL must be a full address such as https://hocso.example.org (got "${rawSite}").`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteAddressError(`HOCSO_SITE_URL must start with https:// or http:// (got "${rawSite}").`);
  if (/[?#]/.test(rawSite) || url.username || url.password)
    throw new SiteAddressError(
      `HOCSO_SITE_URL must be just the address, without ?, # or a login (got "${rawSite}").`,
    );
  let sitePath: string;
  try {
    sitePath = normalizeBasePath(url.pathname);
  } catch {
    throw new SiteAddressError(
      `HOCSO_SITE_URL must end in a plain path such as /hoc-so/, if any (got "${rawSite}").`,
    );
  }
  const base = rawBase ? normalizeBasePath(rawBase) : sitePath;
  if (sitePath !== '/' && sitePath !== base)
    throw new SiteAddressError(
      `HOCSO_SITE_URL ends in ${sitePath} but HOCSO_BASE_PATH is ${base}: give the path once, or the same in both.`,
    );
  return { site: url.origin, base };
}

/** A site path (`vi/lessons/x/`, with or without a leading slash) under the base: `/hoc-so/vi/lessons/x/`. */
export function joinBase(base: string, path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The site path of a URL path under the base (`/hoc-so/vi/x/` → `/vi/x/`), or undefined when outside it. */
export function stripBase(base: string, pathname: string): string | undefined {
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
}

/** The address without its scheme, short enough to type from paper. */
export const shortUrl = (url: string) => url.replace(/^https?:\/\//, '');

const PRIVATE_IPV4: [number, number, number][] = [
  // [first octet, second octet from, second octet to]
  [10, 0, 255],
  [127, 0, 255],
  [169, 254, 254],
  [172, 16, 31],
  [192, 168, 168],
  [100, 64, 127], // carrier-grade NAT: not reachable from the internet either
  [0, 0, 255],
];

/** A host name as the URL parser writes it, lower case, without brackets or a final dot. */
const bareHost = (hostname: string) =>
  hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

/** The IPv4 address inside an IPv4-mapped IPv6 one (`::ffff:c0a8:101` → `192.168.1.1`), if any. */
function mappedIpv4(host: string): string | undefined {
  const dotted = host.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) return dotted[1];
  const hex = host.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (!hex) return undefined;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** The first 16-bit group of an IPv6 address (`fe80::1` → 0xfe80, `::1` → 0). */
const firstGroup = (host: string) => parseInt(host.split(':')[0] || '0', 16);

/**
 * True for an address only the same computer or the same local network can open: loopback,
 * private and link-local IPs, `localhost`, `.local`/`.lan`/`.home.arpa`/`.internal` names and
 * single-word host names. A QR code to such an address works only on that network.
 */
export function isLocalAddress(hostname: string): boolean {
  const host = bareHost(hostname);
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = host.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return PRIVATE_IPV4.some(([first, from, to]) => a === first && b >= from && b <= to);
  }
  if (host.includes(':')) {
    if (host === '::1' || host === '::') return true;
    const mapped = mappedIpv4(host);
    if (mapped) return isLocalAddress(mapped);
    const group = firstGroup(host);
    // fc00::/7 unique local, fe80::/10 link-local
    return (group & 0xfe00) === 0xfc00 || (group & 0xffc0) === 0xfe80;
  }
  if (/\.(local|lan|home\.arpa|internal|intranet)$/.test(host)) return true;
  return !host.includes('.');
}

/** True only for addresses that mean "this computer". */
export function isLoopbackAddress(hostname: string): boolean {
  const host = bareHost(hostname);
  const mapped = mappedIpv4(host);
  if (mapped) return isLoopbackAddress(mapped);
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}
