import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { StoreController } from './store-controller';
import { fileDrop, fileInputStyles } from './file-drop';
import {
  $classBook,
  $classUndo,
  $unreadableClassBook,
  $xapiBase,
  addToCurrentClass,
  deleteClass,
  editClass,
  importClasses,
  removeLearner,
  renameLearner,
  setXapiBase,
  showClass,
  startClass,
  undoClassChange,
} from '../stores/class-book';
import { classBookFile, classFileName, currentClass, type ClassDetails } from '../lib/class-book';
import {
  attended,
  lessonTotals,
  needsHelp,
  sheetRows,
  slipMember,
  sortMembers,
  type ClassMember,
  type ClassSheet as Sheet,
  type MemberOrder,
  type SlipChange,
} from '../lib/class-sheet';
import { readDroppedFile, readPastedCodes, type DropProblem, type PastedCode } from '../lib/class-import';
import { IMPORT_MAX_BYTES } from '../lib/progress-file';
import { localDay } from '../lib/export-file';
import { toCsv } from '../lib/transfer';
import { classStatements, xapiBase, PLACEHOLDER_XAPI_BASE, type LanguageMap } from '../lib/xapi';
import { CLASS_TEXT_MAX } from '../schemas/class-book';
import { SESSION_ID_MAX, SESSION_ID_PATTERN } from '../schemas/workshop';
import { PROFILE_NAME_MAX } from '../schemas/progress';
import { format } from '../i18n/format';
import type { classLabelKeys, Labels } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { bannerStyles } from './banner.styles';
import { classSheetStyles } from './class-sheet.styles';
import { withoutLabels } from './labels';
import { downloadFile } from './download';

/** A lesson as the page gives it: its permanent code, its name in each language and its track. */
export interface ClassCatalogEntry {
  slug: string;
  code: number;
  title: string;
  track: string;
  names: LanguageMap;
  /** The lesson has a simulation (issue #21): the CSV gives its practice a column. */
  simulation?: true | undefined;
}

/** What `<slip-scanner>` sends for each code it reads; the sheet answers in `result` and `message`. */
export interface SlipTextDetail {
  text: string;
  source: 'camera' | 'photo';
  result?: SlipChange | 'rejected';
  message?: string;
}

interface Column {
  code: number;
  short: string;
  title: string;
  track: string;
  practice: boolean;
}

type ClassForm = { mode: 'new' | 'edit'; error: string };

/**
 * @summary A trainer's class sheet (issue #17): classes with name, date, place and workshop
 * session; learners added from pasted codes, dropped files or the slotted scanner; the grid of
 * who did what, who needs help, and the class as CSV, JSON, xAPI and a printed A4 sheet. Every
 * change goes through the class-book store, with Undo; nothing leaves the device.
 * @slot scanner - `<slip-scanner>`, whose `slip-text` events the sheet answers.
 */
export class ClassSheetElement extends LitElement {
  static override properties = {
    labels: { type: Object },
    catalog: { type: Array },
    locale: { type: String },
    notStartedWords: { type: Array, attribute: 'not-started-words' },
    xapiDefault: { type: String, attribute: 'xapi-default' },
    _form: { state: true },
    _editing: { state: true },
    _editError: { state: true },
    _messages: { state: true },
    _errors: { state: true },
    _track: { state: true },
    _order: { state: true },
    _dragging: { state: true },
    _xapiMessage: { state: true },
  };
  static override styles = [controlStyles, bannerStyles, fileInputStyles, classSheetStyles];

  declare labels: Labels<typeof classLabelKeys> | undefined;
  declare catalog: ClassCatalogEntry[];
  declare locale: string;
  declare notStartedWords: string[];
  declare xapiDefault: string;
  declare _form: ClassForm | undefined;
  declare _editing: string | undefined;
  declare _editError: string;
  declare _messages: string[];
  declare _errors: string[];
  declare _track: string;
  declare _order: MemberOrder;
  declare _dragging: boolean;
  declare _xapiMessage: string;
  private readonly _book = new StoreController(this, $classBook);
  private readonly _undo = new StoreController(this, $classUndo);
  private readonly _unreadable = new StoreController(this, $unreadableClassBook);
  private readonly _xapi = new StoreController(this, $xapiBase);

