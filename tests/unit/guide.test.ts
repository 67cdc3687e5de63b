import { describe, expect, it } from 'vitest';
import { guidePageCss, prefixIds, splitStepPicture } from '../../src/lib/build/guide';

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
