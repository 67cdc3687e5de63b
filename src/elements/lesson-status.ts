import { LitElement, html } from 'lit';
// The package is CommonJS: importing its one file keeps its other helpers out of the bundle.
import { StoreController } from '@nanostores/lit/lib/StoreController.js';
import { $lessons } from '../stores/progress';
import { lessonStatus, type LessonStatus } from '../lib/progress';

/**
 * @summary The learner's status for one lesson ("Not started", "In progress", "Completed").
 * The server renders "Not started" inside it, which is right for anyone without JS.
 */
export class LessonStatusBadge extends LitElement {
  static override properties = {
    lesson: {},
    notStartedLabel: { attribute: 'not-started-label' },
    inProgressLabel: { attribute: 'in-progress-label' },
    completedLabel: { attribute: 'completed-label' },
  };

  declare lesson: string;
  declare notStartedLabel: string;
  declare inProgressLabel: string;
  declare completedLabel: string;

  private readonly _progress = new StoreController(this, $lessons);

  constructor() {
    super();
    this.lesson = '';
    this.notStartedLabel = 'Not started';
    this.inProgressLabel = 'In progress';
    this.completedLabel = 'Completed';
  }

  /** Light DOM: the status is plain text in the card, replacing the server's "not started". */
  protected override createRenderRoot(): HTMLElement {
    this.textContent = '';
    return this;
  }

  override render() {
    const status = lessonStatus(this._progress.value[this.lesson]);
    // The page styles the badge by this attribute, in light DOM.
    this.dataset.status = status;
    const labels: Record<LessonStatus, string> = {
      'not-started': this.notStartedLabel,
      'in-progress': this.inProgressLabel,
      completed: this.completedLabel,
    };
    return html`${labels[status]}`;
  }
}

customElements.define('lesson-status', LessonStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-status': LessonStatusBadge;
  }
}
