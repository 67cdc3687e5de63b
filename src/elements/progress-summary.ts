import { LitElement, html } from 'lit';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { countCompleted } from '../lib/progress-status';
import { format } from '../i18n/format';
import type { Labels, summaryLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';

/**
 * @summary "You have completed N of M lessons", counted over the lessons this site has.
 * @slot - the server-rendered count of 0, shown until the element upgrades
 */
export class ProgressSummary extends LitElement {
  static override properties = {
    lessons: {},
    labels: { type: Object },
  };

  declare lessons: string;
  declare labels: Labels<typeof summaryLabelKeys> | undefined;

  private readonly _progress = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lessons = '';
    this.labels = undefined;
  }

  override render() {
    if (!this.labels) return html`<slot></slot>${withoutLabels(this)}`;
    const slugs = this.lessons.split(/\s+/).filter(Boolean);
    const done = countCompleted(this._progress.value, slugs);
    return html`<p>${format(this.labels['progress.summary'], { done, total: slugs.length })}</p>`;
  }
}

customElements.define('progress-summary', ProgressSummary);

declare global {
  interface HTMLElementTagNameMap {
    'progress-summary': ProgressSummary;
  }
}
