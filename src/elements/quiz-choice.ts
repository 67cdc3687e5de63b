import { html } from 'lit';
import { gradeSelection } from '../lib/quiz-answers';
import { QuizQuestionBase } from './quiz-question-base';
import { QUIZ_SELECTOR } from '../lib/quiz-dom';

/**
 * @summary Single choice, multiple choice ("choose all that apply") and true/false, on the native
 * radios or checkboxes the server rendered. A partial multiple-choice answer is wrong, and the
 * feedback names what was missed and what was wrongly chosen.
 * @slot - the fieldset with `.quiz-option` items
 */
export class QuizChoice extends QuizQuestionBase {
  static override properties = { ...QuizQuestionBase.properties, type: {} };

  declare type: 'single' | 'multiple' | 'true-false';

  constructor() {
    super();
    this.type = 'single';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('change', this._onChange);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('change', this._onChange);
    super.disconnectedCallback();
  }

  override focusFirstControl(): void {
    this._inputs()[0]?.focus();
  }

  protected override currentAnswer(): string[] {
    return this._inputs()
      .filter((input) => input.checked)
      .map((input) => input.value);
  }

  protected override grade(answer: string[]) {
    const result = gradeSelection(answer, this._rightValues());
    if (this.type !== 'multiple') {
      return { correct: result.correct, details: this._explanation(answer[0]!) };
    }
    const line = (label: string, value: string) =>
      html`<li><strong>${label}:</strong> ${this._text(value)}. ${this._explanation(value)}</li>`;
    return {
      correct: result.correct,
      details: html`<ul>
        ${result.found.map((v) => line(`✓ ${this.labels['quiz.optionFound']}`, v))}
        ${result.wrong.map((v) => line(`✗ ${this.labels['quiz.optionWrong']}`, v))}
        ${result.missed.map((v) => line(`! ${this.labels['quiz.optionMissed']}`, v))}
      </ul>`,
    };
  }

  protected override markAnswer(answer: string[]): void {
    const right = this._rightValues();
    for (const input of this._inputs()) {
      const option = input.closest(QUIZ_SELECTOR.option);
      if (!option) continue;
      const chosen = answer.includes(input.value);
      const isRight = right.includes(input.value);
      if (this.type !== 'multiple') {
        if (chosen)
          this.mark(
            option,
            isRight ? 'correct' : 'wrong',
            isRight ? this.labels['quiz.correct'] : this.labels['quiz.wrong'],
          );
      } else if (chosen) {
        this.mark(
          option,
          isRight ? 'correct' : 'wrong',
          isRight ? this.labels['quiz.optionFound'] : this.labels['quiz.optionWrong'],
        );
      } else if (isRight) {
        this.mark(option, 'missed', this.labels['quiz.optionMissed']);
      }
    }
  }

  protected override showRightAnswer() {
    const right = this._rightValues();
    for (const input of this._inputs()) {
      const option = input.closest(QUIZ_SELECTOR.option);
      if (option && right.includes(input.value))
        this.mark(option, 'correct', this.labels['quiz.rightAnswer']);
    }
    return html`<ul>
      ${right.map((v) => html`<li><strong>✓ ${this._text(v)}.</strong> ${this._explanation(v)}</li>`)}
    </ul>`;
  }

  protected override setAnswer(answer: string[]): void {
    for (const input of this._inputs()) input.checked = answer.includes(input.value);
  }

  private _onChange = (): void => this.answerChanged();

  private _inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`${QUIZ_SELECTOR.option} input`)];
  }

  private _option(value: string): Element | null | undefined {
    return this._inputs()
      .find((input) => input.value === value)
      ?.closest(QUIZ_SELECTOR.option);
  }

  private _rightValues(): string[] {
    return this._inputs()
      .filter((input) => input.closest(QUIZ_SELECTOR.option)?.hasAttribute('data-correct'))
      .map((input) => input.value);
  }

  private _text(value: string): string {
    return this._option(value)?.querySelector('label')?.textContent.trim() ?? value;
  }

  private _explanation(value: string): string {
    return this.explanationIn(this._option(value));
  }
}

customElements.define('quiz-choice', QuizChoice);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-choice': QuizChoice;
  }
}
