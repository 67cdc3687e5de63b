/**
 * Quiz checks across a lesson and its languages. Each question's own rules are in quiz-model.ts.
 * Pure functions; build-time only.
 */
/** Question ids used more than once in one quiz. */
export function duplicateIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

export interface QuizOutlineEntry {
  id: string;
  type: string;
}

/** The outline of a quiz read from source (quiz-source.ts): each question's id and type, in order. */
export function outlineOf(questions: ReadonlyArray<{ id: string; type: string }>): QuizOutlineEntry[] {
  return questions.map(({ id, type }) => ({ id, type }));
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
