import { LitElement, css, html, nothing } from 'lit';
import './quiz-elements';
import { StoreController } from './store-controller';
import { $lessons } from '../stores/progress';
import { saveReview } from '../stores/review';
import { chooseQuestions, nextReviewDate, roundNow, type PoolQuestion } from '../lib/review';
import type { ReviewRound } from '../schemas/progress';
import { format } from '../i18n/format';
import type { Labels, reviewLabelKeys } from '../i18n/client-labels';
import { controlStyles } from './shared.styles';
import { withoutLabels } from './labels';
import type { QuizAnswerEvent } from './quiz-answer-event';
import type { LessonQuiz } from './lesson-quiz';

/**
 * @summary A lesson's "Ôn lại 2 phút" (issue #21): three questions from the lesson's review pool
 * that the learner hasn't seen, answered one by one with the explanation at once, then recorded in
 * their progress (which round, which questions, how many right first time). The page holds the whole
 * pool as templates, and a review-mode quiz holding the three a learner with no review yet gets;
 * this picks the questions (lib/review.ts) and, if they are others, puts them in a fresh quiz.
 * @slot - the page's quiz and the pool's <template data-question> elements
 */
export class ReviewSession extends LitElement {
  static override properties = {
    lesson: {},
    pool: { type: Array },
    labels: { type: Object },
    homeUrl: { attribute: 'home-url' },
    _round: { state: true },
    _result: { state: true },
  };
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      a {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: var(--hs-space-2) 1.25rem;
        border-radius: var(--hs-radius);
        border: 2px solid var(--hs-accent);
        color: var(--hs-accent);
        font-weight: 700;
        text-decoration: none;
      }
    `,
  ];

  declare lesson: string;
  declare pool: PoolQuestion[];
  declare labels: Labels<typeof reviewLabelKeys> | undefined;
  declare homeUrl: string;
  /** The round this review counts as, fixed when it starts. */
  declare _round: ReviewRound | undefined;
  declare _result: { correct: number; total: number } | undefined;
  private readonly _progress = new StoreController(this, $lessons);
  private _shown: string[] = [];
  /** Whether each question was right at its first check: what the review counts. */
  private _firstAnswers = new Map<string, boolean>();

  constructor() {
    super();
    this.lesson = '';
    this.pool = [];
    this.labels = undefined;
    this.homeUrl = '';
    this._round = undefined;
    this._result = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('quiz-answer', this._onAnswer);
    this._start();
  }

  override disconnectedCallback(): void {
    this.removeEventListener('quiz-answer', this._onAnswer);
    super.disconnectedCallback();
  }

  override render() {
    const l = this.labels;
    if (!l) return withoutLabels(this);
    const result = this._result;
    const round = this._round;
    const next = result && nextReviewDate(this._progress.value, [this.lesson], new Date());
    // All said at the end, so nothing above the questions changes as the code arrives.
    return html`<slot></slot>
      <div
        class="feedback"
        role="status"
        data-result=${result ? (result.correct === result.total ? 'correct' : 'wrong') : ''}
      >
        ${
          result
            ? html`<p>${format(l['review.result'], result)}</p>
                <p>
                  ${round === 0 ? l['review.notDue'] : l[round === 1 ? 'review.due1' : 'review.due2']}
                  ${next ? format(l['review.next'], { date: this._date(next) }) : round === 2 ? l['review.finished'] : nothing}
                </p>`
            : nothing
        }
      </div>
      ${
        result
          ? html`<p class="actions">
              <button type="button" class="secondary" @click=${this._again}>${l['review.more']}</button>
              <a href=${this.homeUrl}>${l['review.home']}</a>
            </p>`
          : nothing
      }`;
  }

  /**
   * Picks the questions; the page's quiz stays if it holds them (a learner's first review), else a
   * fresh quiz with them takes its place.
   */
  private _start(): void {
    const record = this._progress.value[this.lesson];
    const chosen = chooseQuestions(this.pool, record).map((question) => question.id);
    this._round = roundNow(record, this.lesson, new Date());
    this._result = undefined;
    this._firstAnswers = new Map();
    const current = this.querySelector<LessonQuiz>('lesson-quiz');
    const shown = [...(current?.querySelectorAll('[question-id]') ?? [])].map((q) =>
      q.getAttribute('question-id'),
    );
    const fresh = this._shown.length === 0;
    this._shown = chosen;
    if (current && fresh && shown.join() === chosen.join()) return;
    const quiz = document.createElement('lesson-quiz');
    quiz.lesson = this.lesson;
    quiz.mode = 'review';
    const labels = current?.getAttribute('labels');
    if (labels) quiz.setAttribute('labels', labels);
    const list = document.createElement('ol');
    list.className = 'quiz-list';
    for (const id of chosen) {
      const template = this.querySelector<HTMLTemplateElement>(`template[data-question="${id}"]`);
      if (template) list.append(template.content.cloneNode(true));
    }
    quiz.append(list);
    if (current) current.replaceWith(quiz);
    else this.prepend(quiz);
  }

  /**
   * Each answer shows which trick the question was about; once every question has its first answer,
   * the review is recorded (its quiz, in review mode, records nothing).
   */
  private _onAnswer = (event: QuizAnswerEvent): void => {
    const item = (event.target as Element).closest('li');
    item?.querySelector('.review-technique')?.removeAttribute('hidden');
    if (this._result || this._firstAnswers.has(event.questionId)) return;
    this._firstAnswers.set(event.questionId, event.correct);
    if (this._firstAnswers.size < this._shown.length) return;
    const correct = [...this._firstAnswers.values()].filter(Boolean).length;
    saveReview(this.lesson, this._round ?? 0, this._shown, correct);
    this._result = { correct, total: this._shown.length };
  };

  private async _again(): Promise<void> {
    this._start();
    await this.updateComplete;
    const quiz = this.querySelector<LessonQuiz>('lesson-quiz');
    await quiz?.updateComplete;
    const first = quiz?.querySelector<
      HTMLElement & { focusFirstControl?: () => void; updateComplete?: Promise<unknown> }
    >('quiz-choice, quiz-order, quiz-red-flags');
    await first?.updateComplete;
    first?.focusFirstControl?.();
  }

  private _date(iso: string): string {
    const lang = document.documentElement.lang || 'vi';
    return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long' }).format(
      new Date(iso),
    );
  }
}

customElements.define('review-session', ReviewSession);

declare global {
  interface HTMLElementTagNameMap {
    'review-session': ReviewSession;
  }
}
