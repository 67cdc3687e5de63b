import { LitElement, html } from 'lit';
// The package is CommonJS: importing its one file keeps its other helpers out of the bundle.
import { StoreController } from '@nanostores/lit/lib/StoreController.js';
import { $lessons } from '../stores/progress';
import { countCompleted } from '../lib/progress';
import { format } from '../i18n/format';

/**
 * @summary "You have completed N of M lessons", counted over the lessons this site has.
 * @slot - the server-rendered count of 0, shown until the element upgrades
 */
export class ProgressSummary extends LitElement {
  static override properties = {
    lessons: {},
    template: {},
  };

  declare lessons: string;
  declare template: string;

  private readonly _progress = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lessons = '';
    this.template = '{done}/{total}';
  }

  override render() {
    const slugs = this.lessons.split(/\s+/).filter(Boolean);
    const done = countCompleted(this._progress.value, slugs);
    return html`<p>${format(this.template, { done, total: slugs.length })}</p>`;
  }
}

customElements.define('progress-summary', ProgressSummary);

declare global {
  interface HTMLElementTagNameMap {
    'progress-summary': ProgressSummary;
  }
}
