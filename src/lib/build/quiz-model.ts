import { ANSWERS_PER_QUESTION_MAX } from '../../schemas/progress';
import {
  quizQuestionSchema,
  type QuestionProps,
  type QuestionType,
  type QuizQuestion,
} from '../../schemas/quiz';
import { LessonContentError } from './content-error';
import { readChildren } from './mdx-children';
import { escapeHtml, plainText, textOf } from './rich-text';
import { unsafeExampleProblems } from './content-rules';
import { positionLetter } from './quiz-layout';

/**
 * Everything the build knows about each question type, besides its data (src/schemas/quiz.ts) and
 * its drawing (components/quiz/*): how it is written, the rules it keeps, how it becomes a
 * QuizQuestion and what the printed answer key says. Each is a `switch` over the type, so
 * TypeScript points at every place a new type needs. Build-time only.
 */

/** How each question type is written, shown with any mistake in it. */
export const QUESTION_USAGE: Record<QuizQuestion['type'], string> = {
  single:
    '<Question id="…" prompt="…"><Option correct explanation="…">…</Option><Option explanation="…">…</Option></Question>',
  multiple:
    '<Question id="…" type="multiple" prompt="…"><Option correct explanation="…">…</Option>…</Question>',
  'true-false': '<Question id="…" type="true-false" prompt="…" answer={false} explanation="…" />',
  order:
    '<Question id="…" type="order" prompt="…" explanation="…"><Item>first</Item><Item>second</Item><Item>third</Item></Question>',
  'red-flags':
    '<Question id="…" type="red-flags" prompt="…" explanation="…"><Message kind="sms" from="…">text <Part flag explanation="…">suspicious bit</Part></Message></Question>',
};

export interface QuestionDraft {
  type: QuestionType;
  /** Question-level explanation (true/false, order and red-flag questions). */
  explanation?: string | undefined;
  /** true/false questions: whether the statement is true. */
  answer?: boolean | undefined;
  options: Array<{ text: string; correct: boolean; explanation: string }>;
  items: Array<{ text: string }>;
  parts: Array<{ text: string; flag: boolean; explanation: string }>;
  /** How many <Message>s it has, and all their text, sender included. */
  messages: number;
  messageText?: string;
  /** Text written in the question but outside any <Option>, <Item> or <Message>. */
  strayText?: string;
}

const blank = (text: string | undefined) => !text?.trim();

function choiceRules(q: QuestionDraft): string[] {
  const problems: string[] = [];
  if (q.options.length < 2) problems.push(`needs at least two <Option>s, found ${q.options.length}`);
  q.options.forEach((option, i) => {
    if (blank(option.text)) problems.push(`option ${i + 1} has no text`);
    if (blank(option.explanation)) {
      problems.push(`option ${i + 1} ("${option.text.trim()}") needs an explanation="…"`);
    }
  });
  const right = q.options.filter((option) => option.correct).length;
  if (q.type === 'single' && right !== 1) {
    problems.push(`a single-choice question needs exactly one <Option correct>, found ${right}`);
  }
  if (q.type === 'multiple' && right === 0) {
    problems.push(`a multiple-choice question needs at least one <Option correct>`);
  }
  return problems;
}

function orderRules(q: QuestionDraft): string[] {
  const problems: string[] = [];
  if (q.items.length < 3)
    problems.push(`an order question needs at least 3 <Item>s, found ${q.items.length}`);
  if (q.items.some((item) => blank(item.text))) problems.push(`every <Item> needs text`);
  const texts = q.items.map((item) => item.text.trim());
  if (new Set(texts).size !== texts.length) problems.push(`two <Item>s have the same text`);
  return problems;
}

function redFlagsRules(q: QuestionDraft): string[] {
  const problems: string[] = [];
  if (q.messages !== 1) problems.push(`needs exactly one <Message> with <Part>s, found ${q.messages}`);
  if (q.messages > 0 && !q.parts.some((part) => part.flag))
    problems.push(`a red-flags question needs at least one <Part flag>`);
  problems.push(...unsafeExampleProblems(q.messageText ?? ''));
  q.parts.forEach((part, i) => {
    if (blank(part.text)) problems.push(`part ${i + 1} has no text`);
    if (blank(part.explanation)) {
      problems.push(`part ${i + 1} ("${part.text.trim()}") needs an explanation="…"`);
    }
  });
  return problems;
}

/** Each type's children, and whether it needs its own explanation (others explain each option). */
const SHAPE: Record<
  QuestionType,
  { takes: ReadonlyArray<'Option' | 'Item' | 'Message'>; explained: boolean }
> = {
  single: { takes: ['Option'], explained: false },
  multiple: { takes: ['Option'], explained: false },
  'true-false': { takes: [], explained: true },
  order: { takes: ['Item'], explained: true },
  'red-flags': { takes: ['Message'], explained: true },
};

