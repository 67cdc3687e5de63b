import { LitElement, css, html, nothing } from 'lit';
import {
  makeTrainerKey,
  publicKeyFile,
  trainerDetailsProblems,
  TRAINER_TEXT_MAX,
  type StoredTrainerKey,
  type TrainerDetails,
  type TrainerDetailsProblem,
} from '../lib/trainer-key';
import {
  forgetTrainerKey,
  loadTrainerKey,
  saveTrainerKey,
  type LoadedTrainerKey,
} from '../stores/trainer-key';
import { localDay } from '../lib/export-file';
import { format } from '../i18n/format';
import { formatPartialDate } from '../i18n/day';
import type { Labels, trainerKeyLabelKeys } from '../i18n/client-labels';
import { fieldStyles } from './field.styles';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import { downloadFile } from './download';
import { defineInOwnTask } from './define-in-own-task';

type State = { state: 'loading' } | LoadedTrainerKey;

const FIELDS = ['name', 'team', 'commune'] as const;

/**
 * @summary The trainer's signing key on the trainer hub (issue #22): makes one on this device
 * (lib/trainer-key.ts: Ed25519 or ECDSA P-256, the private half non-extractable, kept in IndexedDB
 * for this address), shows whose it is, downloads the public key file for the project's registry,
 * and can delete it. Says plainly where a key can't be made: an address that isn't secure (WebCrypto
 * needs https:// or localhost) or a browser that won't store it.
 */
export class TrainerKeyElement extends LitElement {
  static override properties = {
    labels: { type: Object },
    classUrl: { attribute: 'class-url' },
    _loaded: { state: true },
    _problems: { state: true },
    _busy: { state: true },
    _confirming: { state: true },
    _message: { state: true },
  };
  static override styles = [
    controlStyles,
    fieldStyles,
    css`
      :host {
        display: block;
      }
      .key {
        border: 3px solid var(--hs-accent);
        border-radius: var(--hs-radius);
        padding: var(--hs-space-2) var(--hs-space);
        margin: var(--hs-space-2) 0;
      }
      .key h3 {
        margin: var(--hs-space-1) 0;
        overflow-wrap: anywhere;
      }
      code {
        overflow-wrap: anywhere;
      }
      a {
        color: var(--hs-link);
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
    `,
  ];

  declare labels: Labels<typeof trainerKeyLabelKeys> | undefined;
  declare classUrl: string;
  declare _loaded: State;
  declare _problems: readonly TrainerDetailsProblem[];
  declare _busy: boolean;
  declare _confirming: boolean;
  declare _message: string;

  constructor() {
    super();
    this.labels = undefined;
    this.classUrl = '';
    this._loaded = { state: 'loading' };
    this._problems = [];
    this._busy = false;
    this._confirming = false;
    this._message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadTrainerKey().then((loaded) => {
      this._loaded = loaded;
    });
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const loaded = this._loaded;
    const status = html`<p role="status">${this._message}</p>`;
    switch (loaded.state) {
      case 'loading':
        return html`<p>${l['trainerKey.loading']}</p>`;
      case 'insecure':
        return html`<p class="error">${format(l['trainerKey.insecure'], { address: location.origin })}</p>`;
      case 'unavailable':
        return html`<p class="error">${l['trainerKey.unavailable']}</p>`;
      case 'none':
        return html`${this._renderForm()}${status}`;
      case 'ready':
        return html`${this._renderKey(loaded.key)}${status}`;
    }
  }

  private _renderForm() {
    const l = this.labels!;
    const invalid = (field: TrainerDetailsProblem) => String(this._problems.includes(field));
    return html`<p>${format(l['trainerKey.none'], { address: location.origin })}</p>
      <form novalidate @submit=${this._make}>
        ${FIELDS.map(
          (field) =>
            html`<label for="key-${field}">${l[`trainerKey.${field}`]}</label>
              <input
                id="key-${field}"
                name=${field}
                maxlength=${TRAINER_TEXT_MAX}
                autocomplete=${field === 'name' ? 'name' : 'off'}
                required
                aria-invalid=${invalid(field)}
                aria-describedby=${this._problems.includes(field) ? `key-${field}-problem` : nothing}
              />
              ${
                this._problems.includes(field)
                  ? html`<p class="error" id="key-${field}-problem">${l[`trainerKey.problem.${field}`]}</p>`
                  : nothing
              }`,
        )}
        <p class="actions">
          <button type="submit" ?disabled=${this._busy}>
            ${this._busy ? l['trainerKey.making'] : l['trainerKey.make']}
          </button>
        </p>
      </form>`;
  }

