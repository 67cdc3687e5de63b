import { LitElement, html } from 'lit';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import type { Labels, scoreLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';

/** @summary A lesson's best score ("90%") or number of attempts, as plain text in a table cell. */
export class LessonScore extends LitElement {
  static override properties = { lesson: {}, show: {}, labels: { type: Object } };

  declare lesson: string;
  /** `best` (default) or `attempts`. */
  declare show: 'best' | 'attempts';
  /** Needed for `best`, which says when there is no score yet. */
  declare labels: Labels<typeof scoreLabelKeys> | undefined;
  private readonly _lessons = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lesson = '';
    this.show = 'best';
    this.labels = undefined;
  }

  /** Light DOM: the value is table text, replacing what the server wrote. */
  protected override createRenderRoot(): HTMLElement {
    this.textContent = '';
    return this;
  }

  override render() {
    const record = this._lessons.value[this.lesson];
    if (this.show === 'attempts') return html`${record?.attempts.length ?? 0}`;
    if (!this.labels) return withoutLabels(this);
    const best = record?.bestScore ?? null;
    return html`${best === null ? this.labels['progress.noScore'] : `${best}%`}`;
  }
}

customElements.define('lesson-score', LessonScore);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-score': LessonScore;
  }
}
