import { LitElement, css, html, nothing } from 'lit';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { $profile } from '../stores/profile';
import { applyImport, canUndoImport, undoImport } from '../stores/import';
import { IMPORT_MAX_BYTES, readProgressFile, type FileProblem } from '../lib/progress-file';
import { exportFileName } from '../lib/export-file';
import { previewImport, progressRows, toCsv, type CatalogEntry, type ImportPreview } from '../lib/transfer';
import type { LessonStatus } from '../lib/progress-status';
import type { ExportFile } from '../schemas/export-file';
import { format } from '../i18n/format';
import type { Labels, transferLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { fileDrop, fileInputStyles } from './file-drop';
import { withoutLabels } from './labels';
import { downloadCurrentExport, downloadFile } from './download';
import { defineInOwnTask } from './define-in-own-task';

type Pending = { file: ExportFile; preview: ImportPreview; migrated: boolean };

/**
 * @summary Export (JSON to import elsewhere, CSV for spreadsheets) and import with a preview,
 * a lossless merge and undo. A rejected file leaves stored progress exactly as it was.
 */
export class ProgressTransfer extends LitElement {
  static override properties = {
    labels: { type: Object },
    catalog: { type: Array },
    _pending: { state: true },
    _message: { state: true },
    _error: { state: true },
    _canUndo: { state: true },
    _dragging: { state: true },
  };
  static override styles = [
    controlStyles,
    fileInputStyles,
    css`
      .preview {
        border-left: 6px solid var(--hs-accent);
        padding: var(--hs-space-1) var(--hs-space-3);
      }
      .error {
        color: var(--hs-bad);
        font-weight: 700;
      }
    `,
  ];

  declare labels: Labels<typeof transferLabelKeys> | undefined;
  declare catalog: CatalogEntry[];
  declare _pending: Pending | undefined;
  declare _message: string;
  declare _error: string;
  declare _canUndo: boolean;
  declare _dragging: boolean;
  private readonly _profile = new StoreController(this, $profile);

  constructor() {
    super();
    this.labels = undefined;
    this.catalog = [];
    this._pending = undefined;
    this._message = '';
    this._error = '';
    this._canUndo = false;
    this._dragging = false;
  }

  /** Parts drawn after the labels check, and handlers run from them, have the labels. */
  private get _labels(): Labels<typeof transferLabelKeys> {
    return this.labels!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._canUndo = canUndoImport();
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const who = this._profile.value.name || l['profile.mainName'];
    return html`<p class="actions">
        <button type="button" data-export="json" @click=${this._exportJson}>
          ${l['transfer.exportJson']}
        </button>
        <button type="button" class="secondary" data-export="csv" @click=${this._exportCsv}>
          ${l['transfer.exportCsv']}
        </button>
      </p>
      <h3>${l['transfer.importHeading']}</h3>
      ${fileDrop({
        text: l['transfer.drop'],
        choose: l['transfer.choose'],
        accept: '.json,application/json',
        multiple: false,
        dragging: this._dragging,
        setDragging: (dragging) => (this._dragging = dragging),
        read: ([file]) => void this._read(file!),
      })}
      ${this._pending ? this._renderPreview(this._pending, who) : nothing}
      <p class="error" role="alert">${this._error}</p>
      <p role="status">${this._message}</p>
      ${
        this._canUndo
          ? html`<p>
              <button type="button" class="secondary" @click=${this._undo}>${l['transfer.undo']}</button>
            </p>`
          : nothing
      }`;
  }

  private _renderPreview({ file, preview, migrated }: Pending, who: string) {
    const l = this._labels;
    const title = (slug: string) => this.catalog.find((c) => c.slug === slug)?.title ?? slug;
    const score = (s: number | null) => (s === null ? l['progress.noScore'] : `${s}%`);
    return html`<div class="preview" role="group" aria-labelledby="preview-heading">
      <p id="preview-heading"><strong>${l['transfer.previewHeading']}</strong></p>
      ${file.profile ? html`<p>${format(l['transfer.previewProfile'], { name: file.profile })}</p>` : nothing}
      ${migrated ? html`<p>${l['transfer.migrated']}</p>` : nothing}
      ${
        preview.changes
          ? html`<ul>
              ${preview.added
                .filter((slug) => !preview.unknown.includes(slug))
                .map((slug) => html`<li>${format(l['transfer.added'], { title: title(slug) })}</li>`)}
              ${preview.changed.map(
                (c) =>
                  html`<li>
                    ${format(l['transfer.changed'], {
                      title: title(c.slug),
                      attempts: c.newAttempts,
                      before: score(c.bestBefore),
                      after: score(c.bestAfter),
                    })}
                  </li>`,
              )}
              ${preview.changed
                .filter((c) => c.completes)
                .map((c) => html`<li>${format(l['transfer.completes'], { title: title(c.slug) })}</li>`)}
              ${preview.unknown.map((slug) => html`<li>${format(l['transfer.unknown'], { slug })}</li>`)}
              ${
                preview.signed > 0
                  ? html`<li>${format(l['received.importAdds'], { count: preview.signed })}</li>`
                  : nothing
              }
            </ul>`
          : html`<p>${l['transfer.nothingNew']}</p>`
      }
      <p class="actions">
        ${
          preview.changes
            ? html`<button type="button" data-import="apply" @click=${this._apply}>
                ${format(l['transfer.apply'], { name: who })}
              </button>`
            : nothing
        }
        <button type="button" class="secondary" data-import="cancel" @click=${this._cancel}>
          ${l['transfer.cancel']}
        </button>
      </p>
    </div>`;
  }

  private _exportJson(): void {
    downloadCurrentExport();
  }

  private _exportCsv(): void {
    const l = this._labels;
    const status: Record<LessonStatus, string> = {
      'not-started': l['status.notStarted'],
      'in-progress': l['status.inProgress'],
      completed: l['status.completed'],
    };
    const rows = progressRows(
      $lessons.get(),
      this.catalog,
      [
        l['csv.track'],
        l['csv.lesson'],
        l['csv.status'],
        l['csv.best'],
        l['csv.attempts'],
        l['csv.completed'],
        l['csv.slug'],
        l['csv.failed'],
        l['csv.learnerId'],
        l['csv.learner'],
      ],
      (s) => status[s],
      { id: $profile.get().learnerId, name: $profile.get().name },
    );
    downloadFile(
      exportFileName($profile.get().name, new Date(), 'csv'),
      toCsv(rows),
      'text/csv;charset=utf-8',
    );
  }

  private async _read(file: File): Promise<void> {
    this._pending = undefined;
    this._message = '';
    this._error = '';
    let text: string;
    try {
      // Size first: never read a huge file into memory.
      text = file.size > IMPORT_MAX_BYTES ? '' : await file.text();
    } catch {
      this._error = `${this._labels['transfer.error.read']} ${this._labels['transfer.unchanged']}`;
      return;
    }
    const reading = readProgressFile(text, file.size, new Date());
    if (!reading.ok) {
      this._error = `${this._problem(reading.problem)} ${this._labels['transfer.unchanged']}`;
      return;
    }
    this._pending = {
      file: reading.file,
      preview: previewImport(
        $lessons.get(),
        reading.file.lessons,
        this.catalog.map((c) => c.slug),
        { current: $profile.get().signed, incoming: reading.file.signed },
      ),
      migrated: reading.fromVersion < reading.file.version,
    };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.preview button')?.focus();
  }

  private _problem(problem: FileProblem): string {
    const l = this._labels;
    switch (problem.code) {
      case 'too-big':
        return format(l['transfer.error.too-big'], { size: Math.round(problem.size / 1024) });
      case 'future-version':
        return format(l['transfer.error.future-version'], { version: problem.version });
      case 'invalid':
        return format(l['transfer.error.invalid'], { field: problem.field });
      default:
        return l[`transfer.error.${problem.code}`];
    }
  }

  private _apply(): void {
    if (!this._pending) return;
    applyImport(this._pending.file);
    this._pending = undefined;
    this._canUndo = true;
    this._message = this._labels['transfer.applied'];
  }

  private _cancel(): void {
    this._pending = undefined;
    this._message = this._labels['transfer.cancelled'];
  }

  private _undo(): void {
    undoImport();
    this._canUndo = false;
    this._message = this._labels['transfer.undone'];
  }
}

defineInOwnTask('progress-transfer', ProgressTransfer);

declare global {
  interface HTMLElementTagNameMap {
    'progress-transfer': ProgressTransfer;
  }
}
