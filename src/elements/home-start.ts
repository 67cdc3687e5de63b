import { LitElement, html, nothing } from 'lit';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { countCompleted, pickUpPoint } from '../lib/progress-status';
import type { CourseLesson } from '../lib/course-catalog';
import { format } from '../i18n/format';
import type { Labels, homeStartLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

/**
 * @summary The home page's first box. A first-time learner (and anyone without script) sees the
 * page's own "Start here" with the course's first lesson; once the learner has progress on this
 * device, "Pick up where you left off" with the lesson to continue, the step reached, and how many
 * lessons are done (issue #19). The page loads this only for a learner with something stored.
 * @slot - the page's own "Start here", shown until there is progress to continue
 */
export class HomeStart extends LitElement {
  static override properties = { catalog: { type: Array }, labels: { type: Object } };

  declare catalog: CourseLesson[];
  declare labels: Labels<typeof homeStartLabelKeys> | undefined;
  private readonly _lessons = new StoreController(this, $lessons);

  constructor() {
    super();
    this.catalog = [];
    this.labels = undefined;
  }

  /** Light DOM, so the page's headings and buttons apply; the page's own box is hidden, not removed. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const lessons = this._lessons.value;
    const slugs = this.catalog.map((lesson) => lesson.slug);
    const returning = slugs.some((slug) => lessons[slug]);
    this.toggleAttribute('returning', returning);
    if (!returning) return nothing;
    const done = countCompleted(lessons, slugs);
    const next = pickUpPoint(lessons, this.catalog);
    return html`<div class="start-again">
      <h2>${l['home.continueHeading']}</h2>
      <p>
        ${format(l['home.doneCount'], { done, total: slugs.length })}
        ${next?.steps.done ? format(l['progress.stepsDone'], { done: next.steps.done, total: next.steps.total }) : nothing}
      </p>
      ${
        next
          ? html`<p>
              <a class="button-link start-button" href=${next.lesson.url + next.anchor}
                >${l['progress.continue']}: ${next.lesson.title}</a
              >
            </p>`
          : html`<p>${l['progress.allDone']}</p>`
      }
    </div>`;
  }
}

defineInOwnTask('home-start', HomeStart);

declare global {
  interface HTMLElementTagNameMap {
    'home-start': HomeStart;
  }
}
