import { parse, renderSync, type ElementNode } from 'ultrahtml';
import { cssString } from '../css-string';
import {
  childrenWhere,
  findAll,
  findFirst,
  hasClass,
  isElement,
  renderNodes,
  type AnyNode,
} from './html-tree';

/**
 * The printable guide is built from the lesson's own rendered HTML, like projector mode: the quiz
 * moves after the key terms, and its answer key is gathered into one section for the last page.
 * Build-time only.
 */
export interface AnswerKeyEntry {
  kind: 'choice' | 'order' | 'red-flags';
  promptHtml: string;
  /** Right options, the right order, or the parts that are red flags, each with why. */
  answers: { html: string; explanationHtml: string }[];
  /** Why, for the question as a whole (order and red-flags questions). */
  explanationHtml: string;
}

export interface LessonBody {
  /** Everything the lesson's MDX rendered except its quiz. */
  body: string;
  /** The quiz section, or '' for a lesson without one. */
  quiz: string;
  answers: AnswerKeyEntry[];
}

const named = (name: string) => (n: AnyNode) => isElement(n) && n.name === name;
const inner = (node: ElementNode | undefined) => (node ? renderNodes(node.children).trim() : '');

function answerFor(item: ElementNode): AnswerKeyEntry | undefined {
  const promptHtml = inner(findFirst(item, named('legend')));
  const explanationOf = (node: ElementNode) =>
    inner(findFirst(node, (n) => hasClass(n, 'quiz-explanation-text')));
  const key = findFirst(item, (n) => hasClass(n, 'quiz-key'));
  const overall = key ? inner(childrenWhere(key, (n) => hasClass(n, 'quiz-explanation-text'))[0]) : '';

  if (findFirst(item, named('quiz-choice'))) {
    const right = findAll(item, (n) => hasClass(n, 'quiz-option') && 'data-correct' in n.attributes);
    return {
      kind: 'choice',
      promptHtml,
      answers: right.map((option) => ({
        html: inner(findFirst(findFirst(option, named('label')) ?? option, named('span'))),
        explanationHtml: explanationOf(option),
      })),
      explanationHtml: '',
    };
  }
  if (findFirst(item, named('quiz-order')) && key) {
    const order = findFirst(key, named('ol'));
    return {
      kind: 'order',
      promptHtml,
      answers: (order ? childrenWhere(order, named('li')) : []).map((li) => ({
        html: inner(li),
        explanationHtml: '',
      })),
      explanationHtml: overall,
    };
  }
  if (findFirst(item, named('quiz-red-flags')) && key) {
    const flags = findAll(key, (n) => named('li')(n) && 'data-flag' in (n as ElementNode).attributes);
    return {
      kind: 'red-flags',
      promptHtml,
      answers: flags.map((li) => ({
        html: inner(findFirst(li, (n) => hasClass(n, 'rf-key-text'))),
        explanationHtml: explanationOf(li),
      })),
      explanationHtml: overall,
    };
  }
  return undefined;
}

/** Splits a lesson's rendered MDX into its body and its quiz, and reads the quiz's answer key. */
export function splitLessonBody(html: string): LessonBody {
  const nodes = parse(html).children as AnyNode[];
  const quizNode = nodes.find((node) => hasClass(node, 'quiz')) as ElementNode | undefined;
  const items = quizNode ? findAll(quizNode, (n) => hasClass(n, 'quiz-item')) : [];
  return {
    body: renderNodes(nodes.filter((node) => node !== quizNode)),
    quiz: quizNode ? renderSync(quizNode) : '',
    answers: items.map(answerFor).filter((entry) => entry !== undefined),
  };
}

const ID_LISTS = ['aria-describedby', 'aria-labelledby', 'aria-controls'];

/**
 * Gives every id in a fragment a prefix, and every reference to one (`for`, ARIA lists, `#` links),
 * so several guides can share one booklet page without clashing ids.
 */
export function prefixIds(html: string, prefix: string): string {
  const tree = parse(html);
  const ids = new Set(
    findAll(tree, (n) => isElement(n) && Boolean(n.attributes.id)).map((n) => n.attributes.id!),
  );
  const rename = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  for (const node of findAll(tree, isElement)) {
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
  const nodes = parse(html).children as AnyNode[];
  const last = [...nodes].reverse().find((n) => isElement(n) || String(n.value ?? '').trim());
  if (!last || !hasClass(last, 'phone-screen')) return { text: html, picture: '' };
  return { text: renderNodes(nodes.filter((n) => n !== last)), picture: renderSync(last) };
}
