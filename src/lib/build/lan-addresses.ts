/**
 * Which of a computer's addresses phones on the same Wi-Fi can open, best first: what
 * `npm run workshop` prints. Pure: it takes `os.networkInterfaces()`'s shape.
 */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

// Adapters of virtual machines and containers: reachable only from this computer.
const VIRTUAL =
  /docker|^br-|^veth|virbr|vmnet|vbox|virtualbox|vmware|hyper-v|vethernet|wsl|^utun|tailscale|^zt/i;
const WIRELESS = /^(wl|wlan|wi-?fi|wireless|ap\d|en0$)/i;

function rank(name: string, address: string): number {
  if (VIRTUAL.test(name)) return 5;
  if (address.startsWith('169.254.')) return 4; // link-local: no hotspot gave an address
  if (WIRELESS.test(name)) return 0;
  if (address.startsWith('192.168.')) return 1; // phone and laptop hotspots
  if (address.startsWith('10.') || /^172\.(1[6-9]|2\d|3[01])\./.test(address)) return 2;
  return 3;
}

/** IPv4 addresses other computers can reach, most likely the Wi-Fi one first. */
export function lanAddresses(interfaces: Record<string, InterfaceAddress[] | undefined>): string[] {
  return Object.entries(interfaces)
    .flatMap(([name, list]) =>
      (list ?? [])
        .filter((a) => (a.family === 'IPv4' || a.family === 4) && !a.internal)
        .map((a) => ({ address: a.address, rank: rank(name, a.address) })),
    )
    .sort((a, b) => a.rank - b.rank)
    .map((a) => a.address)
    .filter((address, i, all) => all.indexOf(address) === i);
}

/** A list given by hand (`HOCSO_WORKSHOP_ADDRESSES=a,b`), in its order. */
export const parseAddressList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((a) => a.trim())
    .filter(Boolean);
