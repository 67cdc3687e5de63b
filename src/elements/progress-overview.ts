import { LitElement, html } from 'lit';
// The package is CommonJS: importing its one file keeps its other helpers out of the bundle.
import { StoreController } from '@nanostores/lit/lib/StoreController.js';
import { $lessons } from '../stores/progress';
import { continueLesson, countCompleted } from '../lib/progress';
import { format } from '../i18n/format';
import type { Labels, overviewLabelKeys } from '../i18n/client-labels';

export interface OverviewLesson {
  slug: string;
  title: string;
  url: string;
}

/**
 * @summary Overall completion, "continue where you left off", and lessons in the learner's record
 * that this site doesn't have (kept from an import, never dropped).
 */
export class ProgressOverview extends LitElement {
  static override properties = { catalog: { type: Array }, labels: { type: Object } };

  declare catalog: OverviewLesson[];
  declare labels: Labels<typeof overviewLabelKeys>;
  private readonly _lessons = new StoreController(this, $lessons);

  constructor() {
    super();
    this.catalog = [];
    this.labels = {} as Labels<typeof overviewLabelKeys>;
  }

  /** Light DOM, so the page's styles and headings apply. */
  protected override createRenderRoot(): HTMLElement {
    this.textContent = '';
    return this;
  }

  override render() {
    const l = this.labels;
    const lessons = this._lessons.value;
    const slugs = this.catalog.map((c) => c.slug);
    const done = countCompleted(lessons, slugs);
    const percent = slugs.length ? Math.floor((done * 100) / slugs.length) : 0;
    const next = this.catalog.find((c) => c.slug === continueLesson(lessons, slugs));
    const unknown = Object.keys(lessons)
      .filter((slug) => !slugs.includes(slug))
      .sort();
    return html`<p class="overall">
        ${format(l['progress.overall'], { done, total: slugs.length, percent })}
      </p>
      <progress max=${slugs.length} .value=${done} aria-hidden="true"></progress>
      <p>
        ${
          next
            ? html`<a class="button-link" href=${next.url}>${l['progress.continue']}: ${next.title}</a>`
            : l['progress.allDone']
        }
      </p>
      ${
        unknown.length
          ? html`<h3>${l['progress.unknownHeading']}</h3>
              <p>${l['progress.unknownNote']}</p>
              <ul class="unknown-lessons">
                ${unknown.map((slug) => html`<li><code>${slug}</code></li>`)}
              </ul>`
          : ''
      }`;
  }
}

customElements.define('progress-overview', ProgressOverview);

declare global {
  interface HTMLElementTagNameMap {
    'progress-overview': ProgressOverview;
  }
}
