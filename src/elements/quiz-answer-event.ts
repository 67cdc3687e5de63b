/** Fired by `<quiz-question>` each time the learner checks an answer. */
export class QuizAnswerEvent extends Event {
  static readonly eventName = 'quiz-answer';
  constructor(
    readonly questionId: string,
    readonly optionId: string,
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
