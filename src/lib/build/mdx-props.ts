import type { z } from 'astro/zod';
import type { AuthoredComponent } from '../../schemas/lesson-components';
import { LessonContentError } from './content-error';

/** What an MDX component is handed: anything an author wrote, until parseProps has checked it. */
export type AuthoredProps = Record<string, unknown>;

/**
 * Checks an MDX component's props against its schema (src/schemas/quiz.ts, lesson-components.ts)
 * and returns them typed. Every mistake is reported at once, each naming the prop, with how the
 * component is written as the hint. Build-time only.
 */
export function parseProps<S extends z.ZodType>(
  component: AuthoredComponent<S>,
  props: AuthoredProps,
  at = `<${component.name}>`,
): z.output<S> {
  // Astro passes its own props to every component; they aren't the author's.
  const { class: _class, 'data-astro-cid': _cid, ...authored } = props;
  const result = component.props.safeParse(authored);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown prop ${issue.keys.join(', ')}`;
    const name = issue.path.join('.');
    const given = issue.path.length === 1 ? authored[String(issue.path[0])] : undefined;
    const shown = given === undefined ? '' : ` (got ${JSON.stringify(given)})`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new LessonContentError(at, problems, `Write it like: ${component.usage}`);
}
