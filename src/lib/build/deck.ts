import { renderSync } from 'ultrahtml';
import { matches } from 'ultrahtml/selector';
import {
  isComment,
  isContent,
  isElement,
  isMatch,
  parseFragment,
  renderNodes as render,
  selectAll,
  type HtmlNode,
} from './html';
import { textOf } from './rich-text';

/**
 * Projector mode is built from the lesson's own rendered HTML (no separate slides to keep in
 * step): sections, each step and each "stop and check" box become one screen, and each quiz
 * question one more, drawn from the quiz's questions. Build-time only.
 */
export interface Screen {
  kind: 'section' | 'step' | 'stop' | 'question';
  /** A few words naming the screen, for the speaker view's "next". */
  title: string;
  html: string;
  /** Trainer notes written in the section this screen belongs to. */
  notes: string[];
}

/** Where the lesson's quiz stood in its HTML: its question screens go there. */
export const QUIZ_PLACE = '<!--hs-quiz-->';

/**
 * @param html the lesson's rendered MDX, with QUIZ_PLACE where its quiz was
 * @param questions each quiz question's HTML, ready to show (interactive in "present" mode)
 */
export function buildScreens(
  html: string,
  questions: readonly string[],
  questionLabel: (n: number, total: number) => string,
): Screen[] {
  const screens: Array<Screen & { section: string }> = [];
  const notesBySection = new Map<string, string[]>();
  let heading = '';
  let pending: HtmlNode[] = [];

  const context = () => (heading ? `<p class="deck-context">${heading}</p>` : '');
  const push = (screen: Omit<Screen, 'notes'>) => screens.push({ ...screen, notes: [], section: heading });
  const flush = () => {
    const content = pending.filter(isContent);
    if (content.length > 0)
      push({
        kind: 'section',
        title: heading || textOf(render(content)).slice(0, 60),
        html: render(content),
      });
    pending = [];
  };

  for (const node of parseFragment(html).children) {
    if (isComment(node, QUIZ_PLACE.slice(4, -3))) {
      flush();
      heading = '';
      questions.forEach((question, i) => {
        const label = questionLabel(i + 1, questions.length);
        push({ kind: 'question', title: label, html: `<p class="deck-context">${label}</p>${question}` });
      });
      continue;
    }
    // Comments, whitespace and component scripts ride along in rendered HTML; they are not content.
    if (!isContent(node) || (isElement(node) && matches(node, 'script, style'))) continue;
    if (!isElement(node)) {
      pending.push(node);
    } else if (matches(node, 'h2')) {
      flush();
      heading = textOf(renderSync(node));
      pending = [node];
    } else if (matches(node, '.trainer-note')) {
      notesBySection.set(heading, [...(notesBySection.get(heading) ?? []), textOf(render(node.children))]);
    } else if (matches(node, '.steps')) {
      flush();
      node.children
        .filter((c) => isMatch(c, '.step'))
        .forEach((step, i) => {
          for (const label of selectAll(step, '.step-number')) label.attributes['data-n'] = String(i + 1);
          const title = textOf(render(selectAll(step, 'h3')[0]?.children ?? []));
          push({
            kind: 'step',
            title: heading ? `${heading}: ${title}` : title,
            html: `${context()}<ol class="steps">${renderSync(step)}</ol>`,
          });
        });
    } else if (matches(node, '.stop-check')) {
      flush();
      push({ kind: 'stop', title: textOf(render(node.children)).slice(0, 60), html: renderSync(node) });
    } else {
      pending.push(node);
    }
  }
  flush();
  return screens.map(({ section, ...screen }) => ({ ...screen, notes: notesBySection.get(section) ?? [] }));
}
