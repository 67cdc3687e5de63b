import { LitElement, html } from 'lit';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { format } from '../i18n/format';
import type { Labels, practiceLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';

/**
 * @summary A lesson's practice in a progress table (issue #21): how the learner's latest run of its
 * simulation ended (safe, or which trap's debrief) and how many runs, as plain text in a cell.
 */
export class LessonPractice extends LitElement {
  static override properties = { lesson: {}, ends: { type: Object }, labels: { type: Object } };

  declare lesson: string;
  /** The simulation's debrief titles by screen id (data/simulations.ts, practiceEnds). */
  declare ends: Record<string, string>;
  declare labels: Labels<typeof practiceLabelKeys> | undefined;
  private readonly _lessons = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lesson = '';
    this.ends = {};
    this.labels = undefined;
  }

  /** Light DOM: the value is table text, replacing what the server wrote ("not yet"). */
  protected override createRenderRoot(): HTMLElement {
    this.textContent = '';
    return this;
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const runs = this._lessons.value[this.lesson]?.practice ?? [];
    const last = runs.at(-1);
    if (!last) return html`${l['practice.none']}`;
    const outcome =
      last.traps.length === 0
        ? l['practice.lastSafe']
        : format(l['practice.lastTrap'], { end: this.ends[last.end] ?? last.end });
    return html`${outcome} · ${format(l['practice.runs'], { n: runs.length })}`;
  }
}

customElements.define('lesson-practice', LessonPractice);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-practice': LessonPractice;
  }
}
