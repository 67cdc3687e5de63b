import { mdxToMdast } from 'satteri';
import type { QuestionType } from '../../schemas/quiz';

/**
 * The rules a question's children must keep, read after its props passed their schema
 * (src/schemas/quiz.ts). Pure functions, so each mistake has one message and a unit test; the
 * components only report them.
 */
export interface QuestionDraft {
  type: QuestionType;
  /** Question-level explanation (true/false, order and red-flag questions). */
  explanation?: string | undefined;
  /** true/false questions: whether the statement is true. */
  answer?: boolean | undefined;
  options: Array<{ text: string; correct: boolean; explanation: string }>;
  items: Array<{ text: string }>;
  parts: Array<{ text: string; flag: boolean; explanation: string }>;
  /** red-flags: how many <Message>s it has (one) and all their text, sender included. */
  messages: number;
  messageText?: string;
  /** Text written in the question but outside any <Option>, <Item> or <Message>. */
  strayText?: string;
}

const blank = (text: string | undefined) => !text?.trim();

/** Everything wrong with one question's children, each a sentence about that question. */
export function validateQuestion(q: QuestionDraft): string[] {
  const problems: string[] = [];
  const needsOwnExplanation = q.type === 'true-false' || q.type === 'order' || q.type === 'red-flags';
  if (needsOwnExplanation && blank(q.explanation)) {
    problems.push(`explanation="…" is required on a ${q.type} question`);
  }
  if (!blank(q.strayText)) {
    problems.push(`the text "${q.strayText!.slice(0, 40)}" is outside any <Option>, <Item> or <Message>`);
  }
  const usesOptions = q.type === 'single' || q.type === 'multiple';
  if (!usesOptions && q.options.length > 0) problems.push(`a ${q.type} question takes no <Option>`);
  if (q.type !== 'order' && q.items.length > 0) problems.push(`only order questions take <Item>`);
  if (q.type !== 'red-flags' && q.messages > 0) problems.push(`only red-flags questions take a <Message>`);

  if (usesOptions) {
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
  }
  if (q.type === 'true-false' && q.answer === undefined) {
    problems.push(`a true-false question needs answer={true} or answer={false}`);
  }
  if (q.type === 'order') {
    if (q.items.length < 3)
      problems.push(`an order question needs at least 3 <Item>s, found ${q.items.length}`);
    if (q.items.some((item) => blank(item.text))) problems.push(`every <Item> needs text`);
    const texts = q.items.map((item) => item.text.trim());
    if (new Set(texts).size !== texts.length) problems.push(`two <Item>s have the same text`);
  }
  if (q.type === 'red-flags') {
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
  }
  return problems;
}

/**
 * Links and phone numbers in made-up scam messages must lead nowhere: web addresses under `.invalid`
 * or example.com, and numbers with x's in them (09xx xxx xxx), never a real, diallable number.
 */
export function unsafeExampleProblems(text: string): string[] {
  const problems: string[] = [];
  const hosts = text.match(/\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?=[/\s:?#.,;)"”]|$)/gi) ?? [];
  for (const found of hosts) {
    const host = found.replace(/^https?:\/\//i, '').toLowerCase();
    const safe = host.endsWith('.invalid') || host === 'example.com' || host.endsWith('.example.com');
    if (!safe) problems.push(`the address "${found}" could be real; use a .invalid or example.com address`);
  }
  for (const number of text.match(/(?:\+?\d[\d .-]{6,}\d)/g) ?? []) {
    if ((number.match(/\d/g) ?? []).length >= 7) {
      problems.push(`"${number.trim()}" looks like a diallable phone number; write it like 09xx xxx xxx`);
    }
  }
  return problems;
}

/** Question ids used more than once in one quiz. */
export function duplicateIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

export interface QuizOutlineEntry {
  id: string;
  type: string;
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdxNode[];
}

/**
 * The quiz's questions (id and type, in order) as written in a lesson's MDX source, read with the
 * same MDX parser the build uses, so a `>` inside a prompt is just text.
 */
export function extractQuizOutline(mdx: string): QuizOutlineEntry[] {
  const outline: QuizOutlineEntry[] = [];
  const visit = (node: MdxNode) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'Question'
    ) {
      const attr = (name: string) => {
        const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
        return typeof found?.value === 'string' ? found.value : undefined;
      };
      outline.push({ id: attr('id') ?? '', type: attr('type') ?? 'single' });
    }
    node.children?.forEach(visit);
  };
  visit(mdxToMdast(mdx) as MdxNode);
  return outline;
}

/** Lessons whose quiz differs between languages: the same questions, same types, same order everywhere. */
export function findQuizOutlineProblems(
  lessons: ReadonlyArray<{ file: string; slug: string; locale: string; outline: QuizOutlineEntry[] }>,
  referenceLocale: string,
): string[] {
  const problems: string[] = [];
  const first = new Map<string, { file: string; outline: QuizOutlineEntry[] }>();
  const show = (outline: QuizOutlineEntry[]) =>
    outline.map((q) => `${q.id} (${q.type})`).join(', ') || 'no quiz';
  // The reference language's lesson is the one others must match.
  const ordered = [...lessons].sort(
    (a, b) => Number(b.locale === referenceLocale) - Number(a.locale === referenceLocale),
  );
  for (const lesson of ordered) {
    const reference = first.get(lesson.slug);
    if (!reference) {
      first.set(lesson.slug, lesson);
      continue;
    }
    if (show(reference.outline) !== show(lesson.outline)) {
      problems.push(
        `${lesson.file} → quiz: question ids differ from ${reference.file} (${show(lesson.outline)} here, ${show(reference.outline)} there); every language asks the same questions in the same order`,
      );
    }
  }
  return problems;
}
