import { html } from 'lit';
import { format } from '../i18n/format';
import { gradeOrder, moveItem } from '../lib/quiz-answers';
import { QuizQuestionBase } from './quiz-question-base';
import { QUIZ_SELECTOR } from '../lib/quiz-dom';

/**
 * @summary Put the steps in order with Up/Down buttons (keyboard and touch alike; no drag-and-drop).
 * Each move is announced; on Check every step is marked in place or where it belongs.
 * @slot - the fieldset with `.order-item` list items, mixed up by the server
 */
export class QuizOrder extends QuizQuestionBase {
  static override properties = { ...QuizQuestionBase.properties, rightOrder: { attribute: 'right-order' } };

  declare rightOrder: string;
  private _initial: string[] = [];

  constructor() {
    super();
    this.rightOrder = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._initial.length === 0) {
      this._initial = this._ids();
      this._addButtons();
    }
  }

  override focusFirstControl(): void {
    this.querySelector<HTMLButtonElement>(`${QUIZ_SELECTOR.orderItem} button`)?.focus();
  }

  protected override currentAnswer(): string[] {
    return this._ids();
  }

  protected override grade(answer: string[]) {
    const { correct } = gradeOrder(answer, this._right());
    return { correct, details: this.explanationIn(this.querySelector(QUIZ_SELECTOR.key)) };
  }

  protected override markAnswer(answer: string[]): void {
    const { placements } = gradeOrder(answer, this._right());
    for (const placement of placements) {
      const item = this._item(placement.id);
      if (!item) continue;
      if (placement.inPlace) this.mark(item, 'correct', this.labels['quiz.inPlace']);
      else
        this.mark(item, 'wrong', format(this.labels['quiz.shouldBe'], { position: placement.rightPosition }));
    }
  }

  protected override showRightAnswer() {
    this.setAnswer(this._right());
    for (const id of this._right()) {
      const item = this._item(id);
      if (item) this.mark(item, 'correct', this.labels['quiz.inPlace']);
    }
    return html`${this.explanationIn(this.querySelector(QUIZ_SELECTOR.key))}`;
  }

  /** An empty answer means "as first shown" (a reset). */
  protected override setAnswer(answer: string[]): void {
    const order = answer.length > 0 ? answer : this._initial;
    const list = this.querySelector(QUIZ_SELECTOR.orderList);
    const items = order.map((id) => this._item(id)).filter((item): item is HTMLElement => !!item);
    if (list && items.length === this._ids().length) list.append(...items);
  }

  private _ids(): string[] {
    return [...this.querySelectorAll<HTMLElement>(QUIZ_SELECTOR.orderItem)].map(
      (item) => item.dataset.item ?? '',
    );
  }

  private _right(): string[] {
    return this.rightOrder.split(/\s+/).filter(Boolean);
  }

  private _item(id: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`${QUIZ_SELECTOR.orderItem}[data-item="${id}"]`);
  }

  /** The Up/Down buttons the page draws beside each step (light DOM: the page's styles and print rules). */
  private _addButtons(): void {
    for (const item of this.querySelectorAll<HTMLElement>(QUIZ_SELECTOR.orderItem))
      for (const button of item.querySelectorAll<HTMLButtonElement>('.order-controls button')) {
        const step = button.dataset['step'] === '-1' ? -1 : 1;
        button.addEventListener('click', () => this._move(item, step, button));
      }
  }

  private _move(item: HTMLElement, step: -1 | 1, button: HTMLButtonElement): void {
    const ids = this._ids();
    const from = ids.indexOf(item.dataset.item ?? '');
    this.setAnswer(moveItem(ids, from, step));
    button.focus();
    const position = this._ids().indexOf(item.dataset.item ?? '') + 1;
    const text = item.querySelector(QUIZ_SELECTOR.orderText)?.textContent.trim() ?? '';
    this.answerChanged(format(this.labels['quiz.moved'], { item: text, position, total: ids.length }));
  }
}

customElements.define('quiz-order', QuizOrder);

declare global {
  interface HTMLElementTagNameMap {
    'quiz-order': QuizOrder;
  }
}
