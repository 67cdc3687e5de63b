// `npm run workshop`: serves Học Số from this computer to the phones in the room, with no internet
// (README › Run a workshop without internet). Builds if needed, listens on every network
// interface, and prints in Vietnamese and English the addresses phones can open, with a QR code
// for the main one drawn in the terminal.
// Options: --port <n> (default 4321, or the next free one), --dist <folder> (serve that build).
// HOCSO_WORKSHOP_ADDRESSES=a,b replaces the list of this computer's addresses (for tests).
import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';
import { lanAddresses, parseAddressList } from '../lib/build/lan-addresses.ts';
import { option, siteToServe } from './built-site.mjs';
import { createSiteServer, listen, stopOnSignals } from './serve.mjs';

const site = siteToServe();
const server = createSiteServer(site);
const wantedPort = option('port');
let port = Number(wantedPort ?? 4321);
for (;;) {
  try {
    // No host: every interface, IPv4 and IPv6.
    port = await listen(server, port);
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || wantedPort || port >= 4340) {
      console.error(
        error.code === 'EADDRINUSE'
          ? `✗ Cổng ${port} đang bận. / Port ${port} is in use. Try: npm run workshop -- --port ${port + 1}`
          : `✗ ${error.message}`,
      );
      process.exit(1);
    }
    port += 1;
  }
}

// Set (even empty), the variable replaces what the network interfaces say: tests use it.
const injected = process.env.HOCSO_WORKSHOP_ADDRESSES;
const addresses = injected !== undefined ? parseAddressList(injected) : lanAddresses(networkInterfaces());
const urls = addresses.map((address) => `http://${address}:${port}${site.base}`);
const local = `http://localhost:${port}${site.base}`;
const out = (line = '') => console.log(line);

out();
out('Học Số — buổi học không cần Internet / workshop without internet');
out('────────────────────────────────────────────────────────────────');
if (urls.length === 0) {
  out('Máy này chưa vào mạng Wi-Fi nào, nên điện thoại chưa mở được Học Số.');
  out('This computer is on no network, so phones cannot open Học Số yet.');
  out();
  out('  Bật điểm phát sóng (hotspot) trên một điện thoại, cho máy tính bắt vào, rồi chạy lại lệnh này.');
  out('  Turn on a phone’s hotspot, join this computer to it, then run this command again.');
  out();
  out(`Trên chính máy này / On this computer only: ${local}`);
} else {
  out('Điện thoại bắt cùng mạng Wi-Fi với máy này mở địa chỉ:');
  out('Phones on the same Wi-Fi as this computer open:');
  out();
  urls.forEach((url, i) => out(`  ${url}${i === 0 ? '   ← địa chỉ chính / main address' : ''}`));
  out();
  out('Hoặc quét mã này bằng camera điện thoại / Or scan this with the phone’s camera:');
  out();
  // Light modules as block characters, on a forced dark background when it can be coloured, so
  // the code reads the same in light and dark terminals.
  const colour = process.stdout.isTTY;
  for (const line of renderUnicodeCompact(urls[0], { ecc: 'L', border: 2 }).split('\n'))
    out(colour ? `  \x1b[97;40m${line}\x1b[0m` : `  ${line}`);
  out();
  out('Máy chiếu: mở cùng địa chỉ đó trên máy này (không dùng localhost), để mã QR trên màn đầu dẫn về đây.');
  out('Projector: open that same address on this computer (not localhost), so the QR code on its first');
  out('screen leads here.');
  out();
  out('Qua địa chỉ này điện thoại không lưu được bài để học lúc không có mạng (trình duyệt đòi https).');
  out('Phones cannot save lessons for use offline from this address (browsers require https for that).');
}
if (site.site) {
  out();
  out(`Bản in và mã QR trong bài dẫn tới ${site.site}${site.base}, cần có Internet.`);
  out(`Printed guides and lesson QR codes point at ${site.site}${site.base}, which needs the internet.`);
}
out();
out('Bấm Ctrl+C để dừng. / Press Ctrl+C to stop.');

stopOnSignals(server, () => {
  out();
  out('Đã dừng. / Stopped.');
});
