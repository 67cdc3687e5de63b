import {
  COMMENT_NODE,
  ELEMENT_NODE,
  TEXT_NODE,
  parse,
  renderSync,
  type DocumentNode,
  type ElementNode,
} from 'ultrahtml';
import { matches, querySelectorAll } from 'ultrahtml/selector';

/**
 * Typed access to rendered lesson HTML (projector screens, printed guides), over ultrahtml and its
 * selector engine. Build-time only.
 */
type UltraNode = Parameters<typeof renderSync>[0];
export type HtmlNode = Exclude<UltraNode, DocumentNode>;

/**
 * An HTML fragment as a tree: `document` to select in and render whole, `children` its top-level
 * nodes. (ultrahtml's `parse` is typed `any`, and its DocumentNode's children with it; this is the
 * one place that says what they are.)
 */
export function parseFragment(html: string): { document: DocumentNode; children: HtmlNode[] } {
  const document = parse(html) as DocumentNode;
  return { document, children: document.children as HtmlNode[] };
}

export const isElement = (node: UltraNode): node is ElementNode => node.type === ELEMENT_NODE;

/** Whether a node is an element matching a CSS selector (`.steps`, `h2`, `script, style`). */
export const isMatch = (node: UltraNode, selector: string): node is ElementNode =>
  isElement(node) && matches(node, selector);

/** Every element under `node` matching a CSS selector, in document order. */
export const selectAll = (node: UltraNode, selector: string): ElementNode[] =>
  querySelectorAll(node, selector).filter(isElement);

export const renderNodes = (nodes: readonly UltraNode[]) => nodes.map((n) => renderSync(n)).join('');

/** Text and elements, not comments or whitespace between tags. */
export const isContent = (node: UltraNode) =>
  isElement(node) || (node.type === TEXT_NODE && node.value.trim() !== '');

export const isComment = (node: UltraNode, value: string) =>
  node.type === COMMENT_NODE && node.value.trim() === value;

/**
 * Links drawn as text: Markdown turns addresses into links, and in a made-up scam message they
 * must look real but never work.
 */
export function defuseLinks(html: string): string {
  const { document } = parseFragment(html);
  const links = selectAll(document, 'a');
  for (const link of links) {
    link.name = 'span';
    link.attributes = { class: 'rf-fake-link' };
  }
  return links.length > 0 ? renderSync(document) : html;
}

export { renderSync };
