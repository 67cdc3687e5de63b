/**
 * The class names the quiz's server markup (components/quiz/*, components/mdx/Message.astro) and
 * its elements (elements/quiz-*.ts) agree on: the renderers draw them, the elements find them. The
 * stylesheets (styles/base.css, guide.css, deck.css) use the same names.
 */
export const QUIZ_CLASS = {
  /** One answer of a choice question: `li`, with `data-correct` when right. */
  option: 'quiz-option',
  /** The answer key inside a question (order and red-flags), shown after checking and on paper. */
  key: 'quiz-key',
  /** Why an answer is right or wrong. */
  explanationText: 'quiz-explanation-text',
  orderList: 'order-list',
  /** One step of an order question: `li` with `data-item`. */
  orderItem: 'order-item',
  orderText: 'order-text',
  /** A tappable bit of a red-flags message: `span` with `data-part` (and `data-flag`). */
  part: 'rf-part',
  /** A part's words as the key repeats them. */
  partKeyText: 'rf-key-text',
} as const;

/** The same names as CSS selectors (`.quiz-option`), for the elements' queries. */
export const QUIZ_SELECTOR = Object.fromEntries(
  Object.entries(QUIZ_CLASS).map(([name, value]) => [name, `.${value}`]),
) as { readonly [K in keyof typeof QUIZ_CLASS]: `.${(typeof QUIZ_CLASS)[K]}` };
