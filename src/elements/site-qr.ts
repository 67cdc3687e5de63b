import { format } from '../i18n/format';
import { cssString } from '../lib/css-string';
import { qrSvg } from '../lib/qr';
import { isLocalAddress, isLoopbackAddress, shortUrl } from '../lib/site-address';

/**
 * @summary A QR code and the written address of a page of this site, drawn from the address the
 * page is being viewed at. Used only when the build doesn't know its public address
 * (HOCSO_SITE_URL): the same build then gives working codes on any domain and on a trainer
 * laptop's Wi-Fi address. Otherwise the code is drawn at build time and no script is needed.
 *
 * Fills, inside itself: `[data-qr-code]` with the code (an SVG image named by `label`, where
 * `{url}` becomes the address), every `[data-qr-address]` with the address, and shows
 * `[data-qr-warning]` when the address works only nearby (`warn="local"`: this computer or its
 * network; `warn="loopback"`: this computer only). `page-property` names a custom property on
 * `<html>` that a printed guide's running footer reads.
 *
 * A plain custom element, not Lit: it renders once and print pages should stay light.
 */
export class SiteQr extends HTMLElement {
  connectedCallback() {
    const path = this.getAttribute('path');
    if (!path) return;
    const address = new URL(path, location.href).href;
    const written = this.hasAttribute('short') ? shortUrl(address) : address;
    const code = this.querySelector('[data-qr-code]');
    // Our own SVG; the label is escaped by qrSvg.
    if (code) code.innerHTML = qrSvg(address, format(this.getAttribute('label') ?? '', { url: address }));
    this.querySelectorAll('[data-qr-address]').forEach((el) => (el.textContent = written));
    const property = this.getAttribute('page-property');
    if (property) document.documentElement.style.setProperty(property, cssString(` · ${written}`));
    const warn = this.getAttribute('warn');
    const nearby =
      warn === 'local'
        ? isLocalAddress(location.hostname)
        : warn === 'loopback' && isLoopbackAddress(location.hostname);
    const warning = this.querySelector<HTMLElement>('[data-qr-warning]');
    if (warning) warning.hidden = !nearby;
  }
}

customElements.define('site-qr', SiteQr);

declare global {
  interface HTMLElementTagNameMap {
    'site-qr': SiteQr;
  }
}
