import { LitElement, html } from 'lit';
import { StoreController } from '@nanostores/lit';
import { $progress, newAttemptId, saveQuizAttempt, visitLesson } from '../stores/progress';
import { $storageWorks } from '../stores/safe-storage';
import { DEFAULT_PASS_MARK, scoreQuiz, type QuizResult } from '../lib/quiz';
import { format } from '../i18n/format';
import { controlStyles } from './shared.styles';
import type { QuizAnswerEvent } from './quiz-answer-event';
import type { QuizQuestion } from './quiz-question';

/**
 * @summary A lesson's quiz: collects each question's first answer, scores the quiz when every
 * question is answered, records the attempt, and shows the stored result on later visits.
 * Visiting a page with this element also records the lesson visit.
 * @slot - the server-rendered questions (`<quiz-question>` elements)
 */
export class LessonQuiz extends LitElement {
  static override properties = {
    lesson: {},
    passMark: { attribute: 'pass-mark', type: Number },
    scoreTemplate: { attribute: 'score-template' },
    passedLabel: { attribute: 'passed-label' },
    failedTemplate: { attribute: 'failed-template' },
    retakeLabel: { attribute: 'retake-label' },
    bestTemplate: { attribute: 'best-template' },
    completedTemplate: { attribute: 'completed-template' },
    storageLabel: { attribute: 'storage-label' },
    _result: { state: true },
  };
  static override styles = [controlStyles];

  declare lesson: string;
  declare passMark: number;
  declare scoreTemplate: string;
  declare passedLabel: string;
  declare failedTemplate: string;
  declare retakeLabel: string;
  declare bestTemplate: string;
  declare completedTemplate: string;
  declare storageLabel: string;
  declare _result: QuizResult | undefined;

  private readonly _progress = new StoreController(this, $progress);
  private readonly _storage = new StoreController(this, $storageWorks);
  /** First answer per question id in this attempt: what the score counts. */
  private _firstAnswers = new Map<string, { optionId: string; correct: boolean }>();

  constructor() {
    super();
    this.lesson = '';
    this.passMark = DEFAULT_PASS_MARK;
    this.scoreTemplate = '{correct}/{total} ({percent}%)';
    this.passedLabel = 'Passed.';
    this.failedTemplate = 'Not passed: {passMark}% needed.';
    this.retakeLabel = 'Retake';
    this.bestTemplate = 'Best: {percent}% ({attempts})';
    this.completedTemplate = 'Completed on {date}.';
    this.storageLabel = '';
    this._result = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('quiz-answer', this._onAnswer);
    if (this.lesson) visitLesson(this.lesson);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('quiz-answer', this._onAnswer);
    super.disconnectedCallback();
  }

  override render() {
    const record = this._progress.value.lessons[this.lesson];
    const result = this._result;
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
                  ${format(this.scoreTemplate, { correct: result.correct, total: result.total, percent: result.score })}
                </p>
                <p class="verdict">
                  ${result.passed ? this.passedLabel : format(this.failedTemplate, { passMark: this.passMark })}
                </p>`
            : ''
        }
      </div>
      ${result ? html`<p><button type="button" class="secondary" @click=${this._retake}>${this.retakeLabel}</button></p>` : ''}
      ${
        record && record.attempts.length > 0
          ? html`<div class="summary">
              ${record.completed ? html`<p>${format(this.completedTemplate, { date: this._date(record.completed) })}</p>` : ''}
              <p>
                ${format(this.bestTemplate, { percent: record.bestScore ?? 0, attempts: record.attempts.length })}
              </p>
            </div>`
          : ''
      }
      ${this._storage.value ? '' : html`<p class="feedback" data-result="wrong">${this.storageLabel}</p>`}`;
  }

  private _questions(): QuizQuestion[] {
    return [...this.querySelectorAll('quiz-question')];
  }

  private _onAnswer = (event: QuizAnswerEvent): void => {
    if (this._result || this._firstAnswers.has(event.questionId)) return;
    this._firstAnswers.set(event.questionId, { optionId: event.optionId, correct: event.correct });
    const questions = this._questions();
    if (this._firstAnswers.size < questions.length) return;

    const answers = [...this._firstAnswers];
    const result = scoreQuiz(
      answers.map(([, a]) => a.correct),
      this.passMark,
    );
    this._result = result;
    saveQuizAttempt(this.lesson, {
      id: newAttemptId(),
      at: new Date().toISOString(),
      correct: result.correct,
      total: result.total,
      score: result.score,
      answers: Object.fromEntries(answers.map(([id, a]) => [id, a.optionId])),
      passed: result.passed,
    });
  };

  private _retake(): void {
    this._firstAnswers = new Map();
    this._result = undefined;
    const questions = this._questions();
    for (const question of questions) question.reset();
    questions[0]?.focusFirstOption();
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
