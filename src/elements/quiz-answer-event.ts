/** Fired by a quiz question each time the learner checks an answer. */
export class QuizAnswerEvent extends Event {
  static readonly eventName = 'quiz-answer';
  constructor(
    readonly questionId: string,
    /** Chosen option values, flagged part ids, or item ids in the order placed. */
    readonly answer: string[],
    readonly correct: boolean,
  ) {
    super(QuizAnswerEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quiz-answer': QuizAnswerEvent;
  }
}
