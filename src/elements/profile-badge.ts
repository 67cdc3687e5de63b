import { LitElement, css, html } from 'lit';
import { StoreController } from './store-controller';
import { $profile } from '../stores/progress';
import { format } from '../i18n/format';
import type { Labels, badgeLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';

/** @summary Who is learning now, in the header; links to the profiles on the progress page. */
export class ProfileBadge extends LitElement {
  static override properties = { href: {}, labels: { type: Object } };
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
  declare labels: Labels<typeof badgeLabelKeys> | undefined;
  private readonly _profile = new StoreController(this, $profile);

  constructor() {
    super();
    this.href = '';
    this.labels = undefined;
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const name = this._profile.value.name || l['profile.mainName'];
    return html`<a href=${this.href}>${format(l['profile.current'], { name })}</a>`;
  }
}

customElements.define('profile-badge', ProfileBadge);

declare global {
  interface HTMLElementTagNameMap {
    'profile-badge': ProfileBadge;
  }
}
