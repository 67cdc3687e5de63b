import { LitElement, css, html } from 'lit';
import { StoreController } from './store-controller';
import { $reading, setReading } from '../stores/reading';
import type { Reading } from '../schemas/reading';
import { applyReading } from '../lib/start/reading-apply';
import type { Labels, readingLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';

/**
 * @summary Text size (normal, large, extra large) and contrast (like the phone, normal, high),
 * remembered on this device. A disclosure button in the header of every page, which also applies
 * the choice to its page: CSS reads `data-text-size` and `data-contrast` on <html>.
 *
 * The button is the page's own HTML (the slot), so it shows before this code loads, which is only
 * when it is first touched (lib/on-demand.ts); the stored choice is applied before that by
 * lib/start/reading-apply.ts.
 * @slot - the disclosure button
 */
export class ReadingSettings extends LitElement {
  static override properties = { labels: { type: Object }, _open: { state: true } };
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .panel {
        margin-top: var(--hs-space-2);
        padding: var(--hs-space-2) var(--hs-space);
        border: 2px solid var(--hs-border);
        border-radius: var(--hs-radius);
        background: var(--hs-bg);
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: var(--hs-space-2) 0;
      }
      legend {
        font-weight: 700;
      }
      label {
        display: flex;
        align-items: center;
        gap: var(--hs-space-2);
        min-height: 44px;
        cursor: pointer;
      }
      input {
        width: 1.5rem;
        height: 1.5rem;
        accent-color: var(--hs-accent);
      }
    `,
  ];

  declare labels: Labels<typeof readingLabelKeys> | undefined;
  declare _open: boolean;
  private readonly _reading = new StoreController(this, $reading);
  private readonly _moreContrast = matchMedia('(prefers-contrast: more)');
  private _unsubscribe: (() => void) | undefined;
  private _toggle: HTMLButtonElement | null = null;
  private readonly _onToggle = () => {
    this._open = !this._open;
  };

  constructor() {
    super();
    this.labels = undefined;
    this._open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // At once, not at the next render: the page should never show in the wrong size.
    this._unsubscribe = $reading.subscribe(this._apply);
    this._moreContrast.addEventListener('change', this._apply);
    this._toggle = this.querySelector('button');
    this._toggle?.addEventListener('click', this._onToggle);
  }

  override disconnectedCallback(): void {
    this._toggle?.removeEventListener('click', this._onToggle);
    this._unsubscribe?.();
    this._moreContrast.removeEventListener('change', this._apply);
    super.disconnectedCallback();
  }

  private readonly _apply = (): void => applyReading($reading.get());

  override updated(): void {
    this._toggle?.setAttribute('aria-expanded', String(this._open));
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const { size, contrast } = this._reading.value;
    const choice = <K extends keyof Reading>(
      name: K,
      value: Reading[K],
      label: string,
      current: Reading[K],
    ) =>
      html`<label
        ><input
          type="radio"
          name=${name}
          .value=${value}
          .checked=${current === value}
          @change=${() => setReading({ [name]: value })}
        />${label}</label
      >`;
    return html`<slot></slot>
      <div class="panel" ?hidden=${!this._open}>
        <fieldset>
          <legend>${l['reading.size']}</legend>
          ${choice('size', 'normal', l['reading.normal'], size)}
          ${choice('size', 'large', l['reading.large'], size)}
          ${choice('size', 'xlarge', l['reading.xlarge'], size)}
        </fieldset>
        <fieldset>
          <legend>${l['reading.contrast']}</legend>
          ${choice('contrast', 'system', l['reading.system'], contrast)}
          ${choice('contrast', 'normal', l['reading.contrastNormal'], contrast)}
          ${choice('contrast', 'high', l['reading.high'], contrast)}
        </fieldset>
      </div>`;
  }
}

customElements.define('reading-settings', ReadingSettings);

declare global {
  interface HTMLElementTagNameMap {
    'reading-settings': ReadingSettings;
  }
}
