import { LitElement, css, html, nothing } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { StoreController } from './store-controller';
import { $classBook } from '../stores/class-book';
import { loadTrainerKey, type LoadedTrainerKey } from '../stores/trainer-key';
import { currentClass } from '../lib/class-book';
import { countersignRecord } from '../lib/countersign';
import { signSlip } from '../lib/signed-slip';
import type { ClassMember } from '../lib/class-sheet';
import { localDay } from '../lib/export-file';
import { qrSvg } from '../lib/qr';
import { format } from '../i18n/format';
import { formatPartialDate } from '../i18n/day';
import type { Labels, countersignLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

type KeyState = { state: 'loading' } | LoadedTrainerKey;

interface Signed {
  learnerId: string;
  name: string;
  text: string;
  count: number;
  signed: string;
  expires: string;
}

/**
 * @summary Countersigning on the class sheet (issue #22): for each learner of the current class
 * whose newest slip shows a completed lesson, "Sign for <name>" signs those lessons with the
 * trainer's key from this device (lib/countersign.ts) and shows the signed code as a QR for the
 * learner's progress page to scan, and as text to copy. Signed codes are not kept: signing again
 * is instant. Without a key here (or at an address that can't hold one) it says how to get one.
 */
export class ClassCountersign extends LitElement {
  static override properties = {
    labels: { type: Object },
    keyUrl: { attribute: 'key-url' },
    listedKeys: { attribute: 'listed-keys' },
    _key: { state: true },
    _signed: { state: true },
    _busy: { state: true },
    _message: { state: true },
    _failed: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      ul {
        padding: 0;
        list-style: none;
      }
      li {
        border-top: 1px solid var(--hs-border);
        padding: var(--hs-space-2) 0;
      }
      li p {
        margin: 0 0 var(--hs-space-1);
        overflow-wrap: anywhere;
      }
      .signed {
        border: 3px solid var(--hs-accent);
        border-radius: var(--hs-radius);
        padding: var(--hs-space-2) var(--hs-space);
        margin: var(--hs-space-2) 0;
      }
      .signed h3 {
        margin: var(--hs-space-1) 0;
        overflow-wrap: anywhere;
      }
      .qr {
        max-width: 22rem;
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
        min-height: 6lh;
        box-sizing: border-box;
        border: 2px solid var(--hs-border);
        border-radius: var(--hs-radius);
        background: var(--hs-bg);
        color: var(--hs-fg);
      }
      label {
        display: block;
        font-weight: 700;
      }
      .error {
        color: var(--hs-bad);
        font-weight: 700;
      }
      a {
        color: var(--hs-link);
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
    `,
  ];

  declare labels: Labels<typeof countersignLabelKeys> | undefined;
  declare keyUrl: string;
  declare listedKeys: string;
  declare _key: KeyState;
  declare _signed: Signed | undefined;
  declare _busy: string;
  declare _message: string;
  declare _failed: boolean;
  private readonly _book = new StoreController(this, $classBook);

  constructor() {
    super();
    this.labels = undefined;
    this.keyUrl = '';
    this.listedKeys = '';
    this._key = { state: 'loading' };
    this._signed = undefined;
    this._busy = '';
    this._message = '';
    this._failed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadTrainerKey().then((loaded) => {
      this._key = loaded;
    });
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const key = this._key;
    if (key.state === 'loading') return nothing;
    if (key.state === 'insecure')
      return html`<p class="error">${format(l['trainerKey.insecure'], { address: location.origin })}</p>`;
    if (key.state === 'unavailable') return html`<p class="error">${l['trainerKey.unavailable']}</p>`;
    if (key.state === 'none')
      return html`<p>${format(l['countersign.noKey'], { address: location.origin })}</p>
        <p><a href=${this.keyUrl}>${l['countersign.makeKey']}</a></p>`;
    const sheet = currentClass(this._book.value);
    if (!sheet) return html`<p>${l['countersign.noClass']}</p>`;
    const ready = sheet.members.filter((m) => m.lessons.some((lesson) => lesson.completed));
    const listed = this.listedKeys.split(/\s+/).includes(key.key.id);
    return html`${listed ? nothing : html`<p>${format(l['countersign.unlisted'], { id: key.key.id })}</p>`}
      ${this._signed ? this._renderSigned(this._signed) : nothing}
      <p role="status" class=${this._failed ? 'error' : ''}>${this._message}</p>
      ${
        ready.length === 0
          ? html`<p>${l['countersign.nobody']}</p>`
          : html`<ul>
              ${ready.map((member) => this._renderMember(member))}
            </ul>`
      }`;
  }

  private _renderMember(member: ClassMember) {
    const l = this.labels!;
    const name = member.name.trim();
    const count = member.lessons.filter((lesson) => lesson.completed).length;
    const busy = this._busy === member.learnerId;
    return html`<li>
      <p>${format(l['countersign.row'], { name: name || '—', count })}</p>
      ${
        name
          ? html`<button
              type="button"
              data-sign=${member.learnerId}
              ?disabled=${this._busy !== ''}
              @click=${() => this._sign(member)}
            >
              ${busy ? l['countersign.signing'] : format(l['countersign.sign'], { name })}
            </button>`
          : html`<p>${l['countersign.noName']}</p>`
      }
    </li>`;
  }

  private _renderSigned(signed: Signed) {
    const l = this.labels!;
    const { name } = signed;
    return html`<section class="signed" aria-labelledby="signed-heading">
      <h3 id="signed-heading" tabindex="-1">${format(l['countersign.signedHeading'], { name })}</h3>
      <p>${format(l['countersign.showLearner'], { name })}</p>
      <div class="qr">${unsafeSVG(qrSvg(signed.text, format(l['countersign.qrLabel'], { name })))}</div>
      <p>
        ${format(l['countersign.contains'], {
          count: signed.count,
          date: formatPartialDate(signed.signed),
          expires: formatPartialDate(signed.expires),
        })}
      </p>
      <label for="signed-code">${format(l['countersign.codeLabel'], { name })}</label>
      <textarea id="signed-code" readonly .value=${signed.text}></textarea>
      <p class="actions">
        <button type="button" @click=${this._copy}>${l['countersign.copy']}</button>
        <button type="button" class="secondary" @click=${this._close}>${l['countersign.close']}</button>
      </p>
    </section>`;
  }

  private async _sign(member: ClassMember): Promise<void> {
    const l = this.labels!;
    const key = this._key;
    const sheet = currentClass(this._book.value);
    if (key.state !== 'ready' || !sheet) return;
    const result = countersignRecord(sheet, member, key.key.id, localDay(new Date()));
    if (!result.ok) return;
    this._busy = member.learnerId;
    this._say('');
    try {
      const text = await signSlip(result.record, key.key.privateKey, key.key.algorithm);
      const { record } = result;
      this._signed = {
        learnerId: member.learnerId,
        name: record.name,
        text,
        count: record.lessons.length,
        signed: record.signed,
        expires: record.expires,
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#signed-heading')?.focus();
    } catch {
      this._say(l['countersign.failed'], true);
    } finally {
      this._busy = '';
    }
  }

  private async _copy(): Promise<void> {
    const l = this.labels!;
    if (!this._signed) return;
    try {
      await navigator.clipboard.writeText(this._signed.text);
      this._say(l['countersign.copied']);
    } catch {
      // No clipboard permission: select the code so it can be copied by hand.
      this.renderRoot.querySelector('textarea')?.select();
      this._say(l['countersign.selected']);
    }
  }

  private _say(text: string, failed = false): void {
    this._message = text;
    this._failed = failed;
  }

  private async _close(): Promise<void> {
    const learnerId = this._signed?.learnerId ?? '';
    this._signed = undefined;
    this._say('');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-sign="${learnerId}"]`)?.focus();
  }
}

defineInOwnTask('class-countersign', ClassCountersign);

declare global {
  interface HTMLElementTagNameMap {
    'class-countersign': ClassCountersign;
  }
}
