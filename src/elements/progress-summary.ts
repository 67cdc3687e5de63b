import { LitElement, css, html, nothing } from 'lit';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { countCompleted, countPractice } from '../lib/progress-status';
import { format } from '../i18n/format';
import type { Labels, summaryLabelKeys, topicSummaryLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

/**
 * @summary "You have completed N of M lessons": over the listed lessons (a topic), or, given only
 * `total`, over the whole course, so the home page needn't list every lesson (issue #18). A lesson
 * completed and later retired from the course could count there, so the count never passes `total`.
 * Given `practice` (the progress page's topics), a second line: of those lessons' simulations, how
 * many the learner has played and how many ended safe the latest time (issue #21).
 * @slot - the server-rendered lines with 0s, shown until the element upgrades
 */
export class ProgressSummary extends LitElement {
  static override properties = {
    lessons: {},
    practice: {},
    total: { type: Number },
    bar: { type: Boolean },
    labels: { type: Object },
  };
  // As the page styles its own copy (cards.css .topic-tile progress), so nothing moves on upgrade.
  static override styles = css`
    .complete {
      font-weight: 700;
      color: var(--hs-good);
    }
    .complete span {
      padding-inline: 0.4em;
      border-radius: var(--hs-radius);
      background: var(--hs-good-bg);
      outline: 2px solid var(--hs-good);
    }
    progress {
      display: block;
      width: 100%;
      height: 0.5rem;
      margin: 0;
      accent-color: var(--topic, var(--hs-good));
    }
  `;

  declare lessons: string;
  /** The slugs of those lessons that have a simulation, space-separated. */
  declare practice: string;
  declare total: number | undefined;
  /** Also a bar (a topic's tile on the home page); the text says the same, so the bar is hidden from screen readers. */
  declare bar: boolean;
  /** A topic's count also has the words for "all done", shown as a badge then. */
  declare labels: Labels<typeof summaryLabelKeys> | Labels<typeof topicSummaryLabelKeys> | undefined;

  private readonly _progress = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lessons = '';
    this.practice = '';
    this.total = undefined;
    this.bar = false;
    this.labels = undefined;
  }

  override render() {
    if (!this.labels) return html`<slot></slot>${withoutLabels(this)}`;
    const progress = this._progress.value;
    const slugs = this.lessons.split(/\s+/).filter(Boolean);
    const total = this.total ?? slugs.length;
    const done =
      this.total === undefined
        ? countCompleted(progress, slugs)
        : Math.min(this.total, countCompleted(progress, Object.keys(progress)));
    const l = this.labels;
    const badge =
      'progress.topicComplete' in l && total > 0 && done === total ? l['progress.topicComplete'] : '';
    const simulations = this.practice.split(/\s+/).filter(Boolean);
    const { practised, lastSafe } = countPractice(progress, simulations);
    const practice =
      'progress.practiceSummary' in l && simulations.length > 0
        ? html`<p>
            ${format(l['progress.practiceSummary'], { practised, total: simulations.length, safe: lastSafe })}
          </p>`
        : nothing;
    return html`${
      badge
        ? html`<p class="complete"><span>${format(badge, { total })}</span></p>`
        : html`<p>${format(l['progress.summary'], { done, total })}</p>`
    }
    ${practice}
    ${this.bar ? html`<progress max=${total} .value=${done} aria-hidden="true"></progress>` : nothing}`;
  }
}

defineInOwnTask('progress-summary', ProgressSummary);

declare global {
  interface HTMLElementTagNameMap {
    'progress-summary': ProgressSummary;
  }
}
