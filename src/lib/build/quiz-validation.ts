import { QUESTION_TYPES, type QuestionType } from '../quiz';
import { unsafeExampleProblems } from './content-rules';

/**
 * What an author wrote for one question, read from the MDX at build time. Rules live here, as pure
 * functions, so each mistake has one message and a unit test; components only report them.
 */
export interface QuestionDraft {
  id: string;
  type: string;
  prompt: string;
  /** Question-level explanation (true/false, order and red-flag questions). */
  explanation?: string;
  /** true/false questions: whether the statement is true. */
  answer?: unknown;
  options: Array<{ text: string; correct: boolean; explanation: string }>;
  items: Array<{ text: string }>;
  parts: Array<{ text: string; flag: boolean; explanation: string }>;
  /** red-flags: the whole made-up message, sender included. */
  messageText?: string;
}

const blank = (text: string | undefined) => !text || !text.trim();

export function isQuestionType(type: string): type is QuestionType {
  return (QUESTION_TYPES as readonly string[]).includes(type);
}

/** Reads a true/false `answer`, written `answer={false}` or `answer="false"`. */
export function readTrueFalse(answer: unknown): boolean | undefined {
  if (answer === true || answer === 'true') return true;
  if (answer === false || answer === 'false') return false;
  return undefined;
}

/** Everything wrong with one question, each message starting with `<Question id="…">`. */
export function validateQuestion(q: QuestionDraft): string[] {
  const at = `<Question id="${q.id}">`;
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(q.id ?? '')) {
    problems.push(`${at}: id must be lowercase-kebab, e.g. "where-install"`);
  }
  if (!isQuestionType(q.type)) {
    return [...problems, `${at}: type="${q.type}" is not one of ${QUESTION_TYPES.join(', ')}`];
  }
  if (blank(q.prompt)) problems.push(`${at}: prompt="…" is required`);

  const needsOwnExplanation = q.type === 'true-false' || q.type === 'order' || q.type === 'red-flags';
  if (needsOwnExplanation && blank(q.explanation)) {
    problems.push(`${at}: explanation="…" is required on a ${q.type} question`);
  }
  const usesOptions = q.type === 'single' || q.type === 'multiple';
  if (!usesOptions && q.options.length > 0) problems.push(`${at}: a ${q.type} question takes no <Option>`);
  if (q.type !== 'order' && q.items.length > 0) problems.push(`${at}: only order questions take <Item>`);
  if (q.type !== 'red-flags' && q.parts.length > 0)
    problems.push(`${at}: only red-flags questions take <Part>`);

  if (usesOptions) {
    if (q.options.length < 2) problems.push(`${at}: needs at least two <Option>s, found ${q.options.length}`);
    q.options.forEach((option, i) => {
      if (blank(option.text)) problems.push(`${at}: option ${i + 1} has no text`);
      if (blank(option.explanation)) {
        problems.push(`${at}: option ${i + 1} ("${option.text.trim()}") needs an explanation="…"`);
      }
    });
    const right = q.options.filter((option) => option.correct).length;
    if (q.type === 'single' && right !== 1) {
      problems.push(`${at}: a single-choice question needs exactly one <Option correct>, found ${right}`);
    }
    if (q.type === 'multiple' && right === 0) {
      problems.push(`${at}: a multiple-choice question needs at least one <Option correct>`);
    }
  }
  if (q.type === 'true-false' && readTrueFalse(q.answer) === undefined) {
    problems.push(`${at}: a true-false question needs answer={true} or answer={false}`);
  }
  if (q.type === 'order') {
    if (q.items.length < 3)
      problems.push(`${at}: an order question needs at least 3 <Item>s, found ${q.items.length}`);
    if (q.items.some((item) => blank(item.text))) problems.push(`${at}: every <Item> needs text`);
    const texts = q.items.map((item) => item.text.trim());
    if (new Set(texts).size !== texts.length) problems.push(`${at}: two <Item>s have the same text`);
  }
  if (q.type === 'red-flags') {
    if (!q.parts.some((part) => part.flag))
      problems.push(`${at}: a red-flags question needs at least one <Part flag>`);
    problems.push(...unsafeExampleProblems(q.messageText ?? '').map((p) => `${at}: ${p}`));
    q.parts.forEach((part, i) => {
      if (blank(part.text)) problems.push(`${at}: part ${i + 1} has no text`);
      if (blank(part.explanation)) {
        problems.push(`${at}: part ${i + 1} ("${part.text.trim()}") needs an explanation="…"`);
      }
    });
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

/** The quiz's questions (id and type, in order) as written in a lesson's MDX source. */
export function extractQuizOutline(mdx: string): QuizOutlineEntry[] {
  return [...mdx.matchAll(/<Question\b([^>]*)>/g)].map((match) => {
    const attrs = match[1] ?? '';
    const attr = (name: string) => attrs.match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`));
    const id = attr('id');
    const type = attr('type');
    return { id: id?.[1] ?? id?.[2] ?? '', type: type?.[1] ?? type?.[2] ?? 'single' };
  });
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