/** Everything wrong with one question's children, each a sentence about that question. */
export function validateQuestion(q: QuestionDraft): string[] {
  const shape = SHAPE[q.type];
  const problems: string[] = [];
  if (shape.explained && blank(q.explanation))
    problems.push(`explanation="…" is required on a ${q.type} question`);
  if (!blank(q.strayText)) {
    problems.push(`the text "${q.strayText!.slice(0, 40)}" is outside any <Option>, <Item> or <Message>`);
  }
  const found = { Option: q.options.length, Item: q.items.length, Message: q.messages };
  for (const child of ['Option', 'Item', 'Message'] as const) {
    if (found[child] > 0 && !shape.takes.includes(child))
      problems.push(`a ${q.type} question takes no <${child}>`);
  }
  // Progress stores each answer's choices; more than it keeps would make a learner's record unreadable.
  for (const [child, n] of [
    ['Option', q.options.length],
    ['Item', q.items.length],
    ['Part', q.parts.length],
  ] as const) {
    if (n > ANSWERS_PER_QUESTION_MAX)
      problems.push(`has ${n} <${child}>s; at most ${ANSWERS_PER_QUESTION_MAX}`);
  }
  switch (q.type) {
    case 'single':
    case 'multiple':
      return [...problems, ...choiceRules(q)];
    case 'true-false':
      return q.answer === undefined
        ? [...problems, `a true-false question needs answer={true} or answer={false}`]
        : problems;
    case 'order':
      return [...problems, ...orderRules(q)];
    case 'red-flags':
      return [...problems, ...redFlagsRules(q)];
  }
}

/** `a`, `b`, …: how options and items are told apart in the page and in stored answers. */
const letter = (i: number) => String.fromCharCode(97 + i);

/**
 * One question as an object, from its checked props and the HTML its children rendered (their
 * values arrive through mdx-children tokens). Throws a LessonContentError listing every mistake.
 */
export function buildQuestion(props: QuestionProps, childrenHtml: string): QuizQuestion {
  const options = readChildren('option', childrenHtml);
  const items = readChildren('item', options.html);
  const messages = readChildren('message', items.html);
  const message = messages.values[0];
  const problems = validateQuestion({
    type: props.type,
    explanation: props.explanation,
    answer: props.answer,
    options: options.values.map((o) => ({
      text: o.content.text,
      correct: o.correct,
      explanation: o.explanation,
    })),
    items: items.values.map((item) => ({ text: item.content.text })),
    parts:
      message?.parts.map((p) => ({ text: p.content.text, flag: p.flag, explanation: p.explanation })) ?? [],
    messages: messages.values.length,
    ...(message ? { messageText: message.text } : {}),
    strayText: textOf(messages.html),
  });
  const at = `<Question id="${props.id}">`;
  if (problems.length > 0)
    throw new LessonContentError(at, problems, `Write it like: ${QUESTION_USAGE[props.type]}`);

  const { id, prompt } = props;
  const explanation = props.explanation?.trim() ?? '';
  const question: QuizQuestion =
    props.type === 'single' || props.type === 'multiple'
      ? {
          id,
          prompt,
          type: props.type,
          // As written; the lesson's view puts them in display order (quiz-arrange.ts), ids unchanged.
          options: options.values.map((o, i) => ({
            id: letter(i),
            content: o.content,
            correct: o.correct,
            explanation: plainText(o.explanation),
          })),
        }
      : props.type === 'true-false'
        ? { id, prompt, type: 'true-false', answer: props.answer!, explanation }
        : props.type === 'order'
          ? {
              id,
              prompt,
              type: 'order',
              items: items.values.map((item, i) => ({ id: letter(i), content: item.content })),
              explanation,
            }
          : {
              id,
              prompt,
              type: 'red-flags',
              message: {
                kind: message!.kind,
                fromHtml: message!.fromHtml,
                bodyHtml: message!.bodyHtml,
                parts: message!.parts.map((p) => ({
                  id: p.id,
                  content: p.content,
                  flag: p.flag,
                  explanation: plainText(p.explanation),
                })),
              },
              explanation,
            };
  // The object is what every view draws from: hold it to its schema, not just to the type checker.
  return quizQuestionSchema.parse(question);
}

export interface AnswerKeyEntry {
  kind: 'choice' | 'order' | 'red-flags';
  promptHtml: string;
  /**
   * Right options, the right order, or the parts that are red flags, each with why; a choice
   * option with the letter it shows under (A, B, …).
   */
  answers: { html: string; explanationHtml: string; letter?: string }[];
  /** Why, for the question as a whole (order and red-flags questions). */
  explanationHtml: string;
}

/** Every question's answer with why, as the printed key shows it. */
export function answerKey(
  questions: readonly QuizQuestion[],
  words: { true: string; false: string },
): AnswerKeyEntry[] {
  return questions.map((q): AnswerKeyEntry => {
    const promptHtml = escapeHtml(q.prompt);
    switch (q.type) {
      case 'single':
      case 'multiple':
        return {
          kind: 'choice',
          promptHtml,
          answers: q.options.flatMap((option, position) =>
            option.correct
              ? [
                  {
                    html: option.content.html,
                    explanationHtml: option.explanation.html,
                    letter: positionLetter(position),
                  },
                ]
              : [],
          ),
          explanationHtml: '',
        };
      case 'true-false':
        return {
          kind: 'choice',
          promptHtml,
          answers: [
            {
              html: escapeHtml(q.answer ? words.true : words.false),
              explanationHtml: escapeHtml(q.explanation),
            },
          ],
          explanationHtml: '',
        };
      case 'order':
        return {
          kind: 'order',
          promptHtml,
          answers: q.items.map((item) => ({ html: item.content.html, explanationHtml: '' })),
          explanationHtml: escapeHtml(q.explanation),
        };
      case 'red-flags':
        return {
          kind: 'red-flags',
          promptHtml,
          answers: q.message.parts
            .filter((part) => part.flag)
            .map((part) => ({ html: part.content.html, explanationHtml: part.explanation.html })),
          explanationHtml: escapeHtml(q.explanation),
        };
    }
  });
}
