import { renderSync } from 'ultrahtml';
import type { QuizQuestion } from '../../schemas/quiz';
import { cssString } from '../css-string';
import { isContent, isMatch, parseFragment, renderNodes, selectAll } from './html';
import { escapeHtml } from './rich-text';

/**
 * The printable guide: the lesson's own article, with the parts only paper needs. Its answer key
 * (the last page) is read from the quiz's questions. Build-time only.
 */
export interface AnswerKeyEntry {
  kind: 'choice' | 'order' | 'red-flags';
  promptHtml: string;
  /** Right options, the right order, or the parts that are red flags, each with why. */
  answers: { html: string; explanationHtml: string }[];
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
          answers: q.options
            .filter((option) => option.correct)
            .map((option) => ({ html: option.content.html, explanationHtml: option.explanation.html })),
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

const ID_LISTS = ['aria-describedby', 'aria-labelledby', 'aria-controls'];

/**
 * Gives every id in a fragment a prefix, and every reference to one (`for`, ARIA lists, `#` links),
 * so several guides can share one booklet page without clashing ids.
 */
export function prefixIds(html: string, prefix: string): string {
  const tree = parseFragment(html).document;
  const ids = new Set(selectAll(tree, '[id]').map((n) => n.attributes.id!));
  const rename = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  for (const node of selectAll(tree, '*')) {
    const a = node.attributes;
    if (a.id) a.id = rename(a.id);
    if (a.for) a.for = rename(a.for);
    for (const name of ID_LISTS) if (a[name]) a[name] = a[name].split(/\s+/).map(rename).join(' ');
    if (a.href?.startsWith('#')) a.href = `#${rename(a.href.slice(1))}`;
  }
  return renderSync(tree);
}

/** What a guide's printed pages repeat in their margins. */
export interface RunningText {
  /** Named page for one guide in a booklet; omit for a page with a single guide. */
  page?: string | undefined;
  /** The element (by id) whose pages these are, when `page` is set. */
  elementId?: string | undefined;
  topLeft: string;
  topRight: string;
  bottomLeft: string;
  /**
   * What follows `bottomLeft`: the guide's short address when the build knows it, else a custom
   * property that `<site-qr>` fills in the browser with the address the page is viewed at.
   */
  address?: { text: string } | { property: string } | undefined;
  /** e.g. "Page": the footer reads "Page 2/5". */
  pageWord: string;
}

/** Words the guide's CSS draws (beside each step's tick box), as custom properties. */
export const guideWordsCss = (done: string) => `:root{--guide-done:${cssString(done)}}`;

/** The custom property holding a guide's address in the browser (`<site-qr page-property>`). */
export const guideAddressProperty = (elementId?: string) =>
  elementId ? `--hs-address-${elementId}` : '--hs-address';

const addressCss = (address: RunningText['address']) =>
  !address ? '' : 'text' in address ? ` ${cssString(` · ${address.text}`)}` : ` var(${address.property},"")`;

/** `@page` margin boxes for each guide (a booklet gives each guide a named page). */
export function guidePageCss(pages: RunningText[]): string {
  return pages
    .map((p) => {
      const boxes =
        `@top-left{content:${cssString(p.topLeft)}}@top-right{content:${cssString(p.topRight)}}` +
        `@bottom-left{content:${cssString(p.bottomLeft)}${addressCss(p.address)}}` +
        `@bottom-right{content:${cssString(`${p.pageWord} `)} counter(page) "/" counter(pages)}`;
      return p.page ? `@page ${p.page}{${boxes}}#${p.elementId}{page:${p.page}}` : `@page{${boxes}}`;
    })
    .join('');
}

/**
 * A step's content split into its text and a closing picture, so print can set the picture beside
 * the text instead of below it. Steps whose picture isn't last keep everything as text.
 */
export function splitStepPicture(html: string): { text: string; picture: string } {
  const nodes = parseFragment(html).children;
  const last = nodes.findLast(isContent);
  if (!last || !isMatch(last, '.phone-screen')) return { text: html, picture: '' };
  return { text: renderNodes(nodes.filter((n) => n !== last)), picture: renderSync(last) };
}
