import { LitElement, html, type TemplateResult } from 'lit';
import type { QuizLabels } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { QuizAnswerEvent } from './quiz-answer-event';
import { withoutLabels } from './labels';
// Defined before any question, so a question finds its quiz's labels as soon as it connects.
import './lesson-quiz';
import { QUIZ_SELECTOR } from '../lib/quiz-dom';

/** `learn`: a lesson's quiz; `present`: a trainer's screen; `review`: a review's questions (issue #21). */
export type QuizMode = 'learn' | 'present' | 'review';
export type MarkKind = 'correct' | 'wrong' | 'missed';
type Feedback = { result: 'correct' | 'wrong' | 'missing' | 'info'; content: TemplateResult | string };

const MARK_ICON: Record<MarkKind, string> = { correct: '✓', wrong: '✗', missed: '!' };

/**
 * What every quiz question element shares: the Check (or, when presenting, Reveal answer) button,
 * the spoken feedback, marks on the server-rendered parts, and the answer event. Subclasses say
 * how to read, grade, show and restore their own kind of answer; grading itself is in lib/quiz.ts.
 * @slot - the server-rendered fieldset
 * @fires quiz-answer - each time the learner checks an answer
 */
export abstract class QuizQuestionBase extends LitElement {
  static override properties = {
    questionId: { attribute: 'question-id' },
    mode: {},
    _feedback: { state: true },
  };
  static override styles = [controlStyles];

  declare questionId: string;
  /** `present`: a trainer shows the question; Reveal answer replaces Check and nothing is recorded. */
  declare mode: QuizMode;
  declare _feedback: Feedback | undefined;
  private readonly _marks = new Map<Element, HTMLElement>();

  constructor() {
    super();
    this.questionId = '';
    this.mode = 'learn';
    this._feedback = undefined;
  }

  /**
   * Strings for the page's language, given once to the whole quiz by <lesson-quiz labels>. The
   * question draws its controls only once they exist, so code run from those controls has them.
   */
  protected get labels(): QuizLabels {
    const labels = this.closest('lesson-quiz')?.labels;
    if (!labels) throw new Error(`<${this.localName}> must sit in a <lesson-quiz labels>`);
    return labels;
  }

  /** The learner's current answer; empty when nothing is chosen yet. */
  protected abstract currentAnswer(): string[];
  protected abstract grade(answer: string[]): { correct: boolean; details: TemplateResult | string };
  /** Draws right/wrong marks for an answer. */
  protected abstract markAnswer(answer: string[]): void;
  /** Shows the right answer (presenting); returns the explanation to show. */
  protected abstract showRightAnswer(): TemplateResult | string;
  protected abstract setAnswer(answer: string[]): void;
  abstract focusFirstControl(): void;
  protected emptyAnswerMessage(): string {
    return this.labels['quiz.chooseFirst'];
  }

  /** Grades the current answer, shows why, and (unless `silent`) tells the quiz. */
  check(silent = false): void {
    const answer = this.currentAnswer();
    this.clearMarks();
    if (answer.length === 0) {
      this._feedback = { result: 'missing', content: this.emptyAnswerMessage() };
      return;
    }
    const { correct, details } = this.grade(answer);
    this.markAnswer(answer);
    this._feedback = {
      result: correct ? 'correct' : 'wrong',
      content: html`<span class="verdict"
          >${correct ? `✓ ${this.labels['quiz.correct']}` : `✗ ${this.labels['quiz.wrong']}`}</span
        >
        ${details}`,
    };
    if (!silent) this.dispatchEvent(new QuizAnswerEvent(this.questionId, answer, correct));
  }

  /** Puts back an earlier answer with its verdict, to review a mistake. */
  restore(answer: string[]): void {
    this.setAnswer(answer);
    this.check(true);
  }

  reset(): void {
    this.setAnswer([]);
    this.answerChanged();
  }

  /** Call when the learner changes the answer: an old verdict no longer fits. */
  protected answerChanged(note?: string): void {
    this.clearMarks();
    this._feedback = note ? { result: 'info', content: note } : undefined;
  }

  /** Shows the right answer and why (presenting: the trainer's "Reveal answer"). */
  revealAnswer(): void {
    this.clearMarks();
    this._feedback = { result: 'info', content: this.showRightAnswer() };
  }

  /**
   * Puts an icon-and-word mark in `host`, so colour is never the only signal. `compact` (inside a
   * message's text) shows only the icon; the word stays for screen readers and in the feedback list.
   */
  protected mark(host: Element, kind: MarkKind, text: string, compact = false): void {
    let badge = this._marks.get(host);
    if (!badge) {
      badge = document.createElement('span');
      host.append(badge);
      this._marks.set(host, badge);
    }
    badge.className = compact ? 'quiz-mark compact' : 'quiz-mark';
    badge.dataset.mark = kind;
    const word = document.createElement('span');
    word.textContent = text;
    if (compact) word.className = 'visually-hidden';
    badge.replaceChildren(` ${MARK_ICON[kind]} `, word);
    (host as HTMLElement).dataset.result = kind;
  }

  protected clearMarks(): void {
    for (const [host, badge] of this._marks) {
      badge.remove();
      delete (host as HTMLElement).dataset.result;
    }
    this._marks.clear();
  }

  /** Text of an explanation rendered by the server inside `root`. */
  protected explanationIn(root: Element | null | undefined): string {
    return root?.querySelector(QUIZ_SELECTOR.explanationText)?.textContent.trim() ?? '';
  }

  override render() {
    if (!this.closest('lesson-quiz')?.labels) return html`<slot></slot>${withoutLabels(this)}`;
    const feedback = this._feedback;
    return html`<slot></slot>
      <p class="actions">
        ${
          this.mode === 'present'
            ? html`<button type="button" @click=${this.revealAnswer}>${this.labels['quiz.reveal']}</button>`
            : html`<button type="button" @click=${() => this.check()}>${this.labels['quiz.check']}</button>`
        }
      </p>
      <div class="feedback" role="status" data-result=${feedback?.result ?? ''}>
        ${feedback?.content ?? ''}
      </div>`;
  }
}
