import { LitElement, html, type PropertyValues } from 'lit';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { countCompleted, pickUpPoint, type PickUpPoint } from '../lib/progress-status';
import { format } from '../i18n/format';
import type { Labels, overviewLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

export interface OverviewLesson {
  slug: string;
  title: string;
  url: string;
  /** How many numbered steps the lesson has. */
  steps: number;
}

/**
 * @summary Overall completion, "continue where you left off" (with the steps ticked in that lesson,
 * leading to the first one not yet done), and lessons in the learner's record that this site
 * doesn't have (kept from an import, never dropped).
 */
export class ProgressOverview extends LitElement {
  static override properties = { catalog: { type: Array }, labels: { type: Object } };

  declare catalog: OverviewLesson[];
  declare labels: Labels<typeof overviewLabelKeys> | undefined;
  private readonly _lessons = new StoreController(this, $lessons);

  constructor() {
    super();
    this.catalog = [];
    this.labels = undefined;
  }

  /** Light DOM, so the page's styles and headings apply. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The page's own text stays until the first drawing replaces it, in the same task. */
  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) this.textContent = '';
    super.update(changed);
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const lessons = this._lessons.value;
    const slugs = this.catalog.map((c) => c.slug);
    const done = countCompleted(lessons, slugs);
    const percent = slugs.length ? Math.floor((done * 100) / slugs.length) : 0;
    const next = pickUpPoint(lessons, this.catalog);
    const unknown = Object.keys(lessons)
      .filter((slug) => !slugs.includes(slug))
      .sort();
    return html`<p class="overall">
        ${format(l['progress.overall'], { done, total: slugs.length, percent })}
      </p>
      <progress max=${slugs.length} .value=${done} aria-hidden="true"></progress>
      ${next ? this._continue(next, l) : html`<p>${l['progress.allDone']}</p>`}
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

  /** The lesson to pick up, at its first unticked step once some are ticked (all ticked: the quiz). */
  private _continue(
    { lesson, steps, anchor }: PickUpPoint<OverviewLesson>,
    l: Labels<typeof overviewLabelKeys>,
  ) {
    // Nothing learnt yet: a word of welcome where the steps' count will be (one line, as that is).
    const nothingYet = Object.keys(this._lessons.value).length === 0;
    return html`${
        nothingYet
          ? html`<p class="steps-done">${l['progress.nothingYet']}</p>`
          : steps.total
            ? html`<p class="steps-done">
                ${format(l['progress.stepsDone'], { done: steps.done, total: steps.total })}
              </p>`
            : ''
      }
      <p>
        <a class="button-link" href=${lesson.url + anchor}
          ><span
            >${this._lessons.value[lesson.slug] ? l['progress.continue'] : l['progress.start']}:
            ${lesson.title}</span
          ></a
        >
      </p>`;
  }
}

defineInOwnTask('progress-overview', ProgressOverview);

declare global {
  interface HTMLElementTagNameMap {
    'progress-overview': ProgressOverview;
  }
}
