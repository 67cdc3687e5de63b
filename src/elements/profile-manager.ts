import { LitElement, css, html, nothing } from 'lit';
import { StoreController } from './store-controller';
import * as v from 'valibot';
import { $progress } from '../stores/progress';
import {
  addProfile,
  removeProfile,
  renameLearner,
  resetLearner,
  switchLearner,
} from '../stores/profile-actions';
import { profileNameSchema } from '../schemas/progress';
import { makeExportFile } from '../lib/export-file';
import { downloadExport } from './download';
import { canDeleteProfile, profilesInOrder } from '../lib/profiles';
import { format } from '../i18n/format';
import type { Labels, profileLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

type Confirming = { kind: 'delete' | 'reset'; id: string } | undefined;

/**
 * @summary Learner profiles on a shared phone: add, switch, rename, delete (after confirming, with
 * an offer to download first), and clear a profile's progress (after confirming).
 */
export class ProfileManager extends LitElement {
  static override properties = {
    labels: { type: Object },
    _editing: { state: true },
    _confirming: { state: true },
    _message: { state: true },
    _error: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      ul {
        list-style: none;
        padding: 0;
        margin: var(--hs-space-2) 0 var(--hs-space);
      }
      li {
        border: 1px solid var(--hs-border);
        border-radius: var(--hs-radius);
        padding: var(--hs-space-2) var(--hs-space-3);
        margin: var(--hs-space-2) 0;
      }
      li[data-current] {
        border-width: 3px;
        border-color: var(--hs-accent);
      }
      .name {
        font-weight: 700;
      }
      label {
        display: block;
        font-weight: 700;
        margin-top: var(--hs-space-2);
      }
      input {
        box-sizing: border-box;
        font: inherit;
        min-height: 44px;
        width: 100%;
        max-width: 20rem;
        padding: var(--hs-space-1) var(--hs-space-2);
        border: 2px solid var(--hs-border);
        border-radius: var(--hs-radius);
        background: var(--hs-bg);
        color: var(--hs-fg);
      }
      .confirm {
        border-left: 6px solid var(--hs-bad);
        padding: var(--hs-space-1) var(--hs-space-3);
        margin-top: var(--hs-space-2);
      }
      .error {
        color: var(--hs-bad);
        font-weight: 700;
      }
    `,
  ];

  declare labels: Labels<typeof profileLabelKeys> | undefined;
  declare _editing: string | undefined;
  declare _confirming: Confirming;
  declare _message: string;
  declare _error: string;
  private readonly _progress = new StoreController(this, $progress);

  constructor() {
    super();
    this.labels = undefined;
    this._editing = undefined;
    this._confirming = undefined;
    this._message = '';
    this._error = '';
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const state = this._progress.value;
    const name = (id: string) => state.profiles[id]?.name || l['profile.mainName'];
    const current = state.current;
    return html`<p class="current">${format(l['profile.current'], { name: name(current) })}</p>
      <ul>
        ${profilesInOrder(state).map(({ id, profile }) => {
          const n = name(id);
          return html`<li ?data-current=${id === current} data-profile=${id}>
            ${
              this._editing === id
                ? html`<form @submit=${(e: Event) => this._rename(e, id)}>
                    <label for="rename-${id}">${l['profile.nameLabel']}</label>
                    <input
                      id="rename-${id}"
                      name="name"
                      .value=${profile.name}
                      maxlength="40"
                      autocomplete="off"
                      aria-invalid=${this._error ? 'true' : 'false'}
                      aria-describedby="error"
                    />
                    <p class="actions">
                      <button type="submit">${l['profile.save']}</button>
                      <button type="button" class="secondary" @click=${() => this._stopEditing(id)}>
                        ${l['profile.cancel']}
                      </button>
                    </p>
                  </form>`
                : html`<span class="name">${n}${id === current ? ' ✓' : ''}</span>
                    <p class="actions">
                      ${
                        id === current
                          ? nothing
                          : html`<button type="button" data-action="switch" @click=${() => this._switch(id)}>
                              ${format(l['profile.switch'], { name: n })}
                            </button>`
                      }
                      <button
                        type="button"
                        class="secondary"
                        data-action="rename"
                        @click=${() => this._startEditing(id)}
                      >
                        ${format(l['profile.rename'], { name: n })}
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        data-action="delete"
                        @click=${() => this._askDelete(id)}
                      >
                        ${format(l['profile.delete'], { name: n })}
                      </button>
                    </p>`
            }
            ${
              this._confirming?.kind === 'delete' && this._confirming.id === id
                ? html`<div
                    class="confirm"
                    role="group"
                    aria-label=${format(l['profile.delete'], { name: n })}
                  >
                    <p>${format(l['profile.deleteConfirm'], { name: n })}</p>
                    <p class="actions">
                      <button type="button" class="secondary" @click=${() => this._export(id)}>
                        ${format(l['profile.exportFirst'], { name: n })}
                      </button>
                      <button type="button" @click=${() => this._delete(id)}>
                        ${format(l['profile.deleteYes'], { name: n })}
                      </button>
                      <button type="button" class="secondary" @click=${this._cancel}>
                        ${l['profile.cancel']}
                      </button>
                    </p>
                  </div>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      <form @submit=${this._add}>
        <label for="new-profile">${l['profile.newLabel']}</label>
        <input
          id="new-profile"
          name="name"
          maxlength="40"
          autocomplete="off"
          aria-invalid=${this._error && !this._editing ? 'true' : 'false'}
          aria-describedby="error"
        />
        <p><button type="submit">${l['profile.add']}</button></p>
      </form>
      <p>
        <button
          type="button"
          class="secondary"
          data-action="reset"
          @click=${() => this._ask('reset', current)}
        >
          ${format(l['profile.reset'], { name: name(current) })}
        </button>
      </p>
      ${
        this._confirming?.kind === 'reset'
          ? html`<div
              class="confirm"
              role="group"
              aria-label=${format(l['profile.reset'], { name: name(current) })}
            >
              <p>${format(l['profile.resetConfirm'], { name: name(current) })}</p>
              <p class="actions">
                <button type="button" @click=${this._reset}>${l['profile.resetYes']}</button>
                <button type="button" class="secondary" @click=${this._cancel}>${l['profile.cancel']}</button>
              </p>
            </div>`
          : nothing
      }
      <p id="error" class="error" role="alert">${this._error}</p>
      <p role="status">${this._message}</p>`;
  }

  /** Handlers run from controls drawn with the labels, so they have them. */
  private get _labels(): Labels<typeof profileLabelKeys> {
    return this.labels!;
  }

  /** A name typed by the learner, or an error message in their language. */
  private _readName(form: HTMLFormElement): string | undefined {
    const value = new FormData(form).get('name');
    const raw = typeof value === 'string' ? value : '';
    if (!raw.trim()) {
      this._error = this._labels['profile.nameRequired'];
      return undefined;
    }
    const parsed = v.safeParse(profileNameSchema, raw);
    if (!parsed.success) {
      this._error = this._labels['profile.nameInvalid'];
      return undefined;
    }
    this._error = '';
    return parsed.output;
  }

  private _name(id: string): string {
    return $progress.get().profiles[id]?.name || this._labels['profile.mainName'];
  }

  private async _focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private _add = (event: Event): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = this._readName(form);
    if (name === undefined) {
      void this._focus('#new-profile');
      return;
    }
    addProfile(name);
    form.reset();
    this._message = format(this._labels['profile.added'], { name });
  };

  private _switch(id: string): void {
    switchLearner(id);
    this._confirming = undefined;
    this._message = format(this._labels['profile.switched'], { name: this._name(id) });
    void this._focus('li[data-current] [data-action="rename"]');
  }

  private _startEditing(id: string): void {
    this._editing = id;
    this._error = '';
    void this._focus(`#rename-${id}`);
  }

  private _stopEditing(id: string): void {
    this._editing = undefined;
    this._error = '';
    void this._focus(`li[data-profile="${id}"] [data-action="rename"]`);
  }

  private _rename(event: Event, id: string): void {
    event.preventDefault();
    const name = this._readName(event.target as HTMLFormElement);
    if (name === undefined) return;
    renameLearner(id, name);
    this._editing = undefined;
    this._message = format(this._labels['profile.renamed'], { name: this._name(id) });
    void this._focus(`li[data-profile="${id}"] [data-action="rename"]`);
  }

  private _askDelete(id: string): void {
    if (canDeleteProfile($progress.get(), id)) this._ask('delete', id);
    else this._message = this._labels['profile.lastOne'];
  }

  private _ask(kind: 'delete' | 'reset', id: string): void {
    this._confirming = { kind, id };
    void this._focus('.confirm button');
  }

  private _cancel = (): void => {
    this._confirming = undefined;
  };

  private _export(id: string): void {
    const profile = $progress.get().profiles[id];
    if (profile) downloadExport(makeExportFile(profile, new Date()));
  }

  private _delete(id: string): void {
    const name = this._name(id);
    removeProfile(id);
    this._confirming = undefined;
    this._message = format(this._labels['profile.deleted'], { name });
    void this._focus('#new-profile');
  }

  private _reset = (): void => {
    const id = $progress.get().current;
    resetLearner(id);
    this._confirming = undefined;
    this._message = format(this._labels['profile.resetDone'], { name: this._name(id) });
  };
}

defineInOwnTask('profile-manager', ProfileManager);

declare global {
  interface HTMLElementTagNameMap {
    'profile-manager': ProfileManager;
  }
}
