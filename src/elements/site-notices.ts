import { LitElement, html, nothing } from 'lit';
import { StoreController } from './store-controller';
import { $storageWorks } from '../stores/safe-storage';
import { $unreadableProgress, discardUnreadableBackup } from '../stores/progress';
import type { Labels, noticeLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { bannerStyles } from './banner.styles';
import { downloadBackup, downloadCurrentExport } from './download';
import { withoutLabels } from './labels';

/**
 * @summary The site's notices, in one live region at the top of every page:
 * - progress can't be kept (storage off, private mode, full): download it right here, since
 *   leaving the page would lose it; stored progress was damaged: download the kept raw copy;
 * - no connection (saved lessons still work);
 * - a new version is ready: Reload. Never reloads by itself, so nothing a learner is doing is cut
 *   off, and the page never runs on a mix of old and new files.
 * Its code loads only when one of these happens; until then lib/start/site-notices-start.ts
 * watches for them, registers the service worker and shows a lesson's review notice.
 */
export class SiteNotices extends LitElement {
  static override properties = {
    labels: { type: Object },
    _offline: { state: true },
    _waiting: { state: true },
  };
  static override styles = [controlStyles, bannerStyles];

  declare labels: Labels<typeof noticeLabelKeys> | undefined;
  declare _offline: boolean;
  declare _waiting: ServiceWorker | undefined;
  private readonly _storage = new StoreController(this, $storageWorks);
  private readonly _backup = new StoreController(this, $unreadableProgress);

  constructor() {
    super();
    this.labels = undefined;
    this._offline = !navigator.onLine;
    this._waiting = undefined;
  }

  private readonly _onLine = () => {
    this._offline = !navigator.onLine;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this._onLine);
    addEventListener('offline', this._onLine);
    // The page registered the worker before this code loaded (lib/start/site-notices-start.ts).
    if ('serviceWorker' in navigator) void navigator.serviceWorker.ready.then(this._watch);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this._onLine);
    removeEventListener('offline', this._onLine);
  }

  /** A worker that installs while an older one controls the page is a new version, waiting. */
  private readonly _watch = (registration: ServiceWorkerRegistration | undefined) => {
    // Some browsers (and test harnesses that block workers) resolve without a registration.
    if (!registration) return;
    const found = (worker: ServiceWorker | null) => {
      if (worker && navigator.serviceWorker.controller) this._waiting = worker;
    };
    found(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && found(worker));
    });
  };

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    return html`<div role="status">
      ${
        this._storage.value
          ? nothing
          : html`<div class="banner">
              <p>${l['storage.memoryOnly']}</p>
              <p><button type="button" @click=${this._download}>${l['storage.download']}</button></p>
            </div>`
      }
      ${
        this._backup.value === undefined
          ? nothing
          : html`<div class="banner">
              <p>${l['storage.corrupted']}</p>
              <p class="actions">
                <button type="button" @click=${this._downloadBackup}>${l['storage.downloadBackup']}</button>
                <button type="button" class="secondary" @click=${this._discard}>
                  ${l['storage.discardBackup']}
                </button>
              </p>
            </div>`
      }
      ${this._offline ? html`<p class="verdict">${l['status.offline']}</p>` : nothing}
      ${
        this._waiting
          ? html`<div class="banner">
              <p>${l['status.update']}</p>
              <p><button type="button" @click=${this._reload}>${l['status.reload']}</button></p>
            </div>`
          : nothing
      }
    </div>`;
  }

  private _download(): void {
    downloadCurrentExport();
  }

  private _downloadBackup(): void {
    downloadBackup(this._backup.value ?? '');
  }

  private _discard(): void {
    discardUnreadableBackup();
  }

  private _reload(): void {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    this._waiting?.postMessage({ type: 'SKIP_WAITING' });
  }
}

customElements.define('site-notices', SiteNotices);

declare global {
  interface HTMLElementTagNameMap {
    'site-notices': SiteNotices;
  }
}
