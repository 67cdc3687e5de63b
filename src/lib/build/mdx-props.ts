import type { z } from 'astro/zod';
import { LessonContentError } from './content-error';

/**
 * Checks an MDX component's props against its schema (src/schemas/quiz.ts) and returns them typed.
 * Every mistake is reported at once, each naming the prop, with the component's own usage as the
 * hint. Build-time only.
 */
export function parseProps<S extends z.ZodType>(
  schema: S,
  props: Record<string, unknown>,
  at: string,
  usage: string,
): z.output<S> {
  // Astro passes its own props to every component; they aren't the author's.
  const { class: _class, 'data-astro-cid': _cid, ...authored } = props;
  const result = schema.safeParse(authored);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown prop ${issue.keys.join(', ')}`;
    const name = issue.path.join('.');
    const given = issue.path.length === 1 ? authored[String(issue.path[0])] : undefined;
    const shown = given === undefined ? '' : ` (got ${JSON.stringify(given)})`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new LessonContentError(at, problems, `Write it like: ${usage}`);
}
