import type { Labels, printLabelKeys } from '../i18n/client-labels';

/**
 * @summary Opens the browser's print dialog for the guide on the page. Without JS, or without its
 * labels, there is no button and the page still tells people to use the browser's own Print menu.
 *
 * A plain custom element, not Lit: one button doesn't need a renderer, and a print page that
 * imported Lit for it alone would split Lit into its own chunk and make every page heavier.
 */
export class PrintButton extends HTMLElement {
  /** From the `labels` attribute (labelsFor(t, printLabelKeys)). */
  get labels(): Labels<typeof printLabelKeys> | undefined {
    const json = this.getAttribute('labels');
    return json ? (JSON.parse(json) as Labels<typeof printLabelKeys>) : undefined;
  }

  connectedCallback() {
    const label = this.labels?.['guide.printButton'];
    // The page may hold the button's place with a disabled, invisible copy (base.css .late-reserve).
    if (this.querySelector('button:not([disabled])') || !label) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button-link';
    button.innerHTML = '<span aria-hidden="true">🖨</span> ';
    button.append(label);
    button.addEventListener('click', () => window.print());
    this.replaceChildren(button);
  }
}

customElements.define('print-button', PrintButton);

declare global {
  interface HTMLElementTagNameMap {
    'print-button': PrintButton;
  }
}
