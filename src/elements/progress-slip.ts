import { LitElement, css, html, nothing } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { StoreController } from './store-controller';
import { $profile } from '../stores/profile';
import { localDay } from '../lib/export-file';
import { qrSvg } from '../lib/qr';
import { encodeSlip, learnerSlip, type SlipLesson } from '../lib/slip';
import { format } from '../i18n/format';
import type { Labels, slipLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

/** A lesson as the pages that show a slip pass it: its slug, permanent code and title. */
export interface SlipCatalogEntry {
  slug: string;
  code: number;
  title: string;
}

/**
 * @summary "Show my trainer": the current learner's progress slip (lib/slip.ts) as a QR code to
 * scan, the same code as text to copy or share, and exactly what it tells. The site sends nothing
 * anywhere; the learner shows or shares it.
 */
export class ProgressSlip extends LitElement {
  static override properties = {
    labels: { type: Object },
    catalog: { type: Array },
    _open: { state: true },
    _copied: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      .qr {
        max-width: 18rem;
        margin: var(--hs-space-2) 0;
        background: #fff;
      }
      .qr svg {
        display: block;
        width: 100%;
        height: auto;
      }
      textarea {
        font: inherit;
        font-family: monospace;
        width: 100%;
        box-sizing: border-box;
        min-height: 5rem;
        overflow-wrap: anywhere;
      }
    `,
  ];

  declare labels: Labels<typeof slipLabelKeys> | undefined;
  declare catalog: SlipCatalogEntry[];
  declare _open: boolean;
  declare _copied: '' | 'copied' | 'selected';
  /** The profile holds the lessons and the workshop the slip carries. */
  private readonly _profile = new StoreController(this, $profile);

  constructor() {
    super();
    this.labels = undefined;
    this.catalog = [];
    this._open = false;
    this._copied = '';
  }

  /** The slip as it would be scanned now, and what it carries, for the preview. */
  private _slip(): { text: string; name: string; lessons: SlipLesson[] } {
    const codes = new Map(this.catalog.map((entry) => [entry.slug, entry.code]));
    const slip = learnerSlip(this._profile.value, (slug) => codes.get(slug), localDay(new Date()));
    return { text: encodeSlip(slip), name: slip.name, lessons: slip.lessons };
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    // In a paragraph, as the text it replaces was: the page reserves that box (progress.css).
    const toggle = html`<p class="toggle">
      <button type="button" aria-expanded=${String(this._open)} @click=${this._toggle}>
        ${this._open ? l['slip.hide'] : l['slip.show']}
      </button>
    </p>`;
    if (!this._open) return toggle;
    const { text, name, lessons } = this._slip();
    const workshop = this._profile.value.workshop;
    const titles = new Map(this.catalog.map((entry) => [entry.code, entry.title]));
    const line = (lesson: SlipLesson) => {
      const parts = [
        lesson.completed ? l['slip.completed'] : l['slip.started'],
        lesson.bestScore === null ? '' : format(l['slip.score'], { score: lesson.bestScore }),
        lesson.failedAttempts > 0 ? format(l['slip.failed'], { count: lesson.failedAttempts }) : '',
      ].filter(Boolean);
      return html`<li>${titles.get(lesson.code) ?? lesson.code}: ${parts.join(', ')}</li>`;
    };
    return html`${toggle}
      <div class="panel">
        <p>${l['slip.intro']}</p>
        <div class="qr">${unsafeSVG(qrSvg(text, l['slip.qrLabel']))}</div>
        <label for="slip-code">${l['slip.codeLabel']}</label>
        <textarea id="slip-code" readonly .value=${text}></textarea>
        <p class="actions">
          <button type="button" @click=${this._copy}>${l['slip.copy']}</button>
          ${
            'share' in navigator
              ? html`<button type="button" class="secondary" @click=${this._share}>
                  ${l['slip.share']}
                </button>`
              : nothing
          }
        </p>
        <p role="status">
          ${this._copied === 'copied' ? l['slip.copied'] : this._copied === 'selected' ? l['slip.selected'] : ''}
        </p>
        <h3>${l['slip.contains']}</h3>
        <ul class="slip-contents">
          <li>${format(l['slip.name'], { name: name || l['slip.noName'] })}</li>
          <li>${format(l['slip.learnerId'], { id: this._profile.value.learnerId })}</li>
          <li>${format(l['slip.date'], { date: localDay(new Date()) })}</li>
          ${
            workshop
              ? html`<li>
                  ${format(l['workshop.slipLine'], { name: workshop.name, session: workshop.session })}
                </li>`
              : nothing
          }
          ${lessons.length > 0 ? lessons.map(line) : html`<li>${l['slip.none']}</li>`}
        </ul>
        <p>${l['slip.private']}</p>
      </div>`;
  }

  private _toggle(): void {
    this._open = !this._open;
    this._copied = '';
  }

  private async _copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this._slip().text);
      this._copied = 'copied';
    } catch {
      // No clipboard (plain HTTP on a hall laptop, older phones): select the code to copy by hand.
      this.renderRoot.querySelector('textarea')?.select();
      this._copied = 'selected';
    }
  }

  private async _share(): Promise<void> {
    try {
      await navigator.share({ text: this._slip().text });
    } catch {
      // Cancelled or refused: nothing to do, the code is still on the screen.
    }
  }
}

defineInOwnTask('progress-slip', ProgressSlip);

declare global {
  interface HTMLElementTagNameMap {
    'progress-slip': ProgressSlip;
  }
}
