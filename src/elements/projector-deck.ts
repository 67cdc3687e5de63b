import { LitElement, css, html, nothing } from 'lit';
import { format } from '../i18n/format';
import type { Labels, deckLabelKeys } from '../i18n/client-labels';
import type { QuizQuestionBase } from './quiz-question-base';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import { isTyping } from './typing-target';

/**
 * @summary Projector mode: shows one `[data-screen]` of its light DOM at a time. Keys are what
 * presentation clickers send (→ Space PageDown / ← PageUp, Home, End), plus F full screen,
 * R reveal answer, S speaker view, Esc back to the lesson. The URL keeps the screen (#3), and a
 * speaker view in another window (?view=speaker) follows along through a BroadcastChannel.
 * @slot - the screens, then `.deck-plan` (the workshop plan, shown in the speaker view)
 */
export class ProjectorDeck extends LitElement {
  static override properties = {
    lessonUrl: { attribute: 'lesson-url' },
    labels: { type: Object },
    view: { reflect: true },
    _index: { state: true },
    _elapsed: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      nav {
        position: fixed;
        inset: auto 0 0 0;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: center;
        gap: var(--hs-space-2);
        padding: 0.4rem;
        background: var(--hs-surface);
        border-top: 1px solid var(--hs-border);
        font-size: 1.1rem;
      }
      .position {
        min-width: 8rem;
        text-align: center;
        font-weight: 700;
      }
      .speaker {
        padding: 1rem 2rem 6rem;
        font-size: 1.25rem;
        border-top: 4px solid var(--hs-accent);
      }
    `,
  ];

  declare lessonUrl: string;
  declare labels: Labels<typeof deckLabelKeys> | undefined;
  declare view: 'main' | 'speaker';
  declare _index: number;
  declare _elapsed: number;
  private _channel: BroadcastChannel | undefined;
  private _timer: number | undefined;
  private readonly _started = Date.now();

  constructor() {
    super();
    this.lessonUrl = '';
    this.labels = undefined;
    this.view = 'main';
    this._index = 0;
    this._elapsed = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.view = new URLSearchParams(location.search).get('view') === 'speaker' ? 'speaker' : 'main';
    document.body.dataset.view = this.view;
    const fromUrl = Number(location.hash.slice(1)) - 1;
    this._go(Number.isInteger(fromUrl) ? fromUrl : 0, false);
    document.addEventListener('keydown', this._onKey);
    if ('BroadcastChannel' in window) {
      this._channel = new BroadcastChannel(`hoc-so-deck:${this.lessonUrl}`);
      this._channel.onmessage = (event: MessageEvent<{ index: number }>) => this._go(event.data.index, false);
    }
    if (this.view === 'speaker') {
      this._timer = window.setInterval(
        () => (this._elapsed = Math.floor((Date.now() - this._started) / 1000)),
        1000,
      );
    }
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this._onKey);
    this._channel?.close();
    window.clearInterval(this._timer);
    super.disconnectedCallback();
  }

  override render() {
    const l = this.labels;
    if (!l) return html`<slot></slot>${withoutLabels(this)}`;
    const screens = this._screens();
    const total = screens.length;
    const current = screens[this._index];
    const next = screens[this._index + 1];
    const notes = [...(current?.querySelectorAll('.screen-notes p') ?? [])].map((p) => p.textContent);
    return html`<slot></slot>
      ${
        this.view === 'speaker'
          ? html`<section class="speaker" aria-label=${l['present.speaker']}>
              <p>
                <strong>${l['present.timer']}:</strong>
                <span class="timer"
                  >${String(Math.floor(this._elapsed / 60)).padStart(2, '0')}:${String(this._elapsed % 60).padStart(2, '0')}</span
                >
              </p>
              <h2>${l['present.notes']}</h2>
              <div class="notes">
                ${notes.length ? notes.map((n) => html`<p>${n}</p>`) : html`<p>${l['present.noNotes']}</p>`}
              </div>
              <h2>${l['present.nextScreen']}</h2>
              <p class="next">${next?.dataset.title ?? l['present.end']}</p>
              <slot name="plan"></slot>
            </section>`
          : nothing
      }
      <nav aria-label=${l['present.controls']}>
        <button type="button" class="secondary" @click=${() => this._go(this._index - 1)}>
          ← ${l['present.prev']}
        </button>
        <span class="position" aria-live="polite"
          >${format(l['present.position'], { n: this._index + 1, total })}</span
        >
        <button type="button" @click=${() => this._go(this._index + 1)}>${l['present.next']} →</button>
        <button type="button" class="secondary" @click=${this._fullscreen}>${l['present.fullscreen']}</button>
        ${
          this.view === 'main'
            ? html`<button type="button" class="secondary" @click=${this._openSpeaker}>
                ${l['present.speaker']}
              </button>`
            : nothing
        }
        <button type="button" class="secondary" @click=${this._exit}>${l['present.exit']}</button>
      </nav>`;
  }

  private _screens(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-screen]')];
  }

  private _go(index: number, broadcast = true): void {
    const screens = this._screens();
    const target = Math.max(0, Math.min(screens.length - 1, index));
    screens.forEach((screen, i) => (screen.hidden = i !== target));
    this._index = target;
    history.replaceState(null, '', `${location.pathname}${location.search}#${target + 1}`);
    if (broadcast) this._channel?.postMessage({ index: target });
    // The plan shows only in the speaker view.
    const plan = this.querySelector<HTMLElement>('.deck-plan');
    if (plan) {
      plan.hidden = this.view !== 'speaker';
      plan.slot = this.view === 'speaker' ? 'plan' : '';
    }
  }

  private _onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTyping(event)) return;
    const target = event.target as HTMLElement | null;
    const actions: Record<string, () => void> = {
      ArrowRight: () => this._go(this._index + 1),
      PageDown: () => this._go(this._index + 1),
      ' ': () => this._go(this._index + 1),
      ArrowLeft: () => this._go(this._index - 1),
      PageUp: () => this._go(this._index - 1),
      Home: () => this._go(0),
      End: () => this._go(this._screens().length - 1),
      f: this._fullscreen,
      F: this._fullscreen,
      r: this._reveal,
      R: this._reveal,
      s: this._openSpeaker,
      S: this._openSpeaker,
      Escape: this._exit,
    };
    const action = actions[event.key];
    // Space on a focused button presses it; everywhere else it moves on, as clickers expect.
    if (!action || (event.key === ' ' && target?.closest('button, [role="button"], a'))) return;
    event.preventDefault();
    action();
  };

  private _reveal = (): void => {
    const question = this._screens()[this._index]?.querySelector<QuizQuestionBase>(
      'quiz-choice, quiz-order, quiz-red-flags',
    );
    question?.revealAnswer();
  };

  private _fullscreen = (): void => {
    if (document.fullscreenElement) void document.exitFullscreen();
    // Some phones' browsers have no Fullscreen API; the deck works without it.
    else if ('requestFullscreen' in document.documentElement)
      void document.documentElement.requestFullscreen();
  };

  private _openSpeaker = (): void => {
    if (this.view === 'speaker') return;
    window.open(
      `${location.pathname}?view=speaker#${this._index + 1}`,
      'hoc-so-speaker',
      'width=900,height=700',
    );
  };

  private _exit = (): void => {
    if (document.fullscreenElement) void document.exitFullscreen();
    location.href = this.lessonUrl;
  };
}

customElements.define('projector-deck', ProjectorDeck);

declare global {
  interface HTMLElementTagNameMap {
    'projector-deck': ProjectorDeck;
  }
}
