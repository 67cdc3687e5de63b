import { describe, expect, it } from 'vitest';
import { guidePageCss, prefixIds, splitLessonBody, splitStepPicture } from '../../src/lib/build/guide';
import { lessonFromPath } from '../../src/lib/lesson-path';

// Markup in the shape the quiz components render (ChoiceQuestion, OrderQuestion, RedFlagsQuestion).
const choice = `<li class="quiz-item"><quiz-choice question-id="where" type="multiple"><fieldset class="quiz-question">
  <legend>Where do you get the <em>bank's</em> number?</legend>
  <ul class="quiz-options">
    <li class="quiz-option"><label><input type="checkbox" name="q-where" value="a"><span>From the SMS</span></label>
      <p class="quiz-explanation"><span class="quiz-verdict">✗ Wrong:</span> <span class="quiz-explanation-text">Scammers send those.</span></p></li>
    <li class="quiz-option" data-correct><label><input type="checkbox" name="q-where" value="b"><span>From your <strong>card</strong></span></label>
      <p class="quiz-explanation"><span class="quiz-verdict">✓ Right:</span> <span class="quiz-explanation-text">It is printed there.</span></p></li>
    <li class="quiz-option" data-correct><label><input type="checkbox" name="q-where" value="c"><span>From the official app</span></label>
      <p class="quiz-explanation"><span class="quiz-verdict">✓ Right:</span> <span class="quiz-explanation-text">Installed from the store.</span></p></li>
  </ul></fieldset></quiz-choice></li>`;
const order = `<li class="quiz-item"><quiz-order question-id="steps" right-order="a b"><fieldset class="quiz-question">
  <legend>Put them in order</legend>
  <ol class="order-list"><li class="order-item" data-item="b"><span class="order-text">Call</span></li><li class="order-item" data-item="a"><span class="order-text">Stop</span></li></ol>
  <div class="quiz-key"><p class="quiz-verdict">Right order:</p><ol><li>Stop</li><li>Call</li></ol>
  <p class="quiz-explanation-text">First stop, then call.</p></div></fieldset></quiz-order></li>`;
const flags = `<li class="quiz-item"><quiz-red-flags question-id="sms"><fieldset class="quiz-question">
  <legend>Tap the red flags</legend>
  <div class="rf-message"><div class="rf-body">Pay <span class="rf-part" data-part="p1">now</span> at <span class="rf-part" data-part="p2">home</span></div></div>
  <div class="quiz-key"><ul>
    <li data-part="p1" data-flag><span class="quiz-verdict">⚠ Red flag:</span> “<span class="rf-key-text">now</span>”: <span class="quiz-explanation-text">Rushing you.</span></li>
    <li data-part="p2"><span class="quiz-verdict">✓ Fine:</span> “<span class="rf-key-text">home</span>”: <span class="quiz-explanation-text">Harmless.</span></li>
  </ul><p class="quiz-explanation-text">It rushes you.</p></div></fieldset></quiz-red-flags></li>`;
const quiz = `<section class="quiz" id="quiz" aria-labelledby="quiz-heading"><h2 id="quiz-heading">Quiz</h2><lesson-quiz lesson="x"><ol class="quiz-list">${choice}${order}${flags}</ol></lesson-quiz></section>`;
const lesson = `<h2 id="intro">Intro</h2><p>See <a href="#intro">above</a>.</p>${quiz}<script type="module" src="/_astro/Quiz.js"></script><p>After</p>`;

describe('splitLessonBody', () => {
  it('takes the quiz out of the body and keeps everything else in order', () => {
    const { body, quiz: quizHtml } = splitLessonBody(lesson);
    expect(body).toContain('<h2 id="intro">Intro</h2>');
    expect(body).toContain('<script type="module" src="/_astro/Quiz.js"></script>');
    expect(body.indexOf('Intro')).toBeLessThan(body.indexOf('After'));
    expect(body).not.toContain('quiz-list');
    expect(quizHtml).toMatch(/^<section class="quiz"/);
    expect(quizHtml).toContain('question-id="sms"');
  });

  it('reads the answer key of every question type, with the reasons', () => {
    const { answers } = splitLessonBody(lesson);
    expect(answers).toEqual([
      {
        kind: 'choice',
        promptHtml: "Where do you get the <em>bank's</em> number?",
        answers: [
          { html: 'From your <strong>card</strong>', explanationHtml: 'It is printed there.' },
          { html: 'From the official app', explanationHtml: 'Installed from the store.' },
        ],
        explanationHtml: '',
      },
      {
        kind: 'order',
        promptHtml: 'Put them in order',
        answers: [
          { html: 'Stop', explanationHtml: '' },
          { html: 'Call', explanationHtml: '' },
        ],
        explanationHtml: 'First stop, then call.',
      },
      {
        kind: 'red-flags',
        promptHtml: 'Tap the red flags',
        answers: [{ html: 'now', explanationHtml: 'Rushing you.' }],
        explanationHtml: 'It rushes you.',
      },
    ]);
  });

  it('leaves a lesson without a quiz whole, with no answers', () => {
    expect(splitLessonBody('<p>Only text</p>')).toEqual({ body: '<p>Only text</p>', quiz: '', answers: [] });
  });
});

