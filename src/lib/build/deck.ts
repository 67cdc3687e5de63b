import { ELEMENT_NODE, parse, renderSync, type ElementNode } from 'ultrahtml';
import { findFirst, hasClass, isElement, renderNodes as render, type AnyNode } from './html-tree';
import { textOf } from './quiz-markup';

/**
 * Projector mode is built from the lesson's own rendered HTML (no separate slides to keep in
 * step): sections, each step, each "stop and check" box and each quiz question become one screen.
 * Build-time only.
 */
export interface Screen {
  kind: 'section' | 'step' | 'stop' | 'question';
  /** A few words naming the screen, for the speaker view's "next". */
  title: string;
  html: string;
  /** Trainer notes written in the section this screen belongs to. */
  notes: string[];
}

function attributes(node: ElementNode, extra: Record<string, string> = {}): string {
  return Object.entries({ ...node.attributes, ...extra })
    .map(([key, value]) => (value === '' ? key : `${key}="${value.replaceAll('"', '&quot;')}"`))
    .join(' ');
}

export function buildScreens(html: string, questionLabel: (n: number, total: number) => string): Screen[] {
  const screens: Array<Screen & { section: string }> = [];
  const notesBySection = new Map<string, string[]>();
  let heading = '';
  let pending: AnyNode[] = [];

  const context = () => (heading ? `<p class="deck-context">${heading}</p>` : '');
  const push = (screen: Omit<Screen, 'notes'>) => screens.push({ ...screen, notes: [], section: heading });
  const flush = () => {
    const content = pending.filter((n) => isElement(n) || String(n.value ?? '').trim());
    if (content.length > 0)
      push({
        kind: 'section',
        title: heading || textOf(render(content)).slice(0, 60),
        html: render(content),
      });
    pending = [];
  };

  for (const node of parse(html).children as AnyNode[]) {
    // Component scripts and comments ride along in rendered HTML; they are not content.
    if (node.type !== ELEMENT_NODE && node.type !== 2) continue;
    if (isElement(node) && (node.name === 'script' || node.name === 'style')) continue;
    if (isElement(node) && node.name === 'h2') {
      flush();
      heading = textOf(renderSync(node));
      pending = [node];
    } else if (hasClass(node, 'trainer-note')) {
      notesBySection.set(heading, [...(notesBySection.get(heading) ?? []), textOf(render(node.children))]);
    } else if (hasClass(node, 'steps')) {
      flush();
      const steps = node.children.filter((c: AnyNode) => hasClass(c, 'step')) as ElementNode[];
      steps.forEach((step, i) => {
        const label = findFirst(step, (n) => hasClass(n, 'step-number'));
        if (label) label.attributes['data-n'] = String(i + 1);
        const title = textOf(render(findFirst(step, (n) => isElement(n) && n.name === 'h3')?.children ?? []));
        push({
          kind: 'step',
          title: heading ? `${heading}: ${title}` : title,
          html: `${context()}<ol class="steps">${renderSync(step)}</ol>`,
        });
      });
    } else if (hasClass(node, 'stop-check')) {
      flush();
      push({ kind: 'stop', title: textOf(render(node.children)).slice(0, 60), html: renderSync(node) });
    } else if (hasClass(node, 'quiz')) {
      flush();
      heading = '';
      const quiz = findFirst(node, (n) => isElement(n) && n.name === 'lesson-quiz');
      const list = quiz && findFirst(quiz, (n) => hasClass(n, 'quiz-list'));
      const items = (list?.children ?? []).filter((c: AnyNode) => hasClass(c, 'quiz-item'));
      items.forEach((item: AnyNode, i: number) => {
        const label = questionLabel(i + 1, items.length);
        push({
          kind: 'question',
          title: label,
          html: `<p class="deck-context">${label}</p><lesson-quiz ${attributes(quiz!, { mode: 'present' })}><ol class="quiz-list">${renderSync(item)}</ol></lesson-quiz>`,
        });
      });
    } else {
      pending.push(node);
    }
  }
  flush();
  return screens.map(({ section, ...screen }) => ({ ...screen, notes: notesBySection.get(section) ?? [] }));
}
