/**
 * Cross-file rules for lessons that a per-file schema cannot see. Pure: the caller passes what the
 * content layer loaded; each problem names the file and the field so an author can fix it directly.
 */
export interface LessonFileInfo {
  /** Path from the project root, e.g. `content/lessons/vi/install-vneid.mdx`. */
  file: string;
  locale: string;
  slug: string;
  track: string;
  order: number;
  /** The lesson's permanent number (front matter `code`). */
  code: number;
}

/** A code no lesson may take again: its lesson was retired (content/retired-lesson-codes.json). */
export interface RetiredCode {
  code: number;
  slug: string;
}

export function findCurriculumProblems(
  lessons: readonly LessonFileInfo[],
  trackIds: readonly string[],
  locales: readonly string[],
  retired: readonly RetiredCode[] = [],
): string[] {
  const problems: string[] = [];
  const known = new Set(trackIds);

  for (const lesson of lessons) {
    if (!locales.includes(lesson.locale)) {
      problems.push(
        `${lesson.file}: folder "${lesson.locale}" is not a site language (use one of: ${locales.join(', ')})`,
      );
    }
    if (!known.has(lesson.track)) {
      problems.push(
        `${lesson.file} → track: "${lesson.track}" is not a track (known tracks: ${[...known].join(', ') || 'none'}; add content/tracks/${lesson.track}.json or fix the name)`,
      );
    }
  }

  const bySlug = new Map<string, LessonFileInfo[]>();
  for (const lesson of lessons) bySlug.set(lesson.slug, [...(bySlug.get(lesson.slug) ?? []), lesson]);
  for (const [slug, versions] of bySlug) {
    const first = versions[0]!;
    for (const locale of locales) {
      if (!versions.some((v) => v.locale === locale)) {
        problems.push(
          `content/lessons/${locale}/${slug}.mdx: missing — "${slug}" exists as ${first.file} and every lesson must exist in every language (${locales.join(', ')})`,
        );
      }
    }
    for (const other of versions.slice(1)) {
      for (const field of ['track', 'order', 'code'] as const) {
        if (other[field] !== first[field]) {
          problems.push(
            `${other.file} → ${field}: ${JSON.stringify(other[field])} differs from ${first.file} (${JSON.stringify(first[field])}); a lesson sits in the same place in every language`,
          );
        }
      }
    }
  }

  // Codes name lessons in slips and class sheets long after they were made: one lesson per code,
  // ever. A problem names the next free code, so the fix is one edit.
  const nextFree = Math.max(0, ...lessons.map((l) => l.code), ...retired.map((r) => r.code)) + 1;
  const byCode = new Map<number, LessonFileInfo>();
  const retiredBy = new Map(retired.map((r) => [r.code, r.slug]));
  for (const lesson of lessons) {
    const owner = byCode.get(lesson.code);
    const retiredSlug = retiredBy.get(lesson.code);
    if (retiredSlug !== undefined && retiredSlug !== lesson.slug) {
      problems.push(
        `${lesson.file} → code: ${lesson.code} belonged to the retired lesson "${retiredSlug}"; codes are never reused (use ${nextFree})`,
      );
    } else if (owner && owner.slug !== lesson.slug) {
      problems.push(
        `${lesson.file} → code: ${lesson.code} is already the code of "${owner.slug}" (${owner.file}); each lesson has its own (use ${nextFree})`,
      );
    } else if (!owner) byCode.set(lesson.code, lesson);
  }

  const byPlace = new Map<string, LessonFileInfo>();
  for (const lesson of lessons) {
    const place = `${lesson.locale}/${lesson.track}/${lesson.order}`;
    const taken = byPlace.get(place);
    if (taken) {
      problems.push(
        `${lesson.file} → order: ${lesson.order} is already used in track "${lesson.track}" by ${taken.file}`,
      );
    } else byPlace.set(place, lesson);
  }
  return problems;
}

/** Lessons whose `reviewBy` date has come, as `file (review by YYYY-MM-DD)`, for an information line. */
export function lessonsDueForReview(
  lessons: ReadonlyArray<{ file: string; reviewBy?: Date | undefined }>,
  today: Date,
): string[] {
  return lessons
    .filter((lesson) => lesson.reviewBy !== undefined && lesson.reviewBy.getTime() <= today.getTime())
    .map((lesson) => `${lesson.file} (review by ${lesson.reviewBy!.toISOString().slice(0, 10)})`);
}
