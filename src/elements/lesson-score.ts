import { LitElement, html } from 'lit';
// The package is CommonJS: importing its one file keeps its other helpers out of the bundle.
import { StoreController } from '@nanostores/lit/lib/StoreController.js';
import { $lessons } from '../stores/progress';

/** @summary A lesson's best score ("90%") or number of attempts, as plain text in a table cell. */
export class LessonScore extends LitElement {
  static override properties = { lesson: {}, show: {}, noneLabel: { attribute: 'none-label' } };

  declare lesson: string;
  /** `best` (default) or `attempts`. */
  declare show: 'best' | 'attempts';
  declare noneLabel: string;
  private readonly _lessons = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lesson = '';
    this.show = 'best';
    this.noneLabel = '–';
  }

  /** Light DOM: the value is table text, replacing what the server wrote. */
  protected override createRenderRoot(): HTMLElement {
    this.textContent = '';
    return this;
  }

  override render() {
    const record = this._lessons.value[this.lesson];
    if (this.show === 'attempts') return html`${record?.attempts.length ?? 0}`;
    return html`${record?.bestScore === null || record?.bestScore === undefined ? this.noneLabel : `${record.bestScore}%`}`;
  }
}

customElements.define('lesson-score', LessonScore);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-score': LessonScore;
  }
}
