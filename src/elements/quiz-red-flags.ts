import { html } from 'lit';
import { gradeSelection } from '../lib/quiz-answers';
import { QuizQuestionBase } from './quiz-question-base';
import { QUIZ_SELECTOR } from '../lib/quiz-dom';

/**
 * @summary Spot the red flags: the learner taps (or focuses and presses Enter/Space on) the parts of
 * a made-up message that look suspicious. On Check, found, missed and wrongly flagged parts are
 * marked and explained.
 * @slot - the fieldset with the message; its `.rf-part` spans become toggle buttons
 */
export class QuizRedFlags extends QuizQuestionBase {
  override connectedCallback(): void {
    super.connectedCallback();
    for (const part of this._parts()) {
      if (part.hasAttribute('role')) continue;
      part.setAttribute('role', 'button');
      part.setAttribute('aria-pressed', 'false');
      part.tabIndex = 0;
      part.addEventListener('click', () => this._toggle(part));
      part.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this._toggle(part);
        }
      });
    }
  }

  override focusFirstControl(): void {
    this._parts()[0]?.focus();
  }

  protected override emptyAnswerMessage(): string {
    return this.labels['quiz.chooseFlag'];
  }

  protected override currentAnswer(): string[] {
    return this._parts()
      .filter((part) => part.getAttribute('aria-pressed') === 'true')
      .map((part) => part.dataset.part ?? '');
  }

  protected override grade(answer: string[]) {
    const result = gradeSelection(answer, this._flags());
    const line = (label: string, id: string) =>
      html`<li><strong>${label}:</strong> “${this._text(id)}”. ${this._why(id)}</li>`;
    return {
      correct: result.correct,
      details: html`<ul>
          ${result.found.map((id) => line(`✓ ${this.labels['quiz.flagFound']}`, id))}
          ${result.missed.map((id) => line(`! ${this.labels['quiz.flagMissed']}`, id))}
          ${result.wrong.map((id) => line(`✗ ${this.labels['quiz.flagWrong']}`, id))}
        </ul>
        ${this._overall()}`,
    };
  }

  protected override markAnswer(answer: string[]): void {
    const { found, missed, wrong } = gradeSelection(answer, this._flags());
    for (const id of found) this.mark(this._part(id)!, 'correct', this.labels['quiz.flagFound'], true);
    for (const id of missed) this.mark(this._part(id)!, 'missed', this.labels['quiz.flagMissed'], true);
    for (const id of wrong) this.mark(this._part(id)!, 'wrong', this.labels['quiz.flagWrong'], true);
  }

  protected override showRightAnswer() {
    const flags = this._flags();
    for (const id of flags) this.mark(this._part(id)!, 'correct', this.labels['quiz.flagFound'], true);
    return html`<ul>
        ${flags.map((id) => html`<li><strong>⚠ “${this._text(id)}”.</strong> ${this._why(id)}</li>`)}
      </ul>
      ${this._overall()}`;
  }

  protected override setAnswer(answer: string[]): void {
    for (const part of this._parts()) {
      part.setAttribute('aria-pressed', String(answer.includes(part.dataset.part ?? '')));
    }
  }

  private _toggle(part: HTMLElement): void {
    if (this.mode === 'present') return;
    part.setAttribute('aria-pressed', String(part.getAttribute('aria-pressed') !== 'true'));
    this.answerChanged();
  }

  private _parts(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(QUIZ_SELECTOR.part)];
  }

  private _part(id: string): HTMLElement | undefined {
    return this._parts().find((part) => part.dataset.part === id);
  }

  private _flags(): string[] {
    return this._parts()
      .filter((part) => part.hasAttribute('data-flag'))
      .map((part) => part.dataset.part ?? '');
  }

  /** The part's own words, without any mark added to it. */
  private _text(id: string): string {
    return (
      this.querySelector(
        `${QUIZ_SELECTOR.key} li[data-part="${id}"] ${QUIZ_SELECTOR.partKeyText}`,
      )?.textContent.trim() ?? ''
    );
  }

  private _why(id: string): string {
    return this.explanationIn(this.querySelector(`${QUIZ_SELECTOR.key} li[data-part="${id}"]`));
  }

  private _overall(): string {
    return (
      this.querySelector(`${QUIZ_SELECTOR.key} > ${QUIZ_SELECTOR.explanationText}`)?.textContent.trim() ?? ''
    );
  }
}

customElements.define('quiz-red-flags', QuizRedFlags);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-red-flags': QuizRedFlags;
  }
}
