import { LitElement, css, html, nothing } from 'lit';
import type { Labels, listenLabelKeys } from '../i18n/client-labels';
import { format } from '../i18n/format';
import { pickVoice, speechChunks } from '../lib/speech';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';

type State = 'idle' | 'speaking' | 'paused';

/** One step speaks at a time on a page. */
let active: ListenButton | undefined;

/**
 * @summary Reads its lesson step aloud with the browser's speech synthesis, in the page's
 * language. Shows nothing when the device has no voice for that language; never starts by itself.
 */
export class ListenButton extends LitElement {
  static override properties = {
    labels: { type: Object },
    _state: { state: true },
    _voice: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .actions {
        margin: 0 0 var(--hs-space-2);
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  declare labels: Labels<typeof listenLabelKeys> | undefined;
  declare _state: State;
  declare _voice: SpeechSynthesisVoice | undefined;
  /** Bumped on every start, so utterances ended by a later cancel don't reset the new reading. */
  private _run = 0;

  constructor() {
    super();
    this.labels = undefined;
    this._state = 'idle';
    this._voice = undefined;
  }

  private readonly _findVoice = () => {
    this._voice = pickVoice(speechSynthesis.getVoices(), document.documentElement.lang);
  };

  override connectedCallback() {
    super.connectedCallback();
    if (!('speechSynthesis' in window)) return;
    this._findVoice();
    // Most browsers list their voices only after a moment.
    speechSynthesis.addEventListener('voiceschanged', this._findVoice);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if ('speechSynthesis' in window) speechSynthesis.removeEventListener('voiceschanged', this._findVoice);
    if (active === this) this._stop();
  }

  /** The step as a listener needs it: "Step 2. Scan the code." then its text (not the picture). */
  private _text(): string {
    const step = this.closest('.step');
    if (!step) return '';
    const label = step.querySelector('.step-number')?.getAttribute('data-label') ?? '';
    const n = [...(step.parentElement?.children ?? [])].indexOf(step) + 1;
    const title = this._title();
    const body = (step.querySelector<HTMLElement>('.step-text')?.innerText ?? '').trim();
    return `${label} ${n}. ${title}. ${body}`;
  }

  private _title() {
    return this.closest('.step')?.querySelector('h3')?.textContent.trim() ?? '';
  }

  private _start() {
    speechSynthesis.cancel();
    if (active && active !== this) active._state = 'idle';
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page remembers which step speaks
    active = this;
    const run = ++this._run;
    const chunks = speechChunks(this._text());
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = this._voice!.lang;
      utterance.voice = this._voice!;
      utterance.rate = 0.9;
      if (i === chunks.length - 1) utterance.onend = () => this._finished(run);
      utterance.onerror = () => this._finished(run);
      speechSynthesis.speak(utterance);
    });
    this._state = 'speaking';
  }

  private _finished(run: number) {
    if (run !== this._run || active !== this) return;
    active = undefined;
    this._state = 'idle';
  }

  private _toggle() {
    if (this._state === 'idle') this._start();
    else if (this._state === 'speaking') {
      speechSynthesis.pause();
      this._state = 'paused';
    } else {
      speechSynthesis.resume();
      this._state = 'speaking';
    }
  }

  private _stop() {
    this._run++;
    speechSynthesis.cancel();
    if (active === this) active = undefined;
    this._state = 'idle';
  }

  private async _stopAndRefocus() {
    this._stop();
    await this.updateComplete;
    this.renderRoot.querySelector('button')?.focus();
  }

  override render() {
    if (!this._voice) return nothing;
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const idle = this._state === 'idle';
    const text = idle
      ? l['listen.play']
      : this._state === 'speaking'
        ? l['listen.pause']
        : l['listen.resume'];
    return html`<div class="actions">
      <button
        type="button"
        class="secondary"
        aria-label=${idle ? format(l['listen.playStep'], { title: this._title() }) : nothing}
        @click=${this._toggle}
      >
        ${text}
      </button>
      ${
        idle
          ? nothing
          : html`<button type="button" class="secondary" @click=${this._stopAndRefocus}>
              ${l['listen.stop']}
            </button>`
      }
    </div>`;
  }
}

customElements.define('listen-button', ListenButton);

declare global {
  interface HTMLElementTagNameMap {
    'listen-button': ListenButton;
  }
}