describe('prefixIds', () => {
  it('prefixes ids and every reference to them, and nothing else', () => {
    const html = prefixIds(
      '<section aria-labelledby="h"><h2 id="h">T</h2><p id="hint" class="h">x</p>' +
        '<fieldset aria-describedby="hint other"><label for="hint">L</label></fieldset>' +
        '<a href="#h">up</a><a href="/vi/#track">out</a></section>',
      'guide-a',
    );
    expect(html).toContain('aria-labelledby="guide-a-h"');
    expect(html).toContain('<h2 id="guide-a-h">');
    expect(html).toContain('aria-describedby="guide-a-hint other"');
    expect(html).toContain('for="guide-a-hint"');
    expect(html).toContain('href="#guide-a-h"');
    expect(html).toContain('href="/vi/#track"');
    expect(html).toContain('class="h"');
  });
});

describe('splitStepPicture', () => {
  it('sets apart a picture that ends a step', () => {
    const figure = '<figure class="phone-screen"><img src="/a.svg" alt="A"></figure>';
    expect(splitStepPicture(`<p>Tap Scan.</p>\n${figure}\n`)).toEqual({
      text: '<p>Tap Scan.</p>\n\n',
      picture: figure,
    });
  });

  it('leaves a step alone when its picture is not last, or it has none', () => {
    const mid = '<p>One</p><figure class="phone-screen"><img src="/a.svg" alt="A"></figure><p>Two</p>';
    expect(splitStepPicture(mid)).toEqual({ text: mid, picture: '' });
    expect(splitStepPicture('<p>One</p>')).toEqual({ text: '<p>One</p>', picture: '' });
  });
});

describe('guidePageCss', () => {
  const text = {
    topLeft: 'Trả tiền "QR"',
    topRight: 'Học Số',
    bottomLeft: 'Cập nhật 1/1/2026',
    pageWord: 'Trang',
  };

  it('puts the running header and footer in @page margin boxes, quoting safely', () => {
    const css = guidePageCss([text]);
    expect(css).toContain('@page{@top-left{content:"Trả tiền \\"QR\\""}');
    expect(css).toContain('@bottom-right{content:"Trang " counter(page) "/" counter(pages)}');
  });

  it('ends the footer with the short address, or with the property the browser fills in', () => {
    expect(guidePageCss([{ ...text, address: { text: 'hocso.example.org/vi/lessons/x/' } }])).toContain(
      '@bottom-left{content:"Cập nhật 1/1/2026" " · hocso.example.org/vi/lessons/x/"}',
    );
    expect(guidePageCss([{ ...text, address: { property: '--hs-address-a' } }])).toContain(
      '@bottom-left{content:"Cập nhật 1/1/2026" var(--hs-address-a,"")}',
    );
    expect(guidePageCss([text])).toContain('@bottom-left{content:"Cập nhật 1/1/2026"}');
  });

  it('gives each guide of a booklet its own named page', () => {
    const css = guidePageCss([
      { ...text, page: 'page-guide-a', elementId: 'guide-a' },
      { ...text, page: 'page-guide-b', elementId: 'guide-b' },
    ]);
    expect(css).toContain('@page page-guide-a{');
    expect(css).toContain('#guide-b{page:page-guide-b}');
  });
});

describe('lessonFromPath', () => {
  it('names the lesson and its file on lesson, projector and print pages', () => {
    for (const path of [
      '/vi/lessons/scan-to-pay/',
      '/vi/lessons/scan-to-pay/present/',
      '/vi/lessons/scan-to-pay/print/',
    ]) {
      expect(lessonFromPath(path)).toEqual({
        locale: 'vi',
        slug: 'scan-to-pay',
        file: 'content/lessons/vi/scan-to-pay.mdx',
      });
    }
  });

  it('names no lesson on a page with several (a booklet)', () => {
    expect(lessonFromPath('/en/guides/scams/')).toEqual({ locale: 'en', slug: '', file: '' });
  });
});
