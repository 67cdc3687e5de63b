import * as v from 'valibot';
import { PROGRESS_FORMAT, PROGRESS_VERSION } from '../schemas/progress';
import { exportFileSchema, type ExportFile } from '../schemas/export-file';
import { lessonsV1toV2, safeParseCapped } from './progress-migrations';

/**
 * Reading a progress file someone imports: checked in full before anything is used, each problem
 * with its own code. Apart from the stored-progress decoding (progress-migrations.ts), which every
 * page needs, so only the progress page downloads this.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Keys that could reach Object.prototype if some code copied them. The schema would quietly drop
 * them; an import file carrying them is not one we wrote, so it is refused outright.
 */
export function forbiddenKeyPath(data: unknown, path: string[] = []): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  for (const key of Object.keys(data)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key].join('.');
    const inner = forbiddenKeyPath((data as Record<string, unknown>)[key], [...path, key]);
    if (inner) return inner;
  }
  return undefined;
}

export type FileProblem =
  | { code: 'too-big'; size: number }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'not-progress' }
  | { code: 'future-version'; version: number }
  | { code: 'invalid'; field: string };

export type FileReading =
  { ok: true; file: ExportFile; fromVersion: number } | { ok: false; problem: FileProblem };

/**
 * Larger than any export can be: a browser keeps about 5 MB for a site, and an export is one
 * learner's share of that, written with indentation. (A lesson at the attempt limit alone writes
 * half a megabyte, so the old 1 MB cap refused files Học Số itself had written.)
 */
export const IMPORT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Where the first problem is, as `lessons.x.attempts.0.score`. Not `v.getDotPath`: valibot is one
 * module, so its code would land in the chunk every lesson page loads.
 */
function firstBadField(issues: v.BaseIssue<unknown>[]): string {
  const keys = issues[0]?.path?.map((item) => item.key) ?? [];
  const plain = keys.every((key) => typeof key === 'string' || typeof key === 'number');
  return (plain && keys.join('.')) || '(top level)';
}

/**
 * Reads an export file someone is importing. Everything is checked before anything is used, and
 * each way it can be wrong has its own problem code, so the page can say exactly what is wrong.
 */
export function readProgressFile(text: string, sizeInBytes: number, now: Date): FileReading {
  if (sizeInBytes > IMPORT_MAX_BYTES) return { ok: false, problem: { code: 'too-big', size: sizeInBytes } };
  if (!text.trim()) return { ok: false, problem: { code: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const forbidden = forbiddenKeyPath(data);
  if (forbidden) return { ok: false, problem: { code: 'invalid', field: forbidden } };
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== PROGRESS_FORMAT
  ) {
    return { ok: false, problem: { code: 'not-progress' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { ok: false, problem: { code: 'future-version', version } };
  }
  // Older files are brought up to the current shape (as stored progress is), then checked in full.
  const file = data as Record<string, unknown>;
  let upgraded: unknown = data;
  if (version === 1)
    upgraded = {
      ...file,
      version: 2,
      exported: now.toISOString(),
      profile: null,
      lessons: lessonsV1toV2(file.lessons),
    };
  const v2 = upgraded as Record<string, unknown>;
  if (v2.version === 2) upgraded = { ...v2, version: 3, learnerId: null };
  const v3 = upgraded as Record<string, unknown>;
  // Version 4 added practice lists, which the schema reads as [] when absent.
  if (v3.version === 3) upgraded = { ...v3, version: 4 };
  const v4 = upgraded as Record<string, unknown>;
  // Version 5 added reviews, which a record may lack.
  if (v4.version === 4) upgraded = { ...v4, version: 5 };
  const v5 = upgraded as Record<string, unknown>;
  // Version 6 added signed slips, which a file may lack.
  if (v5.version === 5) upgraded = { ...v5, version: 6 };
  const current = safeParseCapped(exportFileSchema, upgraded);
  if (!current.success)
    return { ok: false, problem: { code: 'invalid', field: firstBadField(current.issues) } };
  return {
    ok: true,
    file: current.output,
    fromVersion: typeof version === 'number' ? version : PROGRESS_VERSION,
  };
}
