import { mdxToMdast } from 'satteri';
import { QUESTION_TYPES, type QuestionType } from '../../schemas/quiz';
import type { QuestionDraft } from './quiz-model';

/**
 * A lesson's quiz read from its MDX source, before anything renders: what the site-wide checks
 * need (the quiz outline across languages, the display order of options, the quality gate). It
 * uses the MDX parser the build itself uses, so a `>` inside a prompt is just text. Build-time only.
 */
export interface SourceQuestion {
  id: string;
  /** As written; the render reports an unknown type, so `draft` is left out for one. */
  type: string;
  prompt: string;
  /** A review pool question's technique, as written (content/reviews/). */
  technique?: string;
  draft?: QuestionDraft;
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdxNode[];
}

const isElement = (node: MdxNode, name?: string) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
  (name === undefined || node.name === name);

function attribute(node: MdxNode, name: string): { present: boolean; value: string | undefined } {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return { present: false, value: undefined };
  if (typeof found.value === 'string') return { present: true, value: found.value };
  // `flag` alone is true; `flag={false}` is an expression.
  if (found.value === null || found.value === undefined) return { present: true, value: 'true' };
  const expression = (found.value as { value?: unknown }).value;
  if (typeof expression !== 'string') return { present: true, value: undefined };
  // explanation={"…"} is a string written as an expression.
  const literal = /^(["'`])([\s\S]*)\1$/.exec(expression.trim());
  return { present: true, value: literal ? literal[2] : expression.trim() };
}

const flagOf = (node: MdxNode, name: string) => attribute(node, name).value === 'true';
const textAttribute = (node: MdxNode, name: string) => attribute(node, name).value ?? '';

/** The words a reader sees in a node, with spaces kept between blocks. */
function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode')
    return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'break') return ' ';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '';
  return (node.children ?? []).map(textOf).join(node.type === 'paragraph' ? '' : ' ');
}
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function draftOf(question: MdxNode, type: QuestionType): QuestionDraft {
  const children = question.children ?? [];
  const options = children.filter((child) => isElement(child, 'Option'));
  const items = children.filter((child) => isElement(child, 'Item'));
  const messages = children.filter((child) => isElement(child, 'Message'));
  const parts: MdxNode[] = [];
  const findParts = (node: MdxNode) => {
    if (isElement(node, 'Part')) parts.push(node);
    else node.children?.forEach(findParts);
  };
  messages.forEach(findParts);
  const answer = attribute(question, 'answer');
  const explanation = attribute(question, 'explanation');
  const message = messages[0];
  return {
    type,
    explanation: explanation.present ? explanation.value : undefined,
    answer: answer.present ? answer.value === 'true' : undefined,
    options: options.map((option) => ({
      text: clean(textOf(option)),
      correct: flagOf(option, 'correct'),
      explanation: textAttribute(option, 'explanation'),
    })),
    items: items.map((item) => ({ text: clean(textOf(item)) })),
    parts: parts.map((part) => ({
      text: clean(textOf(part)),
      flag: flagOf(part, 'flag'),
      explanation: textAttribute(part, 'explanation'),
    })),
    messages: messages.length,
    ...(message ? { messageText: clean(`${textAttribute(message, 'from')} ${textOf(message)}`) } : {}),
    strayText: clean(
      children
        .filter(
          (child) => !isElement(child, 'Option') && !isElement(child, 'Item') && !isElement(child, 'Message'),
        )
        .map(textOf)
        .join(' '),
    ),
  };
}

/** Every <Question> in the source, in order, with what its children say. */
export function readQuizSource(mdx: string): SourceQuestion[] {
  const questions: SourceQuestion[] = [];
  const visit = (node: MdxNode) => {
    if (isElement(node, 'Question')) {
      const type = attribute(node, 'type').value ?? 'single';
      const known = (QUESTION_TYPES as readonly string[]).includes(type);
      questions.push({
        id: attribute(node, 'id').value ?? '',
        type,
        prompt: clean(textAttribute(node, 'prompt')),
        ...(attribute(node, 'technique').present ? { technique: textAttribute(node, 'technique') } : {}),
        ...(known ? { draft: draftOf(node, type as QuestionType) } : {}),
      });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(mdxToMdast(mdx) as MdxNode);
  return questions;
}
