import type { Lessons } from '../schemas/progress';
import { lessonStatus, type LessonStatus } from './progress-status';
import { mergeLessons } from './merge';
import { mergeSignedSlips } from './signed-receive';

/** Export files, CSV and the import preview: pure, so the page only reads files and offers downloads. */

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting like a formula would run in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV that spreadsheet programs open with Vietnamese intact: UTF-8 with a byte-order mark, CRLF lines. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface CatalogEntry {
  slug: string;
  title: string;
  track: string;
}

/**
 * One row per lesson: the site's lessons in course order, then lessons this site doesn't have.
 * The last four columns (lesson id, failed attempts, learner id, learner name) let a trainer drop
 * the file onto the class sheet (lib/class-import.ts reads them by position, in any language).
 */
export function progressRows(
  lessons: Lessons,
  catalog: readonly CatalogEntry[],
  header: readonly string[],
  statusLabel: (status: LessonStatus) => string,
  learner: { id: string; name: string },
): Array<Array<string | number>> {
  const known = new Set(catalog.map((c) => c.slug));
  const entries = [
    ...catalog,
    ...Object.keys(lessons)
      .filter((slug) => !known.has(slug))
      .sort()
      .map((slug) => ({ slug, title: slug, track: '' })),
  ];
  return [
    [...header],
    ...entries.map(({ slug, title, track }) => {
      const record = lessons[slug];
      return [
        track,
        title,
        statusLabel(lessonStatus(record)),
        record?.bestScore ?? '',
        record?.attempts.length ?? 0,
        record?.completed?.slice(0, 10) ?? '',
        slug,
        record?.attempts.filter((attempt) => !attempt.passed).length ?? 0,
        learner.id,
        learner.name,
      ];
    }),
  ];
}

export interface ImportPreview {
  /** Lessons the file adds that this profile hasn't touched. */
  added: string[];
  /** Lessons whose record the file changes. */
  changed: Array<{
    slug: string;
    newAttempts: number;
    bestBefore: number | null;
    bestAfter: number | null;
    completes: boolean;
  }>;
  /** Lessons in the file that this site doesn't have (kept, not dropped). */
  unknown: string[];
  /** Signed slips the file brings that this profile doesn't have (issue #22). */
  signed: number;
  /** Whether applying changes anything at all. */
  changes: boolean;
}

/** What importing would do, shown before anything is applied. */
export function previewImport(
  current: Lessons,
  incoming: Lessons,
  knownSlugs: readonly string[],
  signed: { current?: readonly string[]; incoming?: readonly string[] } = {},
): ImportPreview {
  const merged = mergeLessons(current, incoming);
  const added: string[] = [];
  const changed: ImportPreview['changed'] = [];
  for (const slug of Object.keys(incoming).sort()) {
    const before = current[slug];
    const after = merged[slug]!;
    if (!before) {
      added.push(slug);
      continue;
    }
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    // Counted by id, not by length: past the attempt limit a merge drops old attempts as it adds new ones.
    const beforeIds = new Set(before.attempts.map((a) => a.id));
    changed.push({
      slug,
      newAttempts: after.attempts.filter((a) => !beforeIds.has(a.id)).length,
      bestBefore: before.bestScore,
      bestAfter: after.bestScore,
      completes: !before.completed && !!after.completed,
    });
  }
  const unknown = Object.keys(incoming)
    .filter((slug) => !knownSlugs.includes(slug))
    .sort();
  // Counted in what the merge keeps: past the limit an old slip the file brings is not added.
  const had = new Set(signed.current);
  const newSigned = mergeSignedSlips(signed.current ?? [], signed.incoming ?? []).filter(
    (text) => !had.has(text),
  ).length;
  return {
    added,
    changed,
    unknown,
    signed: newSigned,
    changes: added.length > 0 || changed.length > 0 || newSigned > 0,
  };
}
