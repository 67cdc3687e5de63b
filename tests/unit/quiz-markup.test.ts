import { describe, expect, it } from 'vitest';
import { parseQuestionChildren, textOf } from '../../src/lib/build/quiz-markup';

describe('parseQuestionChildren', () => {
  it('reads options with their text, rightness and explanation', () => {
    const parsed = parseQuestionChildren(
      '<hs-option><hs-text>Từ <strong>link</strong> lạ</hs-text><hs-why>Có thể là &quot;app&quot; giả.</hs-why></hs-option>' +
        '<hs-option data-correct=""><hs-text><p>Google Play</p></hs-text><hs-why>Đúng.</hs-why></hs-option>',
    );
    expect(parsed.options).toEqual([
      {
        html: 'Từ <strong>link</strong> lạ',
        text: 'Từ link lạ',
        correct: false,
        explanationHtml: 'Có thể là &quot;app&quot; giả.',
        explanation: 'Có thể là "app" giả.',
      },
      {
        html: 'Google Play',
        text: 'Google Play',
        correct: true,
        explanationHtml: 'Đúng.',
        explanation: 'Đúng.',
      },
    ]);
  });

  it('reads order items in the order written', () => {
    const parsed = parseQuestionChildren(
      '<hs-item><hs-text>Một</hs-text></hs-item><hs-item><hs-text>Hai</hs-text></hs-item>',
    );
    expect(parsed.items.map((item) => item.text)).toEqual(['Một', 'Hai']);
  });

  it('numbers message parts, keeps the text around them and defuses links', () => {
    const parsed = parseQuestionChildren(
      '<hs-message data-kind="sms"><hs-from>VNeID</hs-from><hs-body><p>Xin chào. ' +
        '<hs-part data-flag=""><hs-text>Vào <a href="https://x.invalid">https://x.invalid</a></hs-text><hs-why>Link lạ.</hs-why></hs-part> ' +
        '<hs-part><hs-text>tài khoản</hs-text><hs-why>Bình thường.</hs-why></hs-part></p></hs-body></hs-message>',
    );
    const message = parsed.message!;
    expect(message.kind).toBe('sms');
    expect(message.parts.map((p) => [p.id, p.flag, p.text, p.explanation])).toEqual([
      ['p1', true, 'Vào https://x.invalid', 'Link lạ.'],
      ['p2', false, 'tài khoản', 'Bình thường.'],
    ]);
    expect(message.bodyHtml).toMatch(
      /<span class="rf-part" data-part="p1" data-flag[^>]*>Vào <span class="rf-fake-link">/,
    );
    expect(message.bodyHtml).not.toContain('<a ');
    expect(message.text).toContain('VNeID');
    expect(message.text).toContain('Xin chào.');
  });

  it('finds nothing in empty children', () => {
    expect(parseQuestionChildren('')).toEqual({ options: [], items: [], message: undefined });
  });
});

describe('textOf', () => {
  it('drops tags and decodes entities', () => {
    expect(textOf('<b>A</b> &amp; &#39;B&#x27; &quot;C&quot;')).toBe(`A & 'B' "C"`);
  });
});
