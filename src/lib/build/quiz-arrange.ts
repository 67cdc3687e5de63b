import type { RenderedQuiz } from '../../schemas/quiz';
import { LessonContentError } from './content-error';
import { inDisplayOrder, type OptionOrder } from './quiz-layout';

/**
 * Puts a rendered quiz's choice options in the site's display order (quiz-layout.ts). It happens
 * where the lesson's view takes the quiz out (lesson-content.ts), because that is the first place
 * that knows which lesson it is: a lesson's MDX may render before its page asks for it (Astro
 * renders content early to collect what goes in <head>), and a booklet renders several lessons.
 *
 * The choice renderer marks each option's <li> with `optionMark(i)` (i as written) and the end of
 * the list with OPTIONS_END; here the marked pieces are put in order and the marks dropped.
 */
export const optionMark = (i: number) => `<!--hs-option:${i}-->`;
export const OPTIONS_END = '<!--hs-options-end-->';
const MARK = /<!--hs-option:(\d+)-->/g;

/** A choice question's HTML with its marked options in `order` (as written without one). */
export function arrangeOptionsHtml(html: string, order: OptionOrder | undefined): string {
  const first = html.search(MARK);
  const end = html.indexOf(OPTIONS_END);
  if (first === -1 || end === -1) return html;
  const pieces = html.slice(first, end).split(MARK).slice(1);
  // split() with a capture group alternates: index as written, then that option's HTML.
  const options: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) options[Number(pieces[i])] = pieces[i + 1]!;
  return (
    html.slice(0, first) + inDisplayOrder(options, order).join('') + html.slice(end + OPTIONS_END.length)
  );
}

/** The quiz with each choice question's options, drawn and as data, in display order. */
export function arrangeQuiz(quiz: RenderedQuiz, optionOrder: ReadonlyMap<string, OptionOrder>): RenderedQuiz {
  return {
    ...quiz,
    questions: quiz.questions.map(({ question, html }) => {
      if (question.type !== 'single' && question.type !== 'multiple')
        return { question, html: arrangeOptionsHtml(html, undefined) };
      const order = optionOrder.get(question.id);
      if (order && [...order].sort((a, b) => a - b).join() !== question.options.map((_, i) => i).join())
        throw new LessonContentError(`<Question id="${question.id}">`, [
          `the quiz layout orders ${order.length} options but the question has ${question.options.length}`,
        ]);
      return {
        question: { ...question, options: inDisplayOrder(question.options, order) },
        html: arrangeOptionsHtml(html, order),
      };
    }),
  };
}
