import { LitElement, css, html, nothing } from 'lit';
import { StoreController } from './store-controller';
import { $classBook, startClass } from '../stores/class-book';
import { endCurrentWorkshop, reopenWorkshop } from '../stores/workshop-session';
import { currentClass } from '../lib/class-book';
import { checkWorkshopDetails, type WorkshopDetailsProblem } from '../lib/workshop-session';
import { localDay } from '../lib/export-file';
import { WORKSHOP_NAME_MAX } from '../schemas/workshop';
import { format } from '../i18n/format';
import type { Labels, workshopStartLabelKeys } from '../i18n/client-labels';
import { fieldStyles } from './field.styles';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

const problemKey = {
  'name-missing': 'workshop.nameMissing',
  'bad-text': 'workshop.badText',
  'bad-date': 'workshop.badDate',
} as const satisfies Record<WorkshopDetailsProblem, string>;

/**
 * @summary "Start a workshop" on the trainer hub: name, date (today unless changed) and place
 * start a class (stores/class-book.ts) with a new session id, which the projector's title screen
 * then shows as a QR code. Shows the current workshop with its session id large enough to read
 * across a room, links to its class sheet and the lesson plans, and can end it or reopen another.
 */
export class WorkshopStart extends LitElement {
  static override properties = {
    labels: { type: Object },
    classUrl: { attribute: 'class-url' },
    plansUrl: { attribute: 'plans-url' },
    _formOpen: { state: true },
    _pickDate: { state: true },
    _message: { state: true },
    _problem: { state: true },
  };
  static override styles = [
    controlStyles,
    fieldStyles,
    css`
      :host {
        display: block;
      }
      .hint {
        margin: 0.1rem 0 0;
      }
      .today {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--hs-space-1) var(--hs-space-2);
        margin: var(--hs-space-3) 0 0;
        font-weight: 700;
      }
      .today button {
        font-weight: 400;
      }
      .current {
        border: 3px solid var(--hs-accent);
        border-radius: var(--hs-radius);
        padding: var(--hs-space-2) var(--hs-space);
        margin: var(--hs-space-2) 0 var(--hs-space);
      }
      .current h3 {
        margin: var(--hs-space-1) 0;
        overflow-wrap: anywhere;
      }
      .session {
        margin: var(--hs-space-2) 0;
      }
      .code {
        display: block;
        font-family: monospace;
        font-size: 3rem;
        font-weight: 700;
        letter-spacing: 0.15em;
        line-height: 1.1;
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

  declare labels: Labels<typeof workshopStartLabelKeys> | undefined;
  declare classUrl: string;
  declare plansUrl: string;
  declare _formOpen: boolean;
  declare _pickDate: boolean;
  declare _message: string;
  declare _problem: WorkshopDetailsProblem | undefined;
  private readonly _book = new StoreController(this, $classBook);

  constructor() {
    super();
    this.labels = undefined;
    this.classUrl = '';
    this.plansUrl = '';
    this._formOpen = false;
    this._pickDate = false;
    this._message = '';
    this._problem = undefined;
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const book = this._book.value;
    const current = currentClass(book);
    const others = book.classes.filter((sheet) => sheet.id !== book.current).reverse();
    return html`
      ${current ? this._renderCurrent(current) : html`<p>${l['workshop.none']}</p>`}
      ${!current || this._formOpen ? this._renderForm() : nothing}
      <p role="status" class="feedback">${this._message}</p>
      ${
        others.length > 0
          ? html`<form class="switch" @submit=${this._reopen}>
              <label for="other">${l['workshop.switchLabel']}</label>
              <select id="other" name="other">
                ${others.map(
                  (sheet) =>
                    html`<option value=${sheet.id}>
                      ${sheet.name} · ${this._day(sheet.date)} · ${sheet.session}
                    </option>`,
                )}
              </select>
              <p class="actions"><button type="submit" class="secondary">${l['workshop.switch']}</button></p>
            </form>`
          : nothing
      }
    `;
  }

  private _renderCurrent(current: { name: string; date: string; place: string; session: string }) {
    const l = this.labels!;
    return html`<section class="current" aria-labelledby="current-heading">
      <p>${l['workshop.current']}</p>
      <h3 id="current-heading" tabindex="-1">${current.name}</h3>
      <p class="session">
        ${l['workshop.session']}:
        <strong class="code">${current.session}</strong>
      </p>
      <p>
        ${format(l['workshop.when'], { date: this._day(current.date) })}${
          current.place ? html`<br />${format(l['workshop.where'], { place: current.place })}` : nothing
        }
      </p>
      <p>${l['workshop.howProjector']}</p>
      <p><a href=${this.classUrl}>${l['workshop.classSheet']}</a></p>
      <p><a href=${this.plansUrl}>${l['workshop.plans']}</a></p>
      <p class="actions">
        <button type="button" class="secondary" @click=${this._end}>${l['workshop.end']}</button>
        ${
          this._formOpen
            ? nothing
            : html`<button type="button" class="secondary" @click=${this._openForm}>
                ${l['workshop.startOther']}
              </button>`
        }
      </p>
    </section>`;
  }

  private _renderForm() {
    const l = this.labels!;
    const problem = this._problem;
    const invalid = (field: 'name' | 'date' | 'place') =>
      String(
        (field === 'name' && (problem === 'name-missing' || problem === 'bad-text')) ||
          (field === 'place' && problem === 'bad-text') ||
          (field === 'date' && problem === 'bad-date'),
      );
    return html`<form novalidate @submit=${this._start}>
      <label for="name">${l['workshop.name']}</label>
      <p class="hint" id="name-hint">${l['workshop.nameHint']}</p>
      <input
        id="name"
        name="name"
        autocomplete="off"
        maxlength=${WORKSHOP_NAME_MAX}
        aria-describedby="name-hint problem"
        aria-invalid=${invalid('name')}
      />
      ${this._pickDate ? this._renderDate(invalid('date')) : this._renderToday()}
      <label for="place">${l['workshop.place']}</label>
      <input
        id="place"
        name="place"
        autocomplete="off"
        maxlength=${WORKSHOP_NAME_MAX}
        aria-describedby="problem"
        aria-invalid=${invalid('place')}
      />
      <p id="problem" class="error">
        ${problem ? format(l[problemKey[problem]], { max: WORKSHOP_NAME_MAX }) : nothing}
      </p>
      <p class="actions"><button type="submit">${l['workshop.start']}</button></p>
    </form>`;
  }

  /**
   * Today, unless the trainer asks for another day. A date field, like formatting a date, wakes the
   * browser's calendar data: about 45 ms on a cheap phone, which as the hub's first drawing was
   * Lighthouse's longest task there (issue #18). Most workshops start on the day they happen.
   */
  private _renderToday() {
    const l = this.labels!;
    return html`<p class="today">
      <span>${l['workshop.dateToday']}</span>
      <button type="button" class="secondary" @click=${this._chooseDate}>${l['workshop.dateChange']}</button>
      <input type="hidden" name="date" .value=${localDay(new Date())} />
    </p>`;
  }

  private _renderDate(invalid: string) {
    const l = this.labels!;
    return html`<label for="date">${l['workshop.date']}</label>
      <input
        id="date"
        name="date"
        type="date"
        .value=${localDay(new Date())}
        aria-describedby="problem"
        aria-invalid=${invalid}
      />`;
  }

  private _chooseDate(): void {
    this._pickDate = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#date')?.focus());
  }

  /** A YYYY-MM-DD day in the page's language. */
  private _day(date: string): string {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(y!, m! - 1, d).toLocaleDateString(document.documentElement.lang || undefined, {
      dateStyle: 'long',
    });
  }

  private _start(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const checked = checkWorkshopDetails({ name: field('name'), date: field('date'), place: field('place') });
    if (!checked.ok) {
      this._problem = checked.problem;
      this._message = '';
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const sheet = startClass(checked.details);
    this._problem = undefined;
    this._formOpen = false;
    this._message = format(this.labels!['workshop.started'], { name: sheet.name });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#current-heading')?.focus(),
    );
  }

  private _openForm(): void {
    this._formOpen = true;
    this._pickDate = false;
    this._message = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#name')?.focus());
  }

  private _end(): void {
    endCurrentWorkshop();
    this._formOpen = false;
    this._message = this.labels!['workshop.ended'];
  }

  private _reopen(event: SubmitEvent): void {
    event.preventDefault();
    const select = (event.currentTarget as HTMLFormElement).elements.namedItem('other') as HTMLSelectElement;
    reopenWorkshop(select.value);
    this._formOpen = false;
    this._message = '';
  }
}

defineInOwnTask('workshop-start', WorkshopStart);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-start': WorkshopStart;
  }
}
