import type { LitElement, PropertyValues } from 'lit';

type LitElementClass = abstract new (...args: never[]) => LitElement;

/**
 * Defines a page's part one task after its code has been evaluated, and draws each copy one task
 * after it is upgraded. Importing a part evaluates Lit, the stores and the part; upgrading a copy
 * runs its constructor and connects its stores; drawing it makes its DOM. All three in one task
 * blocked a cheap phone for a noticeable moment (issue #18: Lighthouse counted 50–130 ms, at its
 * 4× slowdown, for single tasks on the progress page and the trainer hub, whose parts each drew
 * in the task that defined them). Until a copy draws, the page's own HTML inside it keeps showing
 * (a shadow root starts with a slot for it; a light-DOM part clears it when it first draws), so no
 * empty frame comes between and nothing moves.
 */
export function defineInOwnTask(tag: string, element: LitElementClass): void {
  class DrawnInOwnTask extends element {
    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      const root = super.createRenderRoot();
      if (root !== this) root.append(document.createElement('slot'));
      return root;
    }

    protected override async scheduleUpdate(): Promise<void> {
      if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
      await super.scheduleUpdate();
    }

    protected override update(changed: PropertyValues): void {
      if (!this.hasUpdated && this.renderRoot !== this) (this.renderRoot as ShadowRoot).replaceChildren();
      super.update(changed);
    }
  }
  setTimeout(() => {
    if (!customElements.get(tag))
      customElements.define(tag, DrawnInOwnTask as unknown as CustomElementConstructor);
  });
}
