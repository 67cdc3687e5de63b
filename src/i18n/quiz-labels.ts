import type { UiKey } from './vi';
import type { Translate } from './index';

/** The strings quiz elements show in the browser, handed to them once per quiz as JSON. */
const quizLabelKeys = {
  check: 'quiz.check',
  reveal: 'quiz.reveal',
  correct: 'quiz.correct',
  rightAnswer: 'quiz.rightAnswer',
  wrong: 'quiz.wrong',
  chooseFirst: 'quiz.chooseFirst',
  chooseFlag: 'quiz.chooseFlag',
  moveUp: 'quiz.moveUp',
  moveDown: 'quiz.moveDown',
  moveUpItem: 'quiz.moveUpItem',
  moveDownItem: 'quiz.moveDownItem',
  moved: 'quiz.moved',
  inPlace: 'quiz.inPlace',
  shouldBe: 'quiz.shouldBe',
  flagged: 'quiz.flagged',
  flagFound: 'quiz.flagFound',
  flagMissed: 'quiz.flagMissed',
  flagWrong: 'quiz.flagWrong',
  optionFound: 'quiz.optionFound',
  optionMissed: 'quiz.optionMissed',
  optionWrong: 'quiz.optionWrong',
  score: 'quiz.score',
  passed: 'quiz.passed',
  failed: 'quiz.failed',
  retake: 'quiz.retake',
  review: 'quiz.review',
  showAll: 'quiz.showAll',
  best: 'quiz.previous',
  completedOn: 'quiz.completedOn',
} as const satisfies Record<string, UiKey>;

export type QuizLabels = Record<keyof typeof quizLabelKeys, string>;

/** Templates keep their `{placeholders}`: the elements fill them in. */
export function quizLabels(t: Translate): QuizLabels {
  return Object.fromEntries(Object.entries(quizLabelKeys).map(([name, key]) => [name, t(key)])) as QuizLabels;
}
