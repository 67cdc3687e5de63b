import { LitElement, html } from 'lit';
import { controlStyles } from './shared.styles';
import { QuizAnswerEvent } from './quiz-answer-event';

/**
 * @summary One single-choice question. The server renders the fieldset, radios and explanations
 * in light DOM (readable without JS and in print); this element adds Check and spoken feedback.
 * @slot - the question's fieldset
 * @fires quiz-answer - each time the learner checks an answer
 */
export class QuizQuestion extends LitElement {
  static override properties = {
    questionId: { attribute: 'question-id' },
    checkLabel: { attribute: 'check-label' },
    correctLabel: { attribute: 'correct-label' },
    wrongLabel: { attribute: 'wrong-label' },
    chooseLabel: { attribute: 'choose-label' },
    _feedback: { state: true },
  };
  static override styles = [controlStyles];

  declare questionId: string;
  declare checkLabel: string;
  declare correctLabel: string;
  declare wrongLabel: string;
  declare chooseLabel: string;
  declare _feedback: { result: 'correct' | 'wrong' | 'missing'; text: string } | undefined;

  constructor() {
    super();
    this.questionId = '';
    this.checkLabel = 'Check';
    this.correctLabel = 'Correct!';
    this.wrongLabel = 'Not quite.';
    this.chooseLabel = 'Choose an answer first.';
    this._feedback = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A new choice after checking clears the old verdict, so what is shown always matches what is chosen.
    this.addEventListener('change', this._clearFeedback);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('change', this._clearFeedback);
    super.disconnectedCallback();
  }

  /** Clears the choice and the feedback, for a retake. */
  reset(): void {
    for (const input of this._inputs()) input.checked = false;
    this._clearFeedback();
  }

  focusFirstOption(): void {
    this._inputs()[0]?.focus();
  }

  override render() {
    const feedback = this._feedback;
    return html`<slot></slot>
      <button type="button" @click=${this._check}>${this.checkLabel}</button>
      <div class="feedback" role="status" data-result=${feedback?.result ?? ''}>
        ${
          feedback
            ? html`<span class="verdict"
                  >${
                    feedback.result === 'missing'
                      ? this.chooseLabel
                      : feedback.result === 'correct'
                        ? this.correctLabel
                        : this.wrongLabel
                  }</span
                >
                ${feedback.text}`
            : ''
        }
      </div>`;
  }

  private _inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  private _check(): void {
    const chosen = this._inputs().find((input) => input.checked);
    this._markOptions(chosen);
    if (!chosen) {
      this._feedback = { result: 'missing', text: '' };
      return;
    }
    const option = chosen.closest<HTMLElement>('.quiz-option');
    const correct = option?.hasAttribute('data-correct') ?? false;
    const explanation = option?.querySelector('.quiz-explanation-text')?.textContent?.trim() ?? '';
    this._feedback = { result: correct ? 'correct' : 'wrong', text: explanation };
    this.dispatchEvent(new QuizAnswerEvent(this.questionId, chosen.value, correct));
  }

  private _markOptions(chosen: HTMLInputElement | undefined): void {
    for (const input of this._inputs()) {
      const option = input.closest<HTMLElement>('.quiz-option');
      if (!option) continue;
      if (input === chosen) option.dataset.result = option.hasAttribute('data-correct') ? 'correct' : 'wrong';
      else delete option.dataset.result;
    }
  }

  private _clearFeedback = (): void => {
    this._feedback = undefined;
    this._markOptions(undefined);
  };
}

customElements.define('quiz-question', QuizQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-question': QuizQuestion;
  }
}
