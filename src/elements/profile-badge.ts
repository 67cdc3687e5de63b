import { LitElement, css, html } from 'lit';
// The package is CommonJS: importing its one file keeps its other helpers out of the bundle.
import { StoreController } from '@nanostores/lit/lib/StoreController.js';
import { $profile } from '../stores/progress';
import { format } from '../i18n/format';

/** @summary Who is learning now, in the header; links to the profiles on the progress page. */
export class ProfileBadge extends LitElement {
  static override properties = {
    href: {},
    template: {},
    mainName: { attribute: 'main-name' },
  };
  static override styles = css`
    a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      color: var(--hs-link, #0b5cad);
    }
    a:focus-visible {
      outline: 3px solid var(--hs-focus, #c2410c);
      outline-offset: 3px;
    }
  `;

  declare href: string;
  declare template: string;
  declare mainName: string;
  private readonly _profile = new StoreController(this, $profile);

  constructor() {
    super();
    this.href = '';
    this.template = '{name}';
    this.mainName = '';
  }

  override render() {
    const name = this._profile.value.name || this.mainName;
    return html`<a href=${this.href}>${format(this.template, { name })}</a>`;
  }
}

customElements.define('profile-badge', ProfileBadge);

declare global {
  interface HTMLElementTagNameMap {
    'profile-badge': ProfileBadge;
  }
}
