import { LitElement, css, html } from 'lit';
// The package is CommonJS: importing its one file keeps its other helpers out of the bundle.
import { StoreController } from '@nanostores/lit/lib/StoreController.js';
import { $storageWorks } from '../stores/safe-storage';
import { currentExport, discardUnreadableBackup, unreadableBackup } from '../stores/progress';
import { exportFileName } from '../lib/transfer';
import type { Labels, storageLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { downloadExport, downloadFile } from './download';

/**
 * @summary Tells the learner when their progress can't be kept (storage off, private mode, full)
 * and offers to download it right here, since leaving the page would lose it; and when stored
 * progress was damaged, offers the kept raw copy.
 */
export class StorageBanner extends LitElement {
  static override properties = { labels: { type: Object }, _backup: { state: true } };
  static override styles = [
    controlStyles,
    css`
      .banner {
        border: 3px solid var(--hs-warn-border, #a15c00);
        background: var(--hs-warn-bg, #fff4d6);
        border-radius: var(--hs-radius, 0.5rem);
        padding: 0.5rem 1rem;
        margin: 1rem 0;
      }
    `,
  ];

  declare labels: Labels<typeof storageLabelKeys>;
  declare _backup: string | undefined;
  private readonly _storage = new StoreController(this, $storageWorks);

  constructor() {
    super();
    this.labels = {} as Labels<typeof storageLabelKeys>;
    this._backup = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._backup = unreadableBackup();
  }

  override render() {
    const l = this.labels;
    return html`<div role="status">
      ${
        this._storage.value
          ? ''
          : html`<div class="banner">
              <p>${l['storage.memoryOnly']}</p>
              <p><button type="button" @click=${this._download}>${l['storage.download']}</button></p>
            </div>`
      }
      ${
        this._backup === undefined
          ? ''
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
    </div>`;
  }

  private _download(): void {
    downloadExport(currentExport());
  }

  private _downloadBackup(): void {
    downloadFile(
      `hoc-so-backup-${exportFileName('', new Date(), 'json').slice(7)}`,
      this._backup ?? '',
      'application/json',
    );
  }

  private _discard(): void {
    discardUnreadableBackup();
    this._backup = undefined;
  }
}

customElements.define('storage-banner', StorageBanner);

declare global {
  interface HTMLElementTagNameMap {
    'storage-banner': StorageBanner;
  }
}
