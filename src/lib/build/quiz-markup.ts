import { ELEMENT_NODE, parse, renderSync, type ElementNode } from 'ultrahtml';

/**
 * Reads the HTML that a <Question>'s children rendered. Children (Option, Item, Message, Part) render
 * plain marker elements (`hs-option`, `hs-text`, `hs-why`, …); the Question reads them here and then
 * draws the real markup itself, because an Astro child can't tell its parent anything else.
 * Build-time only.
 */
export interface ParsedOption {
  html: string;
  text: string;
  correct: boolean;
  explanationHtml: string;
  explanation: string;
}
export interface ParsedItem {
  html: string;
  text: string;
}
export interface ParsedPart {
  id: string;
  html: string;
  text: string;
  flag: boolean;
  explanationHtml: string;
  explanation: string;
}
export interface ParsedMessage {
  kind: string;
  /** All the message's visible text, to check that its links and numbers are harmless. */
  text: string;
  fromHtml: string;
  /** The message with each part replaced by a `span.rf-part` carrying `data-part` (and `data-flag`). */
  bodyHtml: string;
  parts: ParsedPart[];
}
export interface ParsedQuestionChildren {
  options: ParsedOption[];
  items: ParsedItem[];
  message: ParsedMessage | undefined;
}

type AnyNode = ReturnType<typeof parse>['children'][number];

const isElement = (node: AnyNode, name?: string): node is ElementNode =>
  node.type === ELEMENT_NODE && (name === undefined || node.name === name);

function inner(node: ElementNode | undefined): string {
  if (!node) return '';
  const html = node.children
    .map((child: AnyNode) => renderSync(child))
    .join('')
    .trim();
  // MDX wraps multi-line children in one <p>; inside an option or step that is just noise.
  const wrapped = html.match(/^<p>([\s\S]*)<\/p>$/);
  return wrapped && !wrapped[1]!.includes('<p>') ? wrapped[1]!.trim() : html;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of an HTML fragment, for messages and checks. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const value =
          code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isNaN(value) ? whole : String.fromCodePoint(value);
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function child(node: ElementNode, name: string): ElementNode | undefined {
  return node.children.find((c: AnyNode) => isElement(c, name)) as ElementNode | undefined;
}

function findAll(node: { children: AnyNode[] }, name: string, out: ElementNode[] = []): ElementNode[] {
  for (const c of node.children) {
    if (isElement(c, name)) out.push(c);
    else if (isElement(c)) findAll(c, name, out);
  }
  return out;
}

export function parseQuestionChildren(html: string): ParsedQuestionChildren {
  const doc = parse(html);
  const options = findAll(doc, 'hs-option').map((node) => {
    const text = inner(child(node, 'hs-text'));
    const why = inner(child(node, 'hs-why'));
    return {
      html: text,
      text: textOf(text),
      correct: 'data-correct' in node.attributes,
      explanationHtml: why,
      explanation: textOf(why),
    };
  });
  const items = findAll(doc, 'hs-item').map((node) => {
    const text = inner(child(node, 'hs-text'));
    return { html: text, text: textOf(text) };
  });
  const messageNode = findAll(doc, 'hs-message')[0];
  let message: ParsedMessage | undefined;
  if (messageNode) {
    // Markdown turns addresses into links; in a scam example they must look real but never work.
    for (const link of findAll(messageNode, 'a')) {
      link.name = 'span';
      link.attributes = { class: 'rf-fake-link' };
    }
    const parts: ParsedPart[] = [];
    const body = child(messageNode, 'hs-body');
    const replaceParts = (node: ElementNode) => {
      node.children = node.children.map((c: AnyNode) => {
        if (isElement(c, 'hs-part')) {
          const id = `p${parts.length + 1}`;
          const text = inner(child(c, 'hs-text'));
          const why = inner(child(c, 'hs-why'));
          const flag = 'data-flag' in c.attributes;
          parts.push({
            id,
            html: text,
            text: textOf(text),
            flag,
            explanationHtml: why,
            explanation: textOf(why),
          });
          return parse(`<span class="rf-part" data-part="${id}"${flag ? ' data-flag' : ''}>${text}</span>`)
            .children[0];
        }
        if (isElement(c)) replaceParts(c);
        return c;
      });
    };
    if (body) replaceParts(body);
    message = {
      kind: messageNode.attributes['data-kind'] ?? 'sms',
      text: textOf(`${inner(child(messageNode, 'hs-from'))} ${renderSync(body ?? messageNode)}`),
      fromHtml: inner(child(messageNode, 'hs-from')),
      bodyHtml: inner(body),
      parts,
    };
  }
  return { options, items, message };
}
