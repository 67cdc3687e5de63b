import type { RenderedQuiz } from '../../schemas/quiz';
import type { OptionOrder } from './quiz-layout';
import { arrangeQuiz } from './quiz-arrange';
import { LessonContentError, locateErrors } from './content-error';
import { readChildren, strayChildren } from './mdx-children';

/**
 * Renders a lesson's MDX (through `render`, the component's default slot) and takes out its quiz,
 * which each view places itself: the article after the key terms, the projector as screens.
 * Any content mistake inside names `sourceFile`. Choice questions show their options in
 * `optionOrder` (the site's quiz layout for this lesson). Build-time only.
 */
export async function renderLessonContent(
  sourceFile: string,
  render: () => Promise<string>,
  quizPlace = '',
  optionOrder: ReadonlyMap<string, OptionOrder> = new Map(),
): Promise<{ html: string; quiz: RenderedQuiz | undefined }> {
  return locateErrors({ file: sourceFile }, async () => {
    const rendered = await render();
    const { values: quizzes, html } = readChildren('quiz', rendered, () => quizPlace);
    if (quizzes.length > 1)
      throw new LessonContentError('<Quiz>', [`a lesson has one <Quiz>, found ${quizzes.length}`]);
    const stray = strayChildren(html);
    if (stray.length > 0) {
      const parent: Record<string, string> = {
        option: 'Question',
        item: 'Question',
        message: 'Question',
        part: 'Message',
        question: 'Quiz',
        choice: 'Screen',
        screen: 'Simulation',
      };
      throw new LessonContentError(`<${stray[0]![0]!.toUpperCase()}${stray[0]!.slice(1)}>`, [
        `must be inside a <${parent[stray[0]!] ?? 'Quiz'}>`,
      ]);
    }
    const quiz = quizzes[0];
    return { html, quiz: quiz && arrangeQuiz(quiz, optionOrder) };
  });
}
