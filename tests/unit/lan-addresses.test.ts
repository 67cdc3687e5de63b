import { describe, expect, it } from 'vitest';
import { lanAddresses, parseAddressList, type InterfaceAddress } from '../../src/lib/build/lan-addresses';

type Interfaces = Record<string, InterfaceAddress[] | undefined>;

const v4 = (address: string, internal = false): InterfaceAddress => ({ address, family: 'IPv4', internal });
const v6 = (address: string, internal = false): InterfaceAddress => ({ address, family: 'IPv6', internal });
const loopback: Interfaces = { lo: [v4('127.0.0.1', true), v6('::1', true)] };

describe('lanAddresses', () => {
  it.each<[string, Interfaces, string[]]>([
    ['nothing from an empty record', {}, []],
    ['nothing from loopback alone', loopback, []],
    ['nothing from an interface without addresses', { eth0: undefined, wlan0: [] }, []],
    ['the one LAN address', { ...loopback, eth0: [v4('192.168.1.20')] }, ['192.168.1.20']],
    [
      'no IPv6 addresses',
      { eth0: [v6('fe80::1'), v6('2001:db8::5'), v4('192.168.1.20'), v6('fd00::2')] },
      ['192.168.1.20'],
    ],
    ['no internal IPv4 addresses', { eth0: [v4('10.0.0.5', true), v4('10.0.0.6')] }, ['10.0.0.6']],
    [
      'numeric families as older Node versions report them',
      {
        eth0: [
          { address: '192.168.1.20', family: 4, internal: false },
          { address: 'fe80::1', family: 6, internal: false },
        ],
      },
      ['192.168.1.20'],
    ],
  ])('gives %s', (_case, interfaces, expected) => {
    expect(lanAddresses(interfaces)).toEqual(expected);
  });

  it.each([
    'wlan0',
    'wlp2s0',
    'wlo1',
    'Wi-Fi',
    'WiFi',
    'Wi-Fi 2',
    'Wireless Network Connection',
    'en0',
    'ap0',
  ])('ranks the Wi-Fi interface %j first, even over a 192.168 address', (name) => {
    const interfaces: Interfaces = {
      eth0: [v4('192.168.1.20')],
      enp3s0: [v4('10.0.0.7')],
      [name]: [v4('172.20.10.2')],
    };
    expect(lanAddresses(interfaces)).toEqual(['172.20.10.2', '192.168.1.20', '10.0.0.7']);
  });

  it.each(['en1', 'enp3s0', 'eth0', 'Ethernet'])('does not take wired %j for Wi-Fi', (name) => {
    expect(lanAddresses({ [name]: [v4('10.0.0.7')], eth9: [v4('192.168.1.20')] })).toEqual([
      '192.168.1.20',
      '10.0.0.7',
    ]);
  });

  it('ranks 192.168 before 10.x and 172.16–31, and those before other addresses', () => {
    const interfaces: Interfaces = {
      eth0: [v4('203.0.113.9')],
      eth1: [v4('10.1.2.3')],
      eth2: [v4('172.16.0.4')],
      eth3: [v4('192.168.0.5')],
      eth4: [v4('172.32.0.6')],
    };
    expect(lanAddresses(interfaces)).toEqual([
      '192.168.0.5',
      '10.1.2.3',
      '172.16.0.4',
      '203.0.113.9',
      '172.32.0.6',
    ]);
  });

  it.each([
    'docker0',
    'br-3f2a9c1d7e6b',
    'veth1a2b3c',
    'virbr0',
    'vEthernet (WSL)',
    'vEthernet (Default Switch)',
    'VirtualBox Host-Only Network',
    'vboxnet0',
    'vmnet8',
    'VMware Network Adapter VMnet1',
    'tailscale0',
    'utun3',
    'zt5u4y6j4k',
  ])('ranks the virtual adapter %j last, after link-local and public addresses', (name) => {
    const interfaces: Interfaces = {
      [name]: [v4('192.168.56.1')],
      eth1: [v4('169.254.3.4')],
      eth0: [v4('203.0.113.9')],
      wlan0: [v4('10.42.0.15')],
    };
    expect(lanAddresses(interfaces)).toEqual(['10.42.0.15', '203.0.113.9', '169.254.3.4', '192.168.56.1']);
  });

  it('ranks a link-local address after real ones, even on Wi-Fi', () => {
    const interfaces: Interfaces = {
      wlan0: [v4('169.254.10.20')],
      eth0: [v4('198.51.100.4')],
      eth1: [v4('192.168.1.20')],
    };
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.20', '198.51.100.4', '169.254.10.20']);
  });

  it('keeps interface order among addresses of the same rank', () => {
    const interfaces: Interfaces = {
      eth0: [v4('192.168.2.1'), v4('192.168.1.1')],
      eth1: [v4('192.168.0.1')],
    };
    expect(lanAddresses(interfaces)).toEqual(['192.168.2.1', '192.168.1.1', '192.168.0.1']);
  });

  it('lists an address once, at its best rank', () => {
    const interfaces: Interfaces = {
      docker0: [v4('192.168.1.20')],
      eth0: [v4('10.0.0.2'), v4('10.0.0.2')],
      wlan0: [v4('192.168.1.20')],
    };
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.20', '10.0.0.2']);
  });

  it('reads a typical laptop on a phone hotspot', () => {
    const interfaces: Interfaces = {
      lo: [v4('127.0.0.1', true), v6('::1', true)],
      enp0s31f6: [v4('10.10.0.23'), v6('fe80::aaaa')],
      wlp2s0: [v4('192.168.43.10'), v6('fe80::bbbb')],
      docker0: [v4('172.17.0.1')],
      'br-0a1b2c3d4e5f': [v4('172.18.0.1')],
    };
    expect(lanAddresses(interfaces)).toEqual(['192.168.43.10', '10.10.0.23', '172.17.0.1', '172.18.0.1']);
  });
});

describe('parseAddressList', () => {
  it.each([
    ['', []],
    ['   ', []],
    [',,', []],
    ['192.168.1.20', ['192.168.1.20']],
    ['192.168.1.20,10.0.0.2', ['192.168.1.20', '10.0.0.2']],
    ['192.168.1.20, 10.0.0.2', ['192.168.1.20', '10.0.0.2']],
    [' 192.168.1.20 ,, 10.0.0.2 ,', ['192.168.1.20', '10.0.0.2']],
    ['192.168.1.20 10.0.0.2\thocso.local\n', ['192.168.1.20', '10.0.0.2', 'hocso.local']],
    ['b,a', ['b', 'a']],
  ])('%j → %j', (text, expected) => {
    expect(parseAddressList(text)).toEqual(expected);
  });
});
