import { LitElement, css, html } from 'lit';
import { StoreController } from './store-controller';
import { $lessons, saveQuizAttempt, visitLesson } from '../stores/progress';
import { DEFAULT_PASS_MARK } from '../lib/quiz';
import type { FirstAnswer } from '../lib/quiz-attempt';
import type { QuizAttempt } from '../schemas/progress';
import { format } from '../i18n/format';
import type { QuizLabels } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import type { QuizAnswerEvent } from './quiz-answer-event';
import type { QuizMode, QuizQuestionBase } from './quiz-question-base';

/**
 * @summary A lesson's quiz: keeps each question's first answer, scores the quiz once every question
 * is answered, records the attempt, and offers "review mistakes" and "retake". Shows the stored
 * result on later visits, and records the lesson visit. A pass that completes the lesson is
 * celebrated, calmly: a check, the topic's icon and how many lessons of the course are done. With
 * mode="present" (a trainer's screen) questions offer "Reveal answer" and nothing is recorded. With
 * mode="review" (a review's questions, issue #21) it records nothing either: the review around it
 * counts the answers and records them.
 * @slot - the server-rendered questions
 */
export class LessonQuiz extends LitElement {
  static override properties = {
    lesson: {},
    passMark: { attribute: 'pass-mark', type: Number },
    labels: { type: Object },
    mode: {},
    _result: { state: true },
    _reviewing: { state: true },
  };
  static override styles = [
    controlStyles,
    // The lesson done: a check that draws itself and the topic's icon filled in. Still for anyone
    // who asks the system for less motion.
    css`
      .done svg {
        width: 2.75rem;
        height: 2.75rem;
        margin: 0 0.5rem 0.25rem 0;
        padding: 0.45rem;
        border-radius: 50%;
        vertical-align: middle;
        background: var(--hs-good);
        color: var(--hs-bg);
        fill: none;
        stroke: currentColor;
        stroke-width: 2.5;
        stroke-linecap: round;
        stroke-linejoin: round;
      }
      .done svg + svg {
        background: var(--hs-accent);
      }
      @media (prefers-reduced-motion: no-preference) {
        .done path {
          stroke-dasharray: 22;
          animation: draw 0.7s ease-out both;
        }
        @keyframes draw {
          from {
            stroke-dashoffset: 22;
          }
        }
      }
    `,
  ];

  declare lesson: string;
  declare passMark: number;
  declare labels: QuizLabels | undefined;
  declare mode: QuizMode;
  declare _result: QuizAttempt | undefined;
  declare _reviewing: boolean;

  private readonly _progress = new StoreController(this, $lessons);
  /** First answer per question id in this attempt: what the score counts and what review shows. */
  private _firstAnswers = new Map<string, FirstAnswer>();

  constructor() {
    super();
    this.lesson = '';
    this.passMark = DEFAULT_PASS_MARK;
    this.labels = undefined;
    this.mode = 'learn';
    this._result = undefined;
    this._reviewing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('quiz-answer', this._onAnswer);
    if (this.lesson && this.mode === 'learn') visitLesson(this.lesson);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('quiz-answer', this._onAnswer);
    super.disconnectedCallback();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('mode')) for (const question of this._questions()) question.mode = this.mode;
  }

  override render() {
    if (this.mode !== 'learn') return html`<slot></slot>`;
    const l = this.labels;
    if (!l) return html`<slot></slot>${withoutLabels(this)}`;
    const record = this._progress.value[this.lesson];
    const result = this._result;
    const mistakes = [...this._firstAnswers.values()].some((a) => !a.correct);
    const topicIcon =
      result?.passed && this.closest('article')?.querySelector('.crumb use')?.getAttribute('href');
    return html`<slot></slot>
      <div
        class="feedback"
        role="status"
        data-quiz-result
        data-result=${result ? (result.passed ? 'correct' : 'wrong') : ''}
      >
        ${
          result
            ? html`<p>
                  ${format(l['quiz.score'], { correct: result.correct, total: result.total, percent: result.score })}
                </p>
                ${
                  result.passed
                    ? html`<p class="verdict done">
                        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12.5l4.5 4.5L19 7.5" /></svg
                        >${
                          // The topic's icon, as the lesson's header shows it (LessonArticle.astro):
                          // read there rather than sent twice in the page.
                          topicIcon ? html`<svg aria-hidden="true"><use href=${topicIcon}></use></svg>` : ''
                        }${l['quiz.passed']}
                        ${format(l['quiz.doneCount'], {
                          done: Object.values(this._progress.value).filter((r) => r.completed).length,
                        })}
                      </p>`
                    : html`<p class="verdict">✗ ${format(l['quiz.failed'], { passMark: this.passMark })}</p>`
                }`
            : ''
        }
      </div>
      ${
        result
          ? html`<p class="actions">
              ${
                mistakes
                  ? html`<button type="button" class="secondary" @click=${this._toggleReview}>
                      ${this._reviewing ? l['quiz.showAll'] : l['quiz.review']}
                    </button>`
                  : ''
              }
              <button type="button" class="secondary" @click=${this._retake}>${l['quiz.retake']}</button>
            </p>`
          : ''
      }
      ${
        record && record.attempts.length > 0
          ? html`<div class="summary">
              ${record.completed ? html`<p>${format(l['quiz.completedOn'], { date: this._date(record.completed) })}</p>` : ''}
              <p>
                ${format(l['quiz.previous'], { percent: record.bestScore ?? 0, attempts: record.attempts.length })}
              </p>
            </div>`
          : ''
      }`;
  }

  private _questions(): QuizQuestionBase[] {
    return [...this.querySelectorAll<QuizQuestionBase>('quiz-choice, quiz-order, quiz-red-flags')];
  }

  private _onAnswer = (event: QuizAnswerEvent): void => {
    if (this.mode !== 'learn' || this._result || this._firstAnswers.has(event.questionId)) return;
    this._firstAnswers.set(event.questionId, { answer: event.answer, correct: event.correct });
    if (this._firstAnswers.size < this._questions().length) return;

    this._result = saveQuizAttempt(this.lesson, this._firstAnswers, this.passMark);
  };

  /** Review: only the questions missed first time, each showing that first answer and why. */
  private _toggleReview(): void {
    this._reviewing = !this._reviewing;
    let first: QuizQuestionBase | undefined;
    for (const question of this._questions()) {
      const first_ = this._firstAnswers.get(question.questionId);
      const hide = this._reviewing && first_?.correct === true;
      question.closest('li')?.toggleAttribute('hidden', hide);
      if (this._reviewing && first_ && !first_.correct) {
        question.restore(first_.answer);
        first ??= question;
      }
    }
    first?.focusFirstControl();
  }

  private _retake(): void {
    this._firstAnswers = new Map();
    this._result = undefined;
    this._reviewing = false;
    const questions = this._questions();
    for (const question of questions) {
      question.closest('li')?.removeAttribute('hidden');
      question.reset();
    }
    questions[0]?.focusFirstControl();
  }

  private _date(iso: string): string {
    const lang = document.documentElement.lang || 'vi';
    return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short' }).format(
      new Date(iso),
    );
  }
}

customElements.define('lesson-quiz', LessonQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-quiz': LessonQuiz;
  }
}
