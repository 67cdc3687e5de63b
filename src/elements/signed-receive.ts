import { LitElement, css, html, nothing } from 'lit';
import { StoreController } from './store-controller';
import { $profile } from '../stores/profile';
import { receiveSignature } from '../stores/signed-slips';
import { newestSignedSlip, type Receipt } from '../lib/signed-receive';
import { SIGNED_PREFIX, type SignedRecord } from '../lib/signed-slip';
import { SIGNED_SLIPS_MAX } from '../schemas/progress';
import { formatPartialDate } from '../i18n/day';
import { format } from '../i18n/format';
import type { Labels, receivedLabelKeys, scanLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';
import type { SlipTextDetail, SlipTextResult } from './slip-scanner';

type ReceiveLabels = Labels<typeof receivedLabelKeys>;

/** A lesson as the progress page's catalog gives it: its permanent code and title. */
interface CatalogLesson {
  code: number;
  title: string;
}

/** How the scanner sounds each outcome. */
const SCAN_RESULT: Record<Receipt['outcome'], SlipTextResult> = {
  empty: 'rejected',
  unreadable: 'rejected',
  'other-learner': 'rejected',
  already: 'unchanged',
  older: 'unchanged',
  received: 'added',
};

/**
 * @summary "Receive your trainer's signature" (issue #22): the learner pastes the code their
 * trainer signed for them, or scans its QR code on the trainer's screen, and it is kept with their
 * progress (lib/signed-receive.ts decides) for the certificate to print. A code for someone else,
 * a damaged one or one kept already changes nothing and says so. The camera and photo reader
 * (`<slip-scanner>`) load only when asked for.
 */
export class SignedReceive extends LitElement {
  static override properties = {
    labels: { type: Object },
    scannerLabels: { type: Object, attribute: 'scanner-labels' },
    catalog: { type: Array },
    checkUrl: { attribute: 'check-url' },
    _open: { state: true },
    _scanning: { state: true },
    _receipt: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      textarea {
        display: block;
        font: inherit;
        font-family: monospace;
        width: 100%;
        min-height: 5rem;
        overflow-wrap: anywhere;
      }
      label {
        display: block;
        font-weight: 700;
        margin-top: var(--hs-space-3);
      }
      h3 {
        margin: var(--hs-space-3) 0 var(--hs-space-2);
      }
      .result p {
        margin-top: 0;
      }
      a {
        color: var(--hs-link);
      }
    `,
  ];

  declare labels: ReceiveLabels | undefined;
  declare scannerLabels: Labels<typeof scanLabelKeys> | undefined;
  declare catalog: CatalogLesson[];
  /** The check page, where anyone verifies the signature. */
  declare checkUrl: string;
  declare _open: boolean;
  declare _scanning: boolean;
  declare _receipt: Receipt | undefined;
  /** The current learner: whose signature is theirs, and what they hold. */
  private readonly _profile = new StoreController(this, $profile);

  constructor() {
    super();
    this.labels = undefined;
    this.scannerLabels = undefined;
    this.catalog = [];
    this.checkUrl = '';
    this._open = false;
    this._scanning = false;
    this._receipt = undefined;
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    // In a paragraph, as the text it replaces was: the page reserves that box (progress.css).
    const toggle = html`<p class="toggle">
      <button type="button" aria-expanded=${String(this._open)} @click=${this._toggle}>
        ${this._open ? l['received.hide'] : l['received.show']}
      </button>
    </p>`;
    if (!this._open) return toggle;
    const receipt = this._receipt;
    const shown =
      receipt && (receipt.outcome === 'received' || receipt.outcome === 'already')
        ? receipt.record
        : undefined;
    const held = this._profile.value.signed?.length ?? 0;
    const newest = shown ? undefined : newestSignedSlip(this._profile.value)?.record;
    return html`${toggle}
      <div class="panel">
        <p>${l['received.how']}</p>
        ${
          this._scanning
            ? html`<slip-scanner
                .labels=${this.scannerLabels}
                .prefix=${SIGNED_PREFIX}
                @slip-text=${this._scanned}
              ></slip-scanner>`
            : html`<p>
                <button type="button" class="secondary" @click=${this._openScanner}>
                  ${l['received.openScanner']}
                </button>
              </p>`
        }
        <form @submit=${this._submit}>
          <label for="signed-code">${l['received.pasteLabel']}</label>
          <textarea
            id="signed-code"
            rows="4"
            spellcheck="false"
            autocapitalize="characters"
            autocomplete="off"
          ></textarea>
          <p><button type="submit">${l['received.save']}</button></p>
        </form>
        <div
          class="feedback"
          role="status"
          data-result=${!receipt ? '' : receipt.outcome === 'received' ? 'correct' : shown ? 'quiet' : 'wrong'}
          data-outcome=${receipt?.outcome ?? ''}
        >
          ${receipt ? html`<p class="verdict">${this._message(receipt, l)}</p>` : nothing}
        </div>
        ${shown ? this._details(shown, l) : nothing}
        ${held > 0 ? html`<p>${format(l['received.count'], { count: held })}</p>` : nothing}
        ${
          newest
            ? html`<h3>${l['received.newestHeading']}</h3>
                ${this._details(newest, l)}`
            : nothing
        }
      </div>`;
  }

  /** What a slip says, as the learner reads it, and where anyone can check it. */
  private _details(record: SignedRecord, l: ReceiveLabels) {
    const day = formatPartialDate;
    const titles = new Map(this.catalog.map((lesson) => [lesson.code, lesson.title]));
    return html`<div class="signed-details">
      <p>${format(l['received.key'], { key: record.keyId })}</p>
      <p>${format(l['received.signed'], { date: day(record.signed) })}</p>
      <p>${format(l['received.for'], { name: record.name })}</p>
      <ul>
        ${record.lessons.map((lesson) => {
          const title = titles.get(lesson.code);
          return html`<li>
            ${
              title
                ? format(l['check.lesson'], { title, date: day(lesson.completed) })
                : format(l['check.unknownLesson'], { code: lesson.code, date: day(lesson.completed) })
            }
          </li>`;
        })}
      </ul>
      <p>${format(l['check.expires'], { date: day(record.expires) })}</p>
      <p>${l['received.checkIntro']} <a href=${this.checkUrl}>${l['check.title']}</a></p>
    </div>`;
  }

  private _message(receipt: Receipt, l: ReceiveLabels): string {
    switch (receipt.outcome) {
      case 'empty':
        return l['received.empty'];
      case 'unreadable':
        return l['received.unreadable'];
      case 'other-learner':
        return format(l['received.otherLearner'], { name: receipt.record.name });
      case 'already':
        return l['received.already'];
      case 'older':
        return format(l['received.older'], { count: SIGNED_SLIPS_MAX });
      case 'received':
        return l['received.done'];
    }
  }

  private _toggle(): void {
    this._open = !this._open;
    this._receipt = undefined;
    this._scanning = false;
  }

  private _field(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  private _submit(event: SubmitEvent): void {
    event.preventDefault();
    // The pasted text stays in the box whatever happens, so nothing typed is lost.
    this._receipt = receiveSignature(this._field()?.value ?? '');
    if (this._receipt.outcome === 'empty') this._field()?.focus();
  }

  /** A code the scanner read: received as a pasted one, and the answer handed back to it. */
  private _scanned(event: CustomEvent<SlipTextDetail>): void {
    const { detail } = event;
    const field = this._field();
    if (field) field.value = detail.text;
    this._receipt = receiveSignature(detail.text);
    detail.result = SCAN_RESULT[this._receipt.outcome];
    detail.message = this._message(this._receipt, this.labels!);
  }

  private async _openScanner(): Promise<void> {
    await import('./slip-scanner');
    this._scanning = true;
    await this.updateComplete;
    // The scanner's own first control takes the focus the button had.
    const scanner = this.renderRoot.querySelector('slip-scanner');
    await scanner?.updateComplete;
    scanner?.shadowRoot?.querySelector<HTMLElement>('button, input')?.focus();
  }
}

defineInOwnTask('signed-receive', SignedReceive);

declare global {
  interface HTMLElementTagNameMap {
    'signed-receive': SignedReceive;
  }
}
