import { LitElement, html, nothing } from 'lit';
import { format } from '../i18n/format';
import type { Labels, saveLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';
import {
  allFiles,
  filesToKeepAfterVisit,
  formatBytes,
  isReadable,
  isSaved,
  missingFiles,
  readFiles,
  totalBytes,
  type TopicManifest,
} from '../lib/offline/offline-save';
import { browserSavesData } from '../lib/offline/visit-message';

export interface CatalogEntry {
  slug: string;
  title: string;
}

type Status = 'checking' | 'unsupported' | 'ready' | 'saving' | 'done' | 'failed';

/**
 * @summary "Save the whole topic" on a topic's page: says how big the topic's lessons are and whether
 * they are kept automatically after a visit (lib/offline/visit-worker.ts), then on request downloads
 * every lesson page, picture, printable guide and projector page of the topic into the service
 * worker's caches, showing the size first and progress while it runs, and which lessons work offline.
 */
export class OfflineLessons extends LitElement {
  static override properties = {
    manifest: {},
    catalog: { type: Array },
    labels: { type: Object },
    _status: { state: true },
    _cached: { state: true },
    _done: { state: true },
    _total: { state: true },
  };

  declare manifest: string;
  declare catalog: CatalogEntry[];
  declare labels: Labels<typeof saveLabelKeys> | undefined;
  declare _status: Status;
  declare _cached: Set<string>;
  declare _done: number;
  declare _total: number;
  private _data: TopicManifest | undefined;

  constructor() {
    super();
    this.manifest = '';
    this.catalog = [];
    this.labels = undefined;
    this._status = 'checking';
    this._cached = new Set();
    this._done = 0;
    this._total = 0;
  }

  /** Light DOM, so the page's styles and headings apply. */
  protected override createRenderRoot(): HTMLElement {
    this.textContent = '';
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this._start();
  }

  private async _start(): Promise<void> {
    if (!('caches' in window) || !('serviceWorker' in navigator)) {
      this._status = 'unsupported';
      return;
    }
    try {
      this._data = (await (await fetch(this.manifest)).json()) as TopicManifest;
      await this._check();
      this._status = 'ready';
    } catch {
      this._status = 'failed';
    }
  }

  private async _check() {
    const urls = allFiles(this._data?.lessons ?? []).map((file) => file.url);
    const found = await Promise.all(urls.map(async (url) => ((await caches.match(url)) ? url : '')));
    this._cached = new Set(found.filter(Boolean));
  }

  private async _save() {
    const missing = missingFiles(allFiles(this._data?.lessons ?? []), this._cached);
    this._status = 'saving';
    this._done = 0;
    this._total = missing.length;
    try {
      for (const file of missing) {
        await (await caches.open(file.cache)).add(file.url);
        this._done += 1;
      }
      this._status = 'done';
    } catch {
      // What was saved stays saved; the list below shows which lessons are complete.
      this._status = 'failed';
    }
    await this._check();
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    if (this._status === 'unsupported') return html`<p>${l['save.unsupported']}</p>`;
    if (this._status === 'checking') return html`<p>${l['save.checking']}</p>`;
    const lessons = this._data?.lessons ?? [];
    const missing = missingFiles(allFiles(lessons), this._cached);
    const lang = document.documentElement.lang;
    const readBytes = formatBytes(totalBytes(readFiles(lessons)), lang);
    const saveData = browserSavesData();
    // The same rule the service worker follows after a visit, with nothing cached yet.
    const auto = this._data && filesToKeepAfterVisit(this._data, new Set(), false).length > 0;
    const autoText = saveData ? l['save.autoSaveData'] : auto ? l['save.auto'] : l['save.autoTooBig'];
    // In course order, as the rest of the progress page lists them.
    const order = this.catalog.map((entry) => entry.slug);
    const titles = new Map(this.catalog.map((entry) => [entry.slug, entry.title]));
    const listed = [...lessons].sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
    return html`
      <p>${format(autoText, { size: readBytes })}</p>
      <div role="status">
        ${
          this._status === 'saving'
            ? html`<p>${format(l['save.progress'], { done: this._done, total: this._total })}</p>`
            : this._status === 'done'
              ? html`<p>${l['save.done']}</p>`
              : this._status === 'failed'
                ? html`<p class="save-failed">${l['save.failed']}</p>`
                : nothing
        }
      </div>
      ${
        this._status === 'saving'
          ? html`<progress max=${this._total} .value=${this._done} aria-hidden="true"></progress>`
          : missing.length === 0
            ? html`<p>${l['save.allSaved']}</p>`
            : html`<p>
                <button type="button" class="button-link" @click=${this._save}>
                  ${format(l['save.button'], { size: formatBytes(totalBytes(missing), lang) })}
                </button>
              </p>`
      }
      <ul class="saved-lessons">
        ${listed.map(
          (lesson) =>
            html`<li>
              <a href=${lesson.url}>${titles.get(lesson.slug) ?? lesson.slug}</a>:
              ${
                isSaved(lesson, this._cached)
                  ? `✓ ${l['save.saved']}`
                  : isReadable(lesson, this._cached)
                    ? `✓ ${l['save.readable']}`
                    : l['save.notSaved']
              }
            </li>`,
        )}
      </ul>
    `;
  }
}

customElements.define('offline-lessons', OfflineLessons);

declare global {
  interface HTMLElementTagNameMap {
    'offline-lessons': OfflineLessons;
  }
}