  private _renderKey(key: StoredTrainerKey) {
    const l = this.labels!;
    const file = publicKeyFile(key);
    return html`<section class="key" aria-labelledby="key-heading">
        <p>${l['trainerKey.ready']}</p>
        <h3 id="key-heading" tabindex="-1">${key.name}, ${key.team}, ${key.commune}</h3>
        <p>${l['trainerKey.id']}: <code>${key.id}</code></p>
        <p>
          ${format(l['trainerKey.made'], {
            date: formatPartialDate(key.created),
            algorithm: key.algorithm === 'Ed25519' ? 'Ed25519' : 'ECDSA P-256',
          })}
        </p>
        <p>${format(l['trainerKey.where'], { address: location.origin })}</p>
      </section>
      <p>${format(l['trainerKey.sendNote'], { file: file.name })}</p>
      <p class="actions">
        <button type="button" @click=${this._download}>${l['trainerKey.download']}</button>
      </p>
      <p><a href=${this.classUrl}>${l['trainerKey.signOnSheet']}</a></p>
      ${
        this._confirming
          ? html`<div role="group" aria-labelledby="forget-question">
              <p id="forget-question" class="error">${l['trainerKey.forgetQuestion']}</p>
              <p class="actions">
                <button type="button" class="secondary" @click=${this._forget}>
                  ${l['trainerKey.forgetYes']}
                </button>
                <button type="button" @click=${this._keep}>${l['trainerKey.forgetNo']}</button>
              </p>
            </div>`
          : html`<p class="actions">
              <button type="button" class="secondary" @click=${this._askForget}>
                ${l['trainerKey.forget']}
              </button>
            </p>`
      }`;
  }

  private async _make(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const l = this.labels!;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (field: (typeof FIELDS)[number]) => {
      const value = data.get(field);
      return typeof value === 'string' ? value : '';
    };
    const details: TrainerDetails = { name: text('name'), team: text('team'), commune: text('commune') };
    this._problems = trainerDetailsProblems(details);
    const [first] = this._problems;
    if (first) {
      this._message = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#key-${first}`)?.focus();
      return;
    }
    this._busy = true;
    try {
      const key = await makeTrainerKey(details, localDay(new Date()), crypto.subtle);
      if (!(await saveTrainerKey(key))) {
        this._message = l['trainerKey.notSaved'];
        return;
      }
      this._loaded = { state: 'ready', key };
      this._message = l['trainerKey.madeNow'];
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#key-heading')?.focus();
    } catch {
      this._message = l['trainerKey.failed'];
    } finally {
      this._busy = false;
    }
  }

  private _download(): void {
    if (this._loaded.state !== 'ready') return;
    const file = publicKeyFile(this._loaded.key);
    downloadFile(file.name, file.text, 'application/json');
    this._message = format(this.labels!['trainerKey.downloaded'], { file: file.name });
  }

  private async _askForget(): Promise<void> {
    this._confirming = true;
    this._message = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[role="group"] button:last-child')?.focus();
  }

  private async _keep(): Promise<void> {
    this._confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.actions:last-of-type button')?.focus();
  }

  private async _forget(): Promise<void> {
    const l = this.labels!;
    this._confirming = false;
    if (!(await forgetTrainerKey())) {
      this._message = l['trainerKey.notForgotten'];
      return;
    }
    this._loaded = { state: 'none' };
    this._problems = [];
    this._message = l['trainerKey.forgotten'];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#key-name')?.focus();
  }
}

defineInOwnTask('trainer-key', TrainerKeyElement);

declare global {
  interface HTMLElementTagNameMap {
    'trainer-key': TrainerKeyElement;
  }
}
