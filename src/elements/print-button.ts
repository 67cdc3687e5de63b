/**
 * @summary Opens the browser's print dialog for the guide on the page. Without JS the page still
 * tells people to use the browser's own Print menu.
 *
 * A plain custom element, not Lit: one button doesn't need a renderer, and a print page that
 * imported Lit for it alone would split Lit into its own chunk and make every page heavier.
 */
export class PrintButton extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button-link';
    button.innerHTML = '<span aria-hidden="true">🖨</span> ';
    button.append(this.getAttribute('label') ?? 'Print');
    button.addEventListener('click', () => window.print());
    this.append(button);
  }
}

customElements.define('print-button', PrintButton);

declare global {
  interface HTMLElementTagNameMap {
    'print-button': PrintButton;
  }
}
