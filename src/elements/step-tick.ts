import { LitElement, css, html, nothing } from 'lit';
import { StoreController } from './store-controller';
import { focusRing } from './shared.styles';
import { $lessons, tickStep } from '../stores/progress';
import { stepId } from '../lib/lesson-steps';
import { format } from '../i18n/format';
import type { Labels, stepTickLabelKeys } from '../i18n/client-labels';
import { withoutLabels } from './labels';

/**
 * @summary A step's "Done" checkbox on the lesson page, kept in the learner's progress so a reload
 * or a later visit shows which steps are done. It reads its lesson from the article's `data-slug`
 * and its id from its position among the lesson's `li.step`s. Paper has its own tick box
 * (guide.css), so this never prints; projector pages and booklets don't load it.
 */
export class StepTick extends LitElement {
  static override properties = { labels: { type: Object } };
  static override styles = [
    focusRing,
    css`
      :host {
        display: block;
        margin-top: var(--hs-space-2);
      }
      /* A block, not inline: its height is then exactly what base.css keeps for it before it loads. */
      label {
        display: flex;
        width: fit-content;
        align-items: center;
        gap: var(--hs-space-3);
        min-height: 44px;
        font-weight: 700;
        cursor: pointer;
      }
      input {
        width: 1.75rem;
        height: 1.75rem;
        margin: 0;
        accent-color: var(--hs-accent);
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  declare labels: Labels<typeof stepTickLabelKeys> | undefined;
  private readonly _lessons = new StoreController(this, $lessons);
  private _lesson = '';
  /** 1 for the lesson's first step, and so on. */
  private _position = 0;

  constructor() {
    super();
    this.labels = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const article = this.closest<HTMLElement>('[data-slug]');
    const step = this.closest('li.step');
    if (!article || !step) return;
    this._lesson = article.dataset.slug ?? '';
    this._position = [...article.querySelectorAll('li.step')].indexOf(step) + 1;
    // The anchor the progress page's "Continue" leads to: the page has it already (LessonArticle).
    step.id = stepId(this._position);
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    if (!this._lesson) return nothing;
    const step = this.closest('li.step')!;
    const title = step.querySelector('h3')?.textContent.trim() ?? '';
    return html`<label
      ><input
        type="checkbox"
        aria-label=${format(l['step.doneStep'], { title })}
        .checked=${this._lessons.value[this._lesson]?.stepsChecked.includes(step.id) ?? false}
        @change=${this._onChange}
      />${l['step.done']}</label
    >`;
  }

  private _onChange(event: Event): void {
    tickStep(this._lesson, this._position, (event.target as HTMLInputElement).checked);
  }
}

customElements.define('step-tick', StepTick);

declare global {
  interface HTMLElementTagNameMap {
    'step-tick': StepTick;
  }
}
