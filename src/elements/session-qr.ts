import { LitElement, css, html, nothing } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { StoreController } from './store-controller';
import { $classBook } from '../stores/class-book';
import { currentClass } from '../lib/class-book';
import { joinPath } from '../lib/workshop-link';
import { isLoopbackAddress } from '../lib/site-address';
import { isLocale } from '../i18n/locales';
import { format } from '../i18n/format';
import type { Labels, sessionQrLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';

/**
 * @summary The projector title screen's workshop QR: while the trainer's device has a current
 * workshop (a class started on the trainer hub), a code to the join page
 * (`…/join/?s=<session>&w=<name>&l=<lesson>`, lib/workshop-link.ts) on the address this page is
 * open at, since a hall laptop's Wi-Fi address is one the build can't know. Learners who scan it
 * join the workshop and open the lesson. Without a workshop it shows its slot: the plain
 * "open the lesson" code.
 *
 * The QR encoder is loaded only once there is a workshop to show, so a projector page without one
 * carries no encoder.
 * @slot - shown when there is no current workshop
 */
export class SessionQr extends LitElement {
  static override properties = {
    labels: { type: Object },
    locale: {},
    lesson: {},
    _qrSvg: { state: true },
  };
  static override styles = css`
    :host {
      display: block;
    }
    .session {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: center;
      gap: 1rem 2vw;
      margin: 1em 0 0;
    }
    .code {
      width: min(30vh, 16rem);
      background: #fff;
    }
    .code svg {
      display: block;
      width: 100%;
      height: auto;
    }
    p {
      margin: 0;
      font-size: 0.9em;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .warning {
      grid-column: 1 / -1;
      font-size: 0.8em;
      font-weight: 400;
      border-left: 0.4rem solid;
      padding-left: var(--hs-space);
    }
  `;

  declare labels: Labels<typeof sessionQrLabelKeys> | undefined;
  /** The page's language. */
  declare locale: string;
  /** The lesson's slug. */
  declare lesson: string;
  /** The encoder, once loaded. */
  declare _qrSvg: typeof import('../lib/qr-on-demand').qrSvg | undefined;
  private readonly _book = new StoreController(this, $classBook);

  constructor() {
    super();
    this.labels = undefined;
    this.locale = '';
    this.lesson = '';
    this._qrSvg = undefined;
  }

  override render() {
    const l = this.labels;
    const workshop = currentClass(this._book.value);
    if (!workshop || !isLocale(this.locale) || !this.lesson) return html`<slot></slot>`;
    if (!l) return withoutLabels(this);
    if (!this._qrSvg) {
      void import('../lib/qr-on-demand').then(({ qrSvg }) => (this._qrSvg = qrSvg));
      return html`<slot></slot>`;
    }
    const path = joinPath(this.locale, {
      session: workshop.session,
      name: workshop.name,
      lesson: this.lesson,
    });
    const address = new URL(path, location.href).href;
    const words = { name: workshop.name, session: workshop.session };
    return html`<div class="session">
      <div class="code">${unsafeSVG(this._qrSvg(address, format(l['workshop.qrLabel'], words)))}</div>
      <p>${format(l['workshop.scanToJoin'], words)}</p>
      ${
        isLoopbackAddress(location.hostname)
          ? html`<p class="warning">${l['qr.thisComputerOnly']}</p>`
          : nothing
      }
    </div>`;
  }
}

customElements.define('session-qr', SessionQr);

declare global {
  interface HTMLElementTagNameMap {
    'session-qr': SessionQr;
  }
}
