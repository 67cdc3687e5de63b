import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { singleQuoteAttributes } from '../../src/lib/build/attribute-quotes';

/** The character references these pages use, decoded as a browser does (ultrahtml keeps them). */
const decode = (text: string) =>
  text.replace(
    /&(quot|#39|amp|lt|gt);/g,
    (_, name: string) => ({ quot: '"', '#39': "'", amp: '&', lt: '<', gt: '>' })[name]!,
  );

/** Every element's name and attribute values, and every text, as an HTML parser reads them. */
function meaning(html: string): unknown[] {
  const seen: unknown[] = [];
  walkSync(parse(html) as Node, (node: Node) => {
    seen.push(
      node.type === ELEMENT_NODE
        ? [node.name, Object.entries(node.attributes).map(([k, v]) => [k, decode(v)])]
        : [node.type, node.value],
    );
  });
  return seen;
}

describe('single-quoted JSON attributes', () => {
  const page = [
    '<!doctype html><html lang="vi"><head><style>a{content:"x &quot; y"}</style>',
    '<script type="module">const a = "<b title=&quot;x&quot;>";</script></head>',
    '<body><!-- <i labels="{&quot;a&quot;:1}"> -->',
    '<lesson-quiz lesson="x" labels="{&quot;quiz.check&quot;:&quot;Kiểm tra &gt; 1 &amp; 2&quot;}">',
    '<p title="it&#39;s &quot;so&quot;" alt="it\'s &quot;so&quot;" data-x=\'a"b\' hidden>Text with &quot;quotes&quot; &lt;b&gt;</p>',
    '<a href="/vi/?q=&quot;x&quot;">link</a></lesson-quiz></body></html>',
  ].join('');

  it('writes values with double quotes inside between single quotes, and nothing else', () => {
    const out = singleQuoteAttributes(page);
    expect(out).toContain(`labels='{"quiz.check":"Kiểm tra &gt; 1 &amp; 2"}'`);
    expect(out).toContain(`href='/vi/?q="x"'`);
    expect(out).toContain(`title='it&#39;s "so"'`);
    // A value with an apostrophe keeps its double quotes; text, comments, scripts and styles stay.
    expect(out).toContain(`alt="it's &quot;so&quot;"`);
    expect(out).toContain(`data-x='a"b'`);
    expect(out).toContain('<!-- <i labels="{&quot;a&quot;:1}"> -->');
    expect(out).toContain('<script type="module">const a = "<b title=&quot;x&quot;>";</script>');
    expect(out).toContain('<style>a{content:"x &quot; y"}</style>');
    expect(out).toContain('Text with &quot;quotes&quot; &lt;b&gt;');
    expect(out.length).toBeLessThan(page.length);
  });

  it('means the same to an HTML parser', () => {
    expect(meaning(singleQuoteAttributes(page))).toEqual(meaning(page));
  });

  it('leaves a page without such values as it is', () => {
    const plain = '<!doctype html><p class="a" id=\'b\'>x > y</p><br>';
    expect(singleQuoteAttributes(plain)).toBe(plain);
  });
});
