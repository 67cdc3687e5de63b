import { LitElement, html, type PropertyValues } from 'lit';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { lessonStatus, type LessonStatus } from '../lib/progress-status';
import type { Labels, statusLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';
import { defineInOwnTask } from './define-in-own-task';

const STATUS_KEYS = {
  'not-started': 'status.notStarted',
  'in-progress': 'status.inProgress',
  completed: 'status.completed',
} as const satisfies Record<LessonStatus, (typeof statusLabelKeys)[number]>;

/**
 * @summary The learner's status for one lesson ("Not started", "In progress", "Completed").
 * The server renders "Not started" inside it, which is right for anyone without JS.
 */
export class LessonStatusBadge extends LitElement {
  static override properties = { lesson: {}, labels: { type: Object } };

  declare lesson: string;
  declare labels: Labels<typeof statusLabelKeys> | undefined;

  private readonly _progress = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lesson = '';
    this.labels = undefined;
  }

  /** Light DOM: the status is plain text in the card, replacing the server's "not started". */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The page's own text stays until the first drawing replaces it, in the same task. */
  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) this.textContent = '';
    super.update(changed);
  }

  override render() {
    if (!this.labels) return withoutLabels(this);
    const status = lessonStatus(this._progress.value[this.lesson]);
    // The page styles the badge by this attribute, in light DOM.
    this.dataset.status = status;
    return html`${this.labels[STATUS_KEYS[status]]}`;
  }
}

defineInOwnTask('lesson-status', LessonStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-status': LessonStatusBadge;
  }
}
