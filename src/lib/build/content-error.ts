import { AstroError } from 'astro/errors';

/**
 * A mistake in a lesson's MDX. Components deep inside a lesson don't know which file they are in
 * (a booklet renders many lessons on one page), so the error is thrown with what the component
 * knows and completed on its way up: <Question> adds its id, the lesson's renderer adds the file.
 * Build-time only.
 */
export class LessonContentError extends AstroError {
  readonly problems: string[];
  file: string | undefined;
  /** `<Question id="…">`, `<Quiz>`, `<Message>`…: where in the file. */
  at: string;

  constructor(at: string, problems: string[], hint?: string) {
    super('', hint);
    this.name = 'LessonContentError';
    this.at = at;
    this.problems = problems;
    this.file = undefined;
    this.message = this.describe();
  }

  describe(): string {
    const where = this.file ? `${this.file} → ${this.at}` : this.at;
    return this.problems.map((problem) => `${where}: ${problem}`).join('\n');
  }

  /** Says where the mistake is, if nobody has yet. */
  locate(place: { file?: string; within?: string }): this {
    if (place.within && !this.at.startsWith(place.within)) this.at = `${place.within} ${this.at}`;
    this.file ??= place.file;
    this.message = this.describe();
    return this;
  }
}

/** Runs a component's rendering and names `place` in any lesson content error it throws. */
export async function locateErrors<T>(
  place: { file?: string; within?: string },
  render: () => Promise<T>,
): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (error instanceof LessonContentError) throw error.locate(place);
    throw error;
  }
}
