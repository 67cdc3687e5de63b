import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { downloaded, nameProfile, passQuiz, showSlip } from './learner-steps';
import { printToPdf, qrsOnPage } from './pdf';
import { currentSite, mainBuildOnly } from './site';
import { t } from './ui';
import { buildEnv } from '../harness/build-env';
import { signAsStranger } from '../harness/trainer-keys';
import { freePort } from '../harness/test-sites.mjs';
import { createSiteServer, listen } from '../../src/tooling/serve.mjs';
import { readSignedSlip, SIGNED_PREFIX } from '../../src/lib/signed-slip';
import { formatPartialDate } from '../../src/i18n/day';
import { decode as fromBase45, encode as toBase45 } from 'base45-ts';

// Issue #22, the whole path as people live it. A trainer makes a signing key on the hub and sends
// its public file; learners on their own phones complete lessons and show their slips; the trainer
// countersigns on the class sheet; a learner receives the signature and prints the certificate,
// whose signed QR (PDF → pdftoppm → decoded) a third person checks offline. Before the project
// adds the key, the same code says "key not in this version"; the test then builds the site again
// with the key in its registry and serves that build at the same address, so the trainer's key,
// which the browser keeps per address, is still there.

const l = t.vi;
const TRAINER = { name: 'Lê Thị Mai', team: 'Tổ công nghệ số ấp Phú Hòa', commune: 'Xã Phú Hòa' };
const WORKSHOP = 'Ấp 3, xã An Minh';
const run = promisify(execFile);

