import type { MessageKind, QuizQuestion, RenderedQuiz, RichText } from '../../schemas/quiz';
import type { ChoiceDraft, FieldDraft, ScreenDraft } from '../../schemas/simulation';

/**
 * How an MDX child hands data to its parent. Astro gives a parent only its children's rendered
 * HTML, so a child registers a typed value here and renders a token comment in its place; the
 * parent reads the tokens from its rendered slot, in document order (whatever order the children
 * finished rendering in), and takes the values. Build-time only.
 */
export interface ChildValues {
  option: { content: RichText; correct: boolean; explanation: string };
  item: { content: RichText };
  part: { content: RichText; flag: boolean; explanation: string };
  message: {
    kind: MessageKind;
    fromHtml: string;
    bodyHtml: string;
    /** All its visible text, sender included, to check that links and numbers are harmless. */
    text: string;
    parts: Array<ChildValues['part'] & { id: string }>;
  };
  question: QuizQuestion;
  quiz: RenderedQuiz;
  /** A numbered step on the lesson page, for its "In this lesson" list. */
  step: { title: string };
  /** A simulation's <Field>, <Choice> and <Screen>, with the HTML they draw. */
  field: FieldDraft;
  choice: ChoiceDraft & { html: string };
  screen: Omit<ScreenDraft, 'choices'> & { bodyHtml: string; choices: Array<ChoiceDraft & { html: string }> };
}
export type ChildKind = keyof ChildValues;

const pending = new Map<string, unknown>();
let counter = 0;

const tokenPattern = (kind: string) => new RegExp(`<!--hs:${kind}:(\\d+)-->`, 'g');

/** Registers a child's value; render the returned token where the child stands. */
export function childToken<K extends ChildKind>(kind: K, value: ChildValues[K]): string {
  counter += 1;
  pending.set(`${kind}:${counter}`, value);
  return `<!--hs:${kind}:${counter}-->`;
}

function take<K extends ChildKind>(kind: K, n: string): ChildValues[K] {
  const key = `${kind}:${n}`;
  const value = pending.get(key) as ChildValues[K] | undefined;
  if (value === undefined) throw new Error(`No <${kind}> registered as ${key}: was it read twice?`);
  pending.delete(key);
  return value;
}

/**
 * Replaces each `kind` child's token in `html` with what `draw` returns for it (nothing by
 * default), and returns the children's values in document order.
 */
export function readChildren<K extends ChildKind>(
  kind: K,
  html: string,
  draw: (value: ChildValues[K], index: number) => string = () => '',
): { values: Array<ChildValues[K]>; html: string } {
  const values: Array<ChildValues[K]> = [];
  const rest = html.replace(tokenPattern(kind), (_token, n: string) => {
    const value = take(kind, n);
    values.push(value);
    return draw(value, values.length - 1);
  });
  return { values, html: rest };
}

/** Cuts `html` at each `kind` child's token: what comes before the first, then each child with the HTML after it. */
export function splitAtChildren<K extends ChildKind>(
  kind: K,
  html: string,
): { before: string; children: Array<{ value: ChildValues[K]; html: string }> } {
  const pieces = html.split(tokenPattern(kind));
  const children: Array<{ value: ChildValues[K]; html: string }> = [];
  for (let i = 1; i < pieces.length; i += 2)
    children.push({ value: take(kind, pieces[i]!), html: pieces[i + 1]! });
  return { before: pieces[0]!, children };
}

/** Kinds of child whose token is still in `html`: a child outside the parent that reads it. */
export function strayChildren(html: string): ChildKind[] {
  return [...new Set([...html.matchAll(/<!--hs:(\w+):\d+-->/g)].map((m) => m[1] as ChildKind))];
}

/** What a component's children rendered, or '' when it has none. */
export async function childrenHtml(astro: {
  slots: { has(name: string): boolean; render(name: string): Promise<string> };
}): Promise<string> {
  return astro.slots.has('default') ? await astro.slots.render('default') : '';
}