  constructor() {
    super();
    this.labels = undefined;
    this.catalog = [];
    this.locale = 'vi';
    this.notStartedWords = [];
    this.xapiDefault = PLACEHOLDER_XAPI_BASE;
    this._form = undefined;
    this._editing = undefined;
    this._editError = '';
    this._messages = [];
    this._errors = [];
    this._track = '';
    this._order = 'name';
    this._dragging = false;
    this._xapiMessage = '';
    // The scanner (slotted) reads a code; it is handled like one pasted code, answered at once.
    this.addEventListener('slip-text', (event) => this._onSlipText(event as CustomEvent<SlipTextDetail>));
  }

  private get _l(): Labels<typeof classLabelKeys> {
    return this.labels!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = this.dataset.locale ?? this.locale;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('_form') && this._form && !changed.get('_form'))
      this.renderRoot.querySelector<HTMLInputElement>('#class-name')?.focus();
  }

  // ——— Rendering ———

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const book = this._book.value;
    const sheet = currentClass(book);
    return html`
      ${
        this._unreadable.value === undefined
          ? nothing
          : html`<div class="banner no-print" role="alert">
              <p>${l['class.unreadable']}</p>
              <button type="button" class="secondary" @click=${this._downloadUnreadable}>
                ${l['class.downloadUnreadable']}
              </button>
            </div>`
      }
      <section class="classes" aria-labelledby="classes-heading">
        <h2 id="classes-heading" class="no-print">${l['class.classesHeading']}</h2>
        ${
          book.classes.length > 1
            ? html`<p class="no-print">
                <label for="class-choice">${l['class.choose']}</label>
                <select id="class-choice" @change=${this._chooseClass}>
                  ${book.classes.map(
                    (c) => html`<option value=${c.id} ?selected=${c.id === sheet?.id}>${c.name}</option>`,
                  )}
                </select>
              </p>`
            : nothing
        }
        ${sheet ? this._renderDetails(sheet) : html`<p class="no-print">${l['class.none']}</p>`}
        <p class="actions no-print">
          <button type="button" @click=${() => this._openForm('new')}>${l['class.new']}</button>
          ${
            sheet
              ? html`<button type="button" class="secondary" @click=${() => this._openForm('edit')}>
                    ${l['class.edit']}
                  </button>
                  <button type="button" class="secondary" @click=${this._removeClass}>
                    ${l['class.remove']}
                  </button>`
              : nothing
          }
        </p>
        ${this._form ? this._renderClassForm(this._form, sheet) : nothing}
      </section>

      <section class="add no-print" aria-labelledby="add-heading">
        <h2 id="add-heading">${l['class.addHeading']}</h2>
        <slot name="scanner"></slot>
        <p>
          <label for="codes">${l['class.paste']}</label>
          <span class="hint" id="codes-hint">${l['class.pasteHint']}</span>
          <textarea
            id="codes"
            rows="3"
            aria-describedby="codes-hint"
            spellcheck="false"
            autocapitalize="off"
          ></textarea>
        </p>
        <p class="actions"><button type="button" @click=${this._addPasted}>${l['class.add']}</button></p>
        ${fileDrop({
          text: l['class.drop'],
          choose: l['class.chooseFiles'],
          accept: '.json,.csv,.txt,application/json,text/csv,text/plain',
          multiple: true,
          dragging: this._dragging,
          setDragging: (dragging) => (this._dragging = dragging),
          read: (files) => void this._readFiles(files),
        })}
      </section>

      <div class="messages no-print">
        <div class="error" role="alert">
          ${
            this._errors.length
              ? html`<ul>
                  ${this._errors.map((m) => html`<li>${m}</li>`)}
                </ul>`
              : nothing
          }
        </div>
        <div role="status">
          ${
            this._messages.length
              ? html`<ul>
                  ${this._messages.map((m) => html`<li>${m}</li>`)}
                </ul>`
              : nothing
          }
        </div>
        ${
          this._undo.value
            ? html`<p>
                <button type="button" class="secondary" @click=${this._undoChange}>
                  ${format(l['class.undo'], { action: this._undo.value.action })}
                </button>
              </p>`
            : nothing
        }
      </div>

      ${sheet ? this._renderSheet(sheet) : nothing}
    `;
  }

  private _renderDetails(sheet: Sheet) {
    const l = this._l;
    const parts = [sheet.name, this._day(sheet.date), sheet.place].filter(Boolean);
    return html`<div class="details">
      <p class="class-name">${parts.join(' · ')}</p>
      <p>${format(l['class.session'], { session: sheet.session })}</p>
    </div>`;
  }

  private _renderClassForm(form: ClassForm, sheet: Sheet | undefined) {
    const l = this._l;
    const values: ClassDetails =
      form.mode === 'edit' && sheet
        ? sheet
        : {
            name: format(l['class.defaultName'], { date: this._day(localDay(new Date())) }),
            date: localDay(new Date()),
            place: '',
          };
    return html`<form class="class-form no-print" @submit=${this._saveClass} novalidate>
      <p>
        <label for="class-name">${l['class.name']}</label>
        <input
          id="class-name"
          name="name"
          maxlength=${CLASS_TEXT_MAX}
          required
          .value=${values.name}
          aria-invalid=${form.error ? 'true' : 'false'}
          aria-describedby="class-form-error"
        />
      </p>
      <p>
        <label for="class-date">${l['class.date']}</label>
        <input id="class-date" name="date" type="date" required .value=${values.date} />
      </p>
      <p>
        <label for="class-place">${l['class.place']}</label>
        <input id="class-place" name="place" maxlength=${CLASS_TEXT_MAX} .value=${values.place} />
      </p>
      <p>
        <label for="class-session">${l['class.sessionField']}</label>
        <span class="hint" id="class-session-hint">${l['class.sessionHint']}</span>
        <input
          id="class-session"
          name="session"
          maxlength=${SESSION_ID_MAX}
          autocapitalize="characters"
          autocomplete="off"
          spellcheck="false"
          .value=${form.mode === 'edit' && sheet ? sheet.session : ''}
          aria-describedby="class-session-hint"
        />
      </p>
      <p class="error" id="class-form-error">${form.error}</p>
      <p class="actions">
        <button type="submit">${l['class.save']}</button>
        <button type="button" class="secondary" @click=${() => (this._form = undefined)}>
          ${l['class.cancel']}
        </button>
      </p>
    </form>`;
  }

  private _columns(sheet: Sheet): Column[] {
    const l = this._l;
    const columns: Column[] = this.catalog.map((entry, i) => ({
      code: entry.code,
      short: format(l['class.short'], { n: i + 1 }),
      title: entry.title,
      track: entry.track,
      practice: entry.simulation === true,
    }));
    // Lessons this site no longer has (or not yet) still show, after the site's own.
    const known = new Set(columns.map((c) => c.code));
    const extra = [...new Set(sheet.members.flatMap((m) => m.lessons.map((lesson) => lesson.code)))]
      .filter((code) => !known.has(code))
      .sort((a, b) => a - b);
    return [
      ...columns,
      ...extra.map((code, i) => ({
        code,
        short: format(l['class.short'], { n: columns.length + i + 1 }),
        title: format(l['class.unknownLesson'], { code }),
        track: '',
        practice: false,
      })),
    ];
  }

  private _renderSheet(sheet: Sheet) {
    const l = this._l;
    const all = this._columns(sheet);
    const tracks = [...new Set(all.map((c) => c.track))];
    const columns = this._track ? all.filter((c) => c.track === this._track) : all;
    const groups = tracks
      .map((track) => ({ track, count: columns.filter((c) => c.track === track).length }))
      .filter((g) => g.count > 0);
    const members = sortMembers(sheet.members, this._order, this.locale);
    const totals = lessonTotals(sheet);
    const present = sheet.members.filter((m) => attended(sheet, m)).length;
    return html`<section class="grid-section" aria-labelledby="grid-heading">
        <h2 id="grid-heading">${l['class.gridHeading']}</h2>
        <p>
          ${format(l['class.summary'], {
            count: sheet.members.length,
            attended: present,
            home: sheet.members.length - present,
          })}
        </p>
        ${this._editing ? this._renderLearnerForm(sheet) : nothing}
        ${
          sheet.members.length === 0
            ? html`<p>${l['class.empty']}</p>`
            : html`<div class="controls no-print">
                  <p>
                    <label for="track-filter">${l['class.filter']}</label>
                    <select id="track-filter" @change=${this._filter}>
                      <option value="" ?selected=${this._track === ''}>${l['class.allTracks']}</option>
                      ${tracks.map(
                        (track) =>
                          html`<option value=${track} ?selected=${track === this._track}>
                            ${track || l['class.otherLessons']}
                          </option>`,
                      )}
                    </select>
                  </p>
                  <p>
                    <label for="sort">${l['class.sort']}</label>
                    <select id="sort" @change=${this._sort}>
                      <option value="name" ?selected=${this._order === 'name'}>${l['class.sortName']}</option>
                      <option value="completed" ?selected=${this._order === 'completed'}>
                        ${l['class.sortCompleted']}
                      </option>
                      <option value="help" ?selected=${this._order === 'help'}>${l['class.sortHelp']}</option>
                    </select>
                  </p>
                </div>
                <div class="scroll" role="region" aria-labelledby="grid-caption" tabindex="0">
                  <table>
                    <caption id="grid-caption" class="visually-hidden">
                      ${l['class.gridLabel']}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" rowspan="2" class="learner">${l['class.learner']}</th>
                        <th scope="col" rowspan="2">${l['class.attendance']}</th>
                        ${groups.map(
                          (g) =>
                            html`<th scope="colgroup" colspan=${g.count} class="track">
                              ${g.track || l['class.otherLessons']}
                            </th>`,
                        )}
                      </tr>
                      <tr>
                        ${columns.map(
                          (c) =>
                            html`<th scope="col" class="lesson">
                              <span aria-hidden="true">${c.short}</span
                              ><span class="visually-hidden">${c.title}</span>
                            </th>`,
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      ${members.map((m) => this._renderRow(sheet, m, columns))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row" class="learner">${l['class.totals']}</th>
                        <td>${present}/${sheet.members.length}</td>
                        ${columns.map(
                          (c) => html`<td>${totals.get(c.code)?.completed ?? 0}/${sheet.members.length}</td>`,
                        )}
                      </tr>
                    </tfoot>
                  </table>
                </div>
                <h3>${l['class.legend']}</h3>
                <ul class="legend">
                  ${columns.map((c) => html`<li><span class="short">${c.short}</span> ${c.title}</li>`)}
                </ul>`
        }
      </section>
      ${sheet.members.length ? this._renderHelp(sheet, all) : nothing} ${this._renderOutputs(sheet)}`;
  }

  private _renderRow(sheet: Sheet, member: ClassMember, columns: readonly Column[]) {
    const l = this._l;
    const name = this._name(member);
    const lessons = new Map(member.lessons.map((lesson) => [lesson.code, lesson]));
    return html`<tr>
      <th scope="row" class="learner">
        <button
          type="button"
          class="name"
          data-learner=${member.learnerId}
          aria-label=${format(l['class.editLearner'], { name })}
          @click=${() => this._openLearner(member.learnerId)}
        >
          ${name}
        </button>
        <span class="print-only">${name}</span>
      </th>
      <td>${attended(sheet, member) ? l['class.attended'] : l['class.atHome']}</td>
      ${columns.map((c) => {
        const lesson = lessons.get(c.code);
        if (!lesson)
          return html`<td class="none">
            <span aria-hidden="true">–</span><span class="visually-hidden">${l['class.notStarted']}</span>
          </td>`;
        const score = lesson.bestScore === null ? '' : `${lesson.bestScore}%`;
        // How their latest run of the lesson's simulation ended, if they practised it.
        const practice = lesson.practice
          ? html`<span class="practice" data-safe=${lesson.practice.lastSafe ? 'true' : 'false'}
              >${lesson.practice.lastSafe ? l['class.practiceSafe'] : l['class.practiceCaught']}</span
            >`
          : nothing;
        if (lesson.completed)
          return html`<td class="done">
            <span aria-hidden="true">✓</span><span class="visually-hidden">${l['class.done']}</span> ${score}
            ${practice}
          </td>`;
        return html`<td class="started">
          <span class="visually-hidden">${l['class.started']}</span>
          ${score || html`<span aria-hidden="true">…</span>`} ${practice}
        </td>`;
      })}
    </tr>`;
  }

  private _renderLearnerForm(sheet: Sheet) {
    const l = this._l;
    const member = sheet.members.find((m) => m.learnerId === this._editing);
    if (!member) return nothing;
    const name = this._name(member);
    return html`<form class="learner-form no-print" @submit=${this._rename} novalidate>
      <p>
        <label for="learner-name">${l['class.learnerName']}</label>
        <input
          id="learner-name"
          maxlength=${PROFILE_NAME_MAX}
          .value=${member.name}
          aria-describedby="learner-error"
          aria-invalid=${this._editError ? 'true' : 'false'}
        />
        <span class="hint">${member.learnerId}</span>
      </p>
      <p class="error" id="learner-error">${this._editError}</p>
      <p class="actions">
        <button type="submit">${l['class.rename']}</button>
        <button type="button" class="secondary" @click=${() => this._removeLearner(member)}>
          ${format(l['class.removeLearner'], { name })}
        </button>
        <button type="button" class="secondary" @click=${this._closeLearner}>${l['class.cancel']}</button>
      </p>
    </form>`;
  }

  private _renderHelp(sheet: Sheet, columns: readonly Column[]) {
    const l = this._l;
    const title = (code: number) => {
      const c = columns.find((column) => column.code === code);
      return c ? `${c.short} ${c.title}` : String(code);
    };
    const rows = sortMembers(sheet.members, 'name', this.locale)
      .map((member) => ({ member, help: needsHelp(member) }))
      .filter((row) => row.help.length > 0);
    return html`<section class="help" aria-labelledby="help-heading">
      <h2 id="help-heading">${l['class.helpHeading']}</h2>
      ${
        rows.length === 0
          ? html`<p>${l['class.helpNone']}</p>`
          : html`<ul>
              ${rows.map(
                ({ member, help }) =>
                  html`<li>
                    <strong>${this._name(member)}</strong>:
                    ${help
                      .map(({ code, reason }) =>
                        reason === 'failed-twice'
                          ? format(l['class.failedTwice'], {
                              lesson: title(code),
                              n: member.lessons.find((x) => x.code === code)!.failedAttempts,
                            })
                          : reason === 'practice-caught'
                            ? format(l['class.practiceHelp'], { lesson: title(code) })
                            : format(l['class.notFinished'], { lesson: title(code) }),
                      )
                      .join('; ')}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private _renderOutputs(sheet: Sheet) {
    const l = this._l;
    const base = this._xapiIri();
    return html`<section class="outputs no-print" aria-labelledby="outputs-heading">
      <h2 id="outputs-heading">${l['class.outputsHeading']}</h2>
      <p class="actions">
        <button type="button" @click=${() => this._downloadCsv(sheet)}>${l['class.csv']}</button>
        <button type="button" class="secondary" @click=${() => this._downloadJson(sheet)}>
          ${l['class.json']}
        </button>
        <button type="button" class="secondary" @click=${() => window.print()}>${l['class.print']}</button>
      </p>
      <p>${l['class.jsonNote']}</p>
      <h3>xAPI</h3>
      <p>${l['class.xapiNote']}</p>
      <form class="xapi" @submit=${this._saveXapi} novalidate>
        <p>
          <label for="xapi-base">${l['class.xapiBase']}</label>
          <input
            id="xapi-base"
            type="url"
            inputmode="url"
            .value=${base}
            aria-describedby="xapi-note xapi-message"
          />
        </p>
        ${base === PLACEHOLDER_XAPI_BASE ? html`<p id="xapi-note" class="note">${l['class.xapiPlaceholder']}</p>` : nothing}
        <p id="xapi-message" role="status">${this._xapiMessage}</p>
        <p class="actions">
          <button type="submit" class="secondary">${l['class.xapiSave']}</button>
          <button type="button" class="secondary" @click=${() => this._downloadXapi(sheet)}>
            ${l['class.xapi']}
          </button>
        </p>
      </form>
    </section>`;
  }

  // ——— Helpers ———

  private _name(member: ClassMember): string {
    return member.name || format(this._l['class.unnamed'], { id: member.learnerId.slice(0, 4) });
  }

  /** A YYYY-MM-DD day as the page's language writes dates. */
  private _day(day: string): string {
    const time = Date.parse(`${day}T00:00:00Z`);
    if (Number.isNaN(time)) return day;
    return new Intl.DateTimeFormat(this.locale, {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(time);
  }

  private _xapiIri(): string {
    return this._xapi.value || xapiBase(this.xapiDefault) || PLACEHOLDER_XAPI_BASE;
  }

  private _newClassDetails(): ClassDetails {
    const today = localDay(new Date());
    return { name: format(this._l['class.defaultName'], { date: this._day(today) }), date: today, place: '' };
  }

  private _say(messages: string[], errors: string[] = []): void {
    this._messages = messages;
    this._errors = errors;
  }

  // ——— Classes ———

  private _openForm(mode: ClassForm['mode']): void {
    this._form = { mode, error: '' };
  }

  private _saveClass(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const details: ClassDetails = { name: field('name'), date: field('date'), place: field('place') };
    if (!details.name.trim()) {
      this._form = { ...this._form!, error: this._l['class.nameNeeded'] };
      form.querySelector<HTMLInputElement>('#class-name')?.focus();
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(details.date)) details.date = localDay(new Date());
    const code = field('session').replace(/\s+/g, '').toUpperCase();
    if (code && !SESSION_ID_PATTERN.test(code)) {
      this._form = { ...this._form!, error: this._l['class.sessionInvalid'] };
      form.querySelector<HTMLInputElement>('#class-session')?.focus();
      return;
    }
    const session = code || undefined;
    const sheet = currentClass(this._book.value);
    if (this._form?.mode === 'edit' && sheet) {
      editClass(sheet.id, details, session, this._l['class.undoEdit']);
      this._say([this._l['class.saved']]);
    } else {
      const made = startClass(details, session);
      this._say([format(this._l['class.created'], { name: made.name })]);
    }
    this._form = undefined;
  }

  private _chooseClass(event: Event): void {
    showClass((event.target as HTMLSelectElement).value);
    this._editing = undefined;
    this._track = '';
    this._say([]);
  }

  private _removeClass(): void {
    const sheet = currentClass(this._book.value);
    if (!sheet) return;
    deleteClass(sheet.id, format(this._l['class.undoRemoveClass'], { name: sheet.name }));
    this._editing = undefined;
    this._form = undefined;
    this._say([format(this._l['class.removed'], { name: sheet.name })]);
  }

  private _undoChange(): void {
    undoClassChange();
    this._editing = undefined;
    this._say([this._l['class.undone']]);
  }

  // ——— Adding learners ———

  /** Adds the readable codes; the message for each, and the results in order. */
  private _addCodes(codes: readonly PastedCode[]): {
    lines: string[];
    problems: string[];
    results: Array<SlipChange | 'rejected'>;
  } {
    const l = this._l;
    const members = codes.flatMap((code) => (code.ok ? [slipMember(code.slip)] : []));
    const changes = addToCurrentClass(members, this._newClassDetails(), l['class.undoAdd']);
    const lines: string[] = [];
    const problems: string[] = [];
    const results: Array<SlipChange | 'rejected'> = [];
    let n = 0;
    codes.forEach((code, i) => {
      if (code.ok) {
        const change = changes[n++]!;
        results.push(change);
        lines.push(format(l[`class.${change}`], { name: this._name(slipMember(code.slip)) }));
      } else {
        results.push('rejected');
        const problem = `${l[`class.problem.${code.problem}`]} ${l['class.unchangedNote']}`;
        problems.push(codes.length === 1 ? problem : format(l['class.codeProblem'], { n: i + 1, problem }));
      }
    });
    return { lines, problems, results };
  }

  private _addPasted(): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#codes')!;
    const codes = readPastedCodes(area.value);
    if (codes.length === 0) {
      this._say([], [this._l['class.pasteEmpty']]);
      area.focus();
      return;
    }
    const { lines, problems } = this._addCodes(codes);
    this._say(lines, problems);
    // What could not be read stays in the box, to be fixed or cleared.
    area.value = codes.flatMap((code) => (code.ok ? [] : [code.text])).join('\n');
  }

  private _onSlipText(event: CustomEvent<SlipTextDetail>): void {
    if (!this.labels) return;
    const detail = event.detail;
    const codes = readPastedCodes(detail.text);
    if (codes.length === 0) codes.push({ ok: false, problem: 'not-a-slip', text: detail.text });
    const { lines, problems, results } = this._addCodes(codes);
    this._say(lines, problems);
    const rank: Array<SlipChange | 'rejected'> = ['added', 'updated', 'unchanged', 'rejected'];
    detail.result = rank.find((r) => results.includes(r))!;
    detail.message = [...lines, ...problems].join(' · ');
  }

  /** Reads every file first, then adds all the learners in one change (one Undo). */
  private async _readFiles(files: readonly File[]): Promise<void> {
    const l = this._l;
    const codeOf = new Map(this.catalog.map((entry) => [entry.slug, entry.code]));
    const lines: string[] = [];
    const problems: string[] = [];
    const members: Array<{ file: string; member: ClassMember }> = [];
    const codes: PastedCode[] = [];
    const fileProblem = (file: string, message: string) =>
      problems.push(
        format(l['class.fileMessage'], { file, message: `${message} ${l['class.unchangedNote']}` }),
      );
    for (const file of files) {
      let text: string;
      try {
        text = file.size > IMPORT_MAX_BYTES ? '' : await file.text();
      } catch {
        fileProblem(file.name, l['class.fileProblem.read']);
        continue;
      }
      const read = readDroppedFile(
        text,
        file.size,
        {
          codeOf: (slug) => codeOf.get(slug),
          notStartedWords: this.notStartedWords,
          fileDay: localDay(new Date(file.lastModified || Date.now())),
        },
        new Date(),
      );
      switch (read.kind) {
        case 'problem':
          fileProblem(file.name, this._fileProblem(read.problem));
          break;
        case 'member':
          members.push({ file: file.name, member: read.member });
          break;
        case 'codes':
          codes.push(...read.codes);
          break;
        case 'book': {
          const { added, merged } = importClasses(read.book, l['class.undoImport']);
          lines.push(
            format(l['class.fileMessage'], {
              file: file.name,
              message:
                added + merged ? format(l['class.bookImported'], { added, merged }) : l['class.bookSame'],
            }),
          );
        }
      }
    }
    if (members.length) {
      const changes = addToCurrentClass(
        members.map((m) => m.member),
        this._newClassDetails(),
        l['class.undoAdd'],
      );
      members.forEach(({ file, member }, i) =>
        lines.push(
          format(l['class.fileMessage'], {
            file,
            message: format(l[`class.${changes[i]!}`], { name: this._name(member) }),
          }),
        ),
      );
    }
    if (codes.length) {
      const added = this._addCodes(codes);
      lines.push(...added.lines);
      problems.push(...added.problems);
    }
    this._say(lines, problems);
  }

  private _fileProblem(problem: DropProblem): string {
    const l = this._l;
    switch (problem.code) {
      case 'too-big':
        return format(l['class.fileProblem.too-big'], { size: Math.round(problem.size / 1024) });
      case 'future-version':
        return format(l['class.fileProblem.future-version'], { version: problem.version });
      case 'invalid':
        return format(l['class.fileProblem.invalid'], { field: problem.field });
      case 'csv-invalid':
        return format(l['class.fileProblem.csv-invalid'], { row: problem.row });
      case 'not-progress':
        return l['class.fileProblem.not-ours'];
      default:
        return l[`class.fileProblem.${problem.code}`];
    }
  }

  // ——— The grid ———

  private _filter(event: Event): void {
    this._track = (event.target as HTMLSelectElement).value;
  }

  private _sort(event: Event): void {
    this._order = (event.target as HTMLSelectElement).value as MemberOrder;
  }

  private async _openLearner(learnerId: string): Promise<void> {
    this._editing = learnerId;
    this._editError = '';
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#learner-name');
    input?.focus();
    input?.select();
  }

  private async _closeLearner(): Promise<void> {
    const id = this._editing ?? '';
    this._editing = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-learner="${id}"]`)?.focus();
  }

  private _rename(event: SubmitEvent): void {
    event.preventDefault();
    const sheet = currentClass(this._book.value);
    const member = sheet?.members.find((m) => m.learnerId === this._editing);
    if (!sheet || !member) return;
    const name = this.renderRoot.querySelector<HTMLInputElement>('#learner-name')!.value.trim();
    if (!name) {
      this._editError = this._l['class.learnerNameNeeded'];
      return;
    }
    renameLearner(
      sheet.id,
      member.learnerId,
      name,
      format(this._l['class.undoRename'], { name: this._name(member) }),
    );
    this._say([format(this._l['class.renamed'], { name })]);
    void this._closeLearner();
  }

  private _removeLearner(member: ClassMember): void {
    const sheet = currentClass(this._book.value);
    if (!sheet) return;
    const name = this._name(member);
    removeLearner(sheet.id, member.learnerId, format(this._l['class.undoRemoveLearner'], { name }));
    this._editing = undefined;
    this._say([format(this._l['class.learnerRemoved'], { name })]);
    // Focus goes to Undo, the next thing a trainer who slipped wants.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>('.messages button')?.focus(),
    );
  }

  // ——— Outputs ———

  private _downloadCsv(sheet: Sheet): void {
    const l = this._l;
    const rows = sheetRows(
      sheet,
      this._columns(sheet).map(({ code, title, practice }) => ({ code, title, practice })),
      {
        name: l['class.csvName'],
        learnerId: l['class.csvLearnerId'],
        date: l['class.csvDate'],
        session: l['class.csvSession'],
        notStarted: l['class.notStarted'],
        total: l['class.totals'],
        practiceColumn: (lesson) => format(l['class.csvPractice'], { lesson }),
        practiceSafe: l['class.csvPracticeSafe'],
        practiceCaught: l['class.csvPracticeCaught'],
        practiceNone: l['class.csvPracticeNone'],
      },
    );
    downloadFile(classFileName(sheet, 'csv'), toCsv(rows), 'text/csv;charset=utf-8');
  }

  private _downloadJson(sheet: Sheet): void {
    downloadFile(
      classFileName(sheet, 'json'),
      JSON.stringify(classBookFile(this._book.value, sheet.id), null, 2),
      'application/json',
    );
  }

  private _downloadXapi(sheet: Sheet): void {
    const names = new Map(this.catalog.map((entry) => [entry.code, entry.names]));
    const statements = classStatements(sheet, names, this._xapiIri());
    downloadFile(classFileName(sheet, 'xapi.json'), JSON.stringify(statements, null, 2), 'application/json');
  }

  private _saveXapi(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#xapi-base')!;
    const base = xapiBase(input.value);
    if (!base) {
      this._xapiMessage = this._l['class.xapiBad'];
      input.value = this._xapiIri();
      return;
    }
    setXapiBase(base);
    input.value = base;
    this._xapiMessage = this._l['class.xapiSaved'];
  }

  private _downloadUnreadable(): void {
    const text = this._unreadable.value;
    if (text !== undefined)
      downloadFile(`hoc-so-lop-backup-${localDay(new Date())}.json`, text, 'application/json');
  }
}

customElements.define('class-sheet', ClassSheetElement);

declare global {
  interface HTMLElementTagNameMap {
    'class-sheet': ClassSheetElement;
  }
}
