/**
 * Defines a page's part one task after its code has been evaluated. Importing a part evaluates
 * Lit, the stores and the part; defining it upgrades every copy on the page, and Lit draws them in
 * that task's microtasks. All in one task, that blocked a cheap phone for a noticeable moment
 * (issue #18: Lighthouse counted 50–90 ms, at its 4× slowdown, on the progress page and the
 * trainer hub). Two tasks halve it. Upgrading and drawing stay together, so the page's own HTML
 * inside the element shows until the drawn part replaces it, with no empty frame between.
 */
export function defineInOwnTask(tag: string, element: CustomElementConstructor): void {
  setTimeout(() => {
    if (!customElements.get(tag)) customElements.define(tag, element);
  });
}
