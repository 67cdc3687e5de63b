import { z } from 'astro/zod';
import { DEFAULT_PASS_MARK } from '../lib/quiz';
import { authored } from './lesson-components';
import { TEXT_MAX } from './progress';
import { reviewTechnique } from './review';

/**
 * The quiz, typed. Lesson authors write MDX components (<Quiz>, <Question>, <Option>, <Item>,
 * <Message>, <Part>); each checks its props against a schema here, and <Question> turns what its
 * children wrote into one `QuizQuestion`. The renderers (components/quiz/*), the printed answer key
 * and the projector read that object, never re-parsed HTML.
 *
 * To add a question type, see README › "Add a question type".
 */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'order', 'red-flags'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a red-flags <Message> looks like on the phone. */
export const MESSAGE_KINDS = ['sms', 'chat', 'call', 'payment'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

const kebabId = z
  .string({ error: 'is required' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase-kebab, e.g. "where-install"')
  // Progress stores answers under it, with ids of at most this length.
  .max(TEXT_MAX, `must be at most ${TEXT_MAX} characters`);
const words = z.string({ error: 'is required' }).trim().min(1, 'is required');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const flag = z.boolean({ error: 'is written {true} or {false}, or left out' }).default(false);

// ---- What authors write: each MDX component's props ----

export const quizComponent = authored(
  'Quiz',
  '<Quiz passMark={80}><Question …/>…</Quiz>',
  z.strictObject({
    /** Percent of questions right first time needed to pass. */
    passMark: z
      .number({ error: 'must be a whole number from 1 to 100' })
      .int('must be a whole number from 1 to 100')
      .min(1, 'must be a whole number from 1 to 100')
      .max(100, 'must be a whole number from 1 to 100')
      .default(DEFAULT_PASS_MARK),
  }),
);

export const questionComponent = authored(
  'Question',
  '<Question id="where-install" prompt="…"><Option correct explanation="…">…</Option>…</Question>',
  z.strictObject({
    /** Unique in the lesson and the same in every language (answers are stored by it). */
    id: kebabId,
    type: oneOf(QUESTION_TYPES).default('single'),
    prompt: words,
    /** Why the answer is what it is: required for true-false, order and red-flags questions. */
    explanation: z.string().optional(),
    /** true-false only: whether the statement in `prompt` is true. */
    answer: z
      .union([z.boolean(), z.enum(['true', 'false'])], { error: 'is written {true} or {false}' })
      .transform((value) => value === true || value === 'true')
      .optional(),
    /** In a review pool (content/reviews/), the manipulation technique the question trains. */
    technique: reviewTechnique.optional(),
  }),
);
export type QuestionProps = z.output<typeof questionComponent.props>;

export const optionComponent = authored(
  'Option',
  '<Option correct explanation="Why it is right">the answer</Option>',
  z.strictObject({
    correct: flag,
    /** Why it is right or wrong, shown after the learner checks. */
    explanation: z.string().default(''),
  }),
);

/** An <Item> takes no props: its text is the step. */
export const itemComponent = authored('Item', '<Item>a step, in the right order</Item>', z.strictObject({}));

export const messageComponent = authored(
  'Message',
  '<Message kind="sms" from="Made-up sender">text with <Part flag explanation="…">a red flag</Part></Message>',
  z.strictObject({
    kind: oneOf(MESSAGE_KINDS).default('sms'),
    /** Sender or caller as shown on the phone (made up; numbers undiallable, links under .invalid). */
    from: words,
  }),
);

export const partComponent = authored(
  'Part',
  '<Part flag explanation="Why it is a warning sign">the suspicious words</Part>',
  z.strictObject({
    flag,
    /** Why it is, or is not, a warning sign. */
    explanation: z.string().default(''),
  }),
);

// ---- What the quiz is: one object per question ----

/** Rendered MDX children: the HTML to draw and its visible text (for checks and titles). */
const richText = z.object({ html: z.string(), text: z.string() });
export type RichText = z.output<typeof richText>;

const choice = z.object({
  /** `a`, `b`, …: what the element reports and progress stores. */
  id: z.string(),
  content: richText,
  correct: z.boolean(),
  explanation: richText,
});

const questionBase = { id: kebabId, prompt: z.string() };

export const quizQuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...questionBase, type: z.enum(['single', 'multiple']), options: z.array(choice).min(2) }),
  z.object({ ...questionBase, type: z.literal('true-false'), answer: z.boolean(), explanation: z.string() }),
  z.object({
    ...questionBase,
    type: z.literal('order'),
    /** In the right order; the page shows them mixed. */
    items: z.array(z.object({ id: z.string(), content: richText })).min(3),
    explanation: z.string(),
  }),
  z.object({
    ...questionBase,
    type: z.literal('red-flags'),
    message: z.object({
      kind: z.enum(MESSAGE_KINDS),
      fromHtml: z.string(),
      /** The message with each part drawn as `span.rf-part[data-part]`. */
      bodyHtml: z.string(),
      parts: z
        .array(z.object({ id: z.string(), content: richText, flag: z.boolean(), explanation: richText }))
        .min(1),
    }),
    explanation: z.string(),
  }),
]);
export type QuizQuestion = z.output<typeof quizQuestionSchema>;
export type ChoiceQuestion = Extract<QuizQuestion, { type: 'single' | 'multiple' }>;
export type TrueFalseQuestion = Extract<QuizQuestion, { type: 'true-false' }>;
export type OrderQuestion = Extract<QuizQuestion, { type: 'order' }>;
export type RedFlagsQuestion = Extract<QuizQuestion, { type: 'red-flags' }>;

/** A lesson's quiz as its page renders it: each question and the HTML it drew. */
export interface RenderedQuiz {
  passMark: number;
  questions: Array<{ question: QuizQuestion; html: string }>;
}
