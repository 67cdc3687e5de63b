import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Scenario from '../fixtures/simulation/Scenario.astro';
import { LessonContentError } from '../../src/lib/build/content-error';
import { renderLessonContent } from '../../src/lib/build/lesson-content';
import type { PageContext } from '../../src/lib/build/page-context';

// <Simulation>, <Screen> and <Choice> rendered by Astro's container API as a lesson page renders
// them: a sound scenario reads as a walk-through, and each authoring mistake stops the build naming
// the file, the simulation and the screen.
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const FILE = 'content/lessons/vi/a.mdx';
const page: PageContext = { locale: 'vi', view: 'lesson', lesson: { slug: 'a', sourceFile: FILE } };
const render = (mistake = 'none') =>
  renderLessonContent(FILE, () =>
    container.renderToString(Scenario, { locals: { page }, props: { mistake } }),
  );

async function errorOf(mistake: string): Promise<string> {
  try {
    await render(mistake);
  } catch (error) {
    expect(error).toBeInstanceOf(LessonContentError);
    return (error as LessonContentError).message;
  }
  throw new Error(`expected "${mistake}" to fail`);
}

describe('a simulation written in a lesson', () => {
  it('reads without JS as a walk-through: every screen, each choice with where it leads and why', async () => {
    const { html } = await render();
    expect(html).toContain('Thực hành trên điện thoại giả: Đăng ký trên ứng dụng giả');
    expect(html).toContain('Mô phỏng — không phải ứng dụng thật');
    const screens = [...html.matchAll(/<li class="sim-screen" id="sim-register-([a-z-]+)"/g)].map(
      (m) => m[1],
    );
    expect(screens).toEqual(['enter-number', 'otp-sms', 'caller', 'done', 'fell-for-it']);
    expect(html).toMatch(/<a href="#sim-register-otp-sms">\s*Dẫn tới: Tin nhắn mã OTP\s*<\/a>/);
    expect(html).toContain('Người giúp thật không bao giờ hỏi mã OTP.');
    expect(html).toMatch(
      /<li data-to="fell-for-it" data-trap="otp-to-caller">[\s\S]*?Đọc mã[\s\S]*?<p class="sim-trap">\s*Bẫy\s*<\/p>/,
    );
    expect(html).toContain('Kết thúc: bạn đã mắc bẫy');
    expect(html).toContain('Kết thúc an toàn');
    expect(html).toContain('Từ: VNeID (giả)');
    // A pretend form reads as the fields it asks for; the element reads them back from their data.
    expect(html).toMatch(
      /<ul class="sim-fields">\s*<li data-field="id-number" data-kind="id-number" data-label="Số định danh cá nhân">\s*Ô nhập: Số định danh cá nhân — 12 chữ số\s*<\/li>/,
    );
    expect(html).toMatch(/<li data-field="otp" data-kind="otp" data-label="Mã OTP" data-expect="482913">/);
    expect(html).toMatch(/<li data-to="otp-sms" data-submit>/);
    // A link on the pretend phone is a picture of one, not something to tap through.
    expect(html).not.toContain('href="https://vneid-help.invalid"');
    expect(html).toContain('vneid-help.invalid');
    expect(html).not.toContain('<!--hs:');
    // With JS the phone plays in its box; the walk-through is its data, and what reads without JS.
    expect(html).toMatch(
      /<phone-simulation class="sim-stage" data-sim="register" data-lesson="a" data-start="enter-number" labels="[^"]+">\s*<div class="sim-intro" slot="intro">\s*<p class="sim-banner">Mô phỏng — không phải ứng dụng thật<\/p>\s*<p>Điện thoại giả có \d+ màn hình\.[^<]*<\/p>\s*<p class="sim-start-row">\s*<button type="button" class="button-link" data-sim-start>Bắt đầu<\/button>[\s\S]*?<\/p>\s*<\/div>\s*<noscript>/,
    );
    expect(html).toMatch(
      /<li class="sim-screen" id="sim-register-caller" data-screen="caller" data-kind="call" data-title="Cuộc gọi đến" data-from="09xx xxx xxx">/,
    );
  });

  it.each([
    [
      'unknown-screen',
      'screen "enter-number", choice 1 ("Bấm Tiếp tục"): to="otp" is no screen of this simulation',
    ],
    ['dead-end', 'screen "caller": is a dead end: it has no <Choice> and is not a debrief (kind="debrief")'],
    ['unreachable', 'screen "orphan": cannot be reached from start="enter-number"'],
    ['no-explanation', 'screen "otp-sms", choice 2 ("Nghe máy"): needs an explanation="…"'],
    [
      'unreached-trap',
      'trap "fake-link" is declared, but no choice the learner can reach falls into it (trap="fake-link")',
    ],
    [
      'no-submit',
      'screen "enter-number": has <Field>s but no <Choice submit> to send them, so what the learner types leads nowhere',
    ],
    [
      'otp-without-code',
      'screen "otp-sms", field "otp": an otp field needs expect="…", the 6 digits the SMS showed, e.g. expect="482913"',
    ],
    [
      'real-number',
      'screen "otp-sms": "0912 345 678" looks like a diallable phone number; write it like 09xx xxx xxx',
    ],
  ])('%s fails naming the file, the simulation and the screen', async (mistake, problem) => {
    expect(await errorOf(mistake)).toContain(`${FILE} → <Simulation id="register">: ${problem}`);
  });

  it('a field prop mistake names the field and says how it is written', async () => {
    const message = await errorOf('bad-field-kind');
    expect(message).toContain(
      `${FILE} → <Simulation id="register"> <Screen id="enter-number"> <Field id="id-number">: kind must be one of id-number, phone, otp (got "cccd")`,
    );
  });

  it('a prop mistake names the screen and says how it is written', async () => {
    const message = await errorOf('bad-kind');
    expect(message).toContain(
      `${FILE} → <Simulation id="register"> <Screen id="enter-number">: kind must be one of app, browser, sms, call, chat, payment, camera, debrief (got "email")`,
    );
  });
});