async function serve(dist: string, port: number): Promise<Server> {
  const server = createSiteServer({ dist, base: '/' });
  await listen(server, port, '127.0.0.1');
  return server;
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** The main test build again, with `registry` as its trusted keys, into a folder of its own. */
async function buildWithRegistry(registry: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'hoc-so-signed-site-'));
  const site = currentSite();
  await run('npm', ['run', 'build', '--', '--out', out], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: {
      ...buildEnv(),
      HOCSO_SITE_URL: site.site ?? '',
      HOCSO_BASE_PATH: '',
      HOCSO_TRAINERS_DIR: registry,
      FORCE_COLOR: '0',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return out;
}

async function checkCode(page: Page, code: string): Promise<void> {
  await page.goto('vi/check/');
  await page.getByLabel(l('check.pasteLabel')).fill(code);
  await page.getByRole('button', { name: l('check.button') }).click();
}

test(
  'a trainer’s key, learners’ slips, a countersign, a printed signed QR, checked offline',
  mainBuildOnly(),
  async ({ browser }, info) => {
    test.setTimeout(480_000);
    const port = freePort('127.0.0.1');
    const origin = `http://127.0.0.1:${port}`;
    let server = await serve(currentSite().dist, port);
    const made: string[] = [];
    const contexts: BrowserContext[] = [];
    const elsewhere: string[] = [];
    const open = async (b: Browser, options: Parameters<Browser['newContext']>[0] = {}) => {
      const context = await b.newContext({ baseURL: `${origin}/`, ...options });
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) elsewhere.push(url.href);
      });
      contexts.push(context);
      return context.newPage();
    };
    try {
      // The trainer makes a key and starts a workshop.
      const trainer = await open(browser);
      await trainer.goto('vi/trainer/#signing-key');
      const key = trainer.locator('trainer-key');
      await key.getByLabel(l('trainerKey.name')).fill(TRAINER.name);
      await key.getByLabel(l('trainerKey.team')).fill(TRAINER.team);
      await key.getByLabel(l('trainerKey.commune')).fill(TRAINER.commune);
      await key.getByRole('button', { name: l('trainerKey.make') }).click();
      const keyId = (await key.locator('code').innerText()).trim();
      const file = await downloaded(trainer, key.getByRole('button', { name: l('trainerKey.download') }));
      // The hub's parts load as they come near: the workshop box is at the top.
      await trainer.goto('vi/trainer/');
      const start = trainer.locator('workshop-start');
      await start.getByLabel(l('workshop.name')).fill(WORKSHOP);
      await start.getByRole('button', { name: l('workshop.start') }).click();
      await expect(start.getByRole('status')).toHaveText(l('workshop.started', { name: WORKSHOP }));

      // Two learners on their own phones.
      const lan = await open(browser);
      await passQuiz(lan, 'install-vneid');
      await nameProfile(lan, 'Nguyễn Thị Lan');
      const lanSlip = await showSlip(lan);
      const hung = await open(browser);
      await passQuiz(hung, 'activate-vneid');
      await nameProfile(hung, 'Hùng');
      const hungSlip = await showSlip(hung);

      // The trainer adds both slips and signs for Lan.
      await trainer.goto('vi/trainer/class/');
      const sheet = trainer.locator('class-sheet');
      for (const slip of [lanSlip, hungSlip]) {
        await sheet.getByLabel(l('class.paste')).fill(slip.text);
        await sheet.getByRole('button', { name: l('class.add') }).click();
      }
      const sign = trainer.locator('class-countersign');
      await expect(sign).toContainText(l('countersign.unlisted', { id: keyId }));
      await sign.getByRole('button', { name: l('countersign.sign', { name: 'Nguyễn Thị Lan' }) }).click();
      const signed = await sign
        .getByLabel(l('countersign.codeLabel', { name: 'Nguyễn Thị Lan' }))
        .inputValue();
      expect(readSignedSlip(signed)?.record).toMatchObject({ name: 'Nguyễn Thị Lan', keyId });

      // Lan receives it on her progress page.
      await lan.goto('vi/progress/');
      const receive = lan.locator('signed-receive');
      await receive.getByRole('button', { name: l('received.show') }).click();
      await receive.getByLabel(l('received.pasteLabel')).fill(signed);
      await receive.getByRole('button', { name: l('received.save') }).click();
      await expect(receive.getByRole('status')).toHaveText(l('received.done'));

      // Someone checks it with this version, which doesn't list the key yet.
      const early = await open(browser);
      await checkCode(early, signed);
      await expect(early.locator('slip-check [data-check-result]')).toContainText(l('check.unknownKey'));

      // The project adds the key: the next version of the site, at the same address.
      const registry = mkdtempSync(join(tmpdir(), 'hoc-so-registry-'));
      made.push(registry);
      const fixtures = join(import.meta.dirname, '..', 'fixtures', 'trainers');
      for (const name of readdirSync(fixtures)) cpSync(join(fixtures, name), join(registry, name));
      writeFileSync(join(registry, file.name), file.text);
      const dist = await buildWithRegistry(registry);
      made.push(dist);
      await stop(server);
      server = await serve(dist, port);

      // The trainer's key is still on the device, and now listed.
      await trainer.goto('vi/trainer/class/');
      await expect(sign.getByRole('button', { name: l('countersign.sign', { name: 'Hùng' }) })).toBeVisible();
      await expect(sign).not.toContainText(l('countersign.unlisted', { id: keyId }));

      // Lan prints her certificate; its signed QR is the code she received.
      await lan.goto('vi/certificate/');
      await expect(lan.locator('completion-slip')).toContainText(l('received.printHeading'));
      const pdf = await printToPdf(lan, info.outputPath('certificate.pdf'));
      // The page holds two codes: the signed one and the learner's own progress slip.
      expect(qrsOnPage(pdf.file, 1)).toContain(signed);
      const printed = signed;

      // A third person opens the new version once, goes offline, and checks what was printed.
      const checker = await open(browser, { serviceWorkers: 'allow' });
      await checker.goto('vi/');
      await checker.evaluate(() => navigator.serviceWorker.ready);
      await checker.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await checker.context().setOffline(true);
      await checkCode(checker, printed);
      const verdict = checker.locator('slip-check [data-check-result]');
      const record = readSignedSlip(signed)!.record;
      await expect(verdict).toContainText(
        l('check.verified', {
          trainer: TRAINER.name,
          team: TRAINER.team,
          date: formatPartialDate(record.signed),
        }),
      );

      // One changed bit of the signature: not verified, and why. A stranger's key: not in this version.
      const bytes = fromBase45(signed.slice(SIGNED_PREFIX.length));
      bytes[bytes.length - 1]! ^= 1;
      await checkCode(checker, SIGNED_PREFIX + toBase45(bytes));
      await expect(verdict).toContainText(l('check.unverified'));
      await expect(verdict).toContainText(l('check.why.signature'));
      const stranger = await signAsStranger(record);
      await checkCode(checker, stranger);
      await expect(verdict).toContainText(l('check.unknownKey'));
      expect(elsewhere).toEqual([]);
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
      await stop(server);
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    }
  },
);
