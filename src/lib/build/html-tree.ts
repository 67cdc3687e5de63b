import { ELEMENT_NODE, renderSync, type ElementNode, type parse } from 'ultrahtml';

/**
 * Small helpers for walking rendered lesson HTML at build time (projector screens, printable
 * guides). Build-time only.
 */
export type AnyNode = ReturnType<typeof parse>['children'][number];

export const isElement = (node: AnyNode): node is ElementNode => node.type === ELEMENT_NODE;

export const hasClass = (node: AnyNode, name: string): node is ElementNode =>
  isElement(node) && (node.attributes.class ?? '').split(/\s+/).includes(name);

export const renderNodes = (nodes: AnyNode[]) => nodes.map((n) => renderSync(n)).join('');

export function findFirst(
  node: { children?: AnyNode[] },
  test: (n: AnyNode) => boolean,
): ElementNode | undefined {
  for (const child of node.children ?? []) {
    if (test(child)) return child as ElementNode;
    const inner = isElement(child) ? findFirst(child, test) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** Every descendant matching `test`, in document order. */
export function findAll(node: { children?: AnyNode[] }, test: (n: AnyNode) => boolean): ElementNode[] {
  const found: ElementNode[] = [];
  for (const child of node.children ?? []) {
    if (test(child)) found.push(child as ElementNode);
    if (isElement(child)) found.push(...findAll(child, test));
  }
  return found;
}

/** An element's direct element children matching `test`. */
export const childrenWhere = (node: ElementNode, test: (n: AnyNode) => boolean): ElementNode[] =>
  node.children.filter((c: AnyNode) => test(c)) as ElementNode[];
