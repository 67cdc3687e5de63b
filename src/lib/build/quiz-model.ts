import { quizQuestionSchema, type QuestionProps, type QuizQuestion } from '../../schemas/quiz';
import { LessonContentError } from './content-error';
import { readChildren } from './mdx-children';
import { plainText, textOf } from './rich-text';
import { validateQuestion } from './quiz-validation';

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
