import * as v from 'valibot';
import {
  PROGRESS_FORMAT,
  progressV1Schema,
  storedProgressSchema,
  type Lessons,
  type ProgressV1,
  type QuizAttempt,
  type StoredProgress,
} from '../schemas/progress';
import { MAIN_PROFILE_ID } from './current-learner';
import { capAttempts, capStepsChecked } from './progress-limits';

/**
 * One step per format version, each from a validated record of version N to version N+1. A new
 * version adds its schema, a step here and tests; nothing older is ever turned away.
 */
export function lessonsV1toV2(lessons: ProgressV1['lessons']): Lessons {
  return Object.fromEntries(
    Object.entries(lessons).map(([slug, record]) => [slug, { ...record, stepsChecked: [] }]),
  );
}

/** Version 1 stored one learner; it becomes the main profile. */
export function storedV1toV2(v1: ProgressV1, at: Date): StoredProgress {
  return {
    format: PROGRESS_FORMAT,
    version: 2,
    current: MAIN_PROFILE_ID,
    profiles: {
      [MAIN_PROFILE_ID]: { name: '', created: at.toISOString(), lessons: lessonsV1toV2(v1.lessons) },
    },
  };
}

/** A lesson record's list that is over its limit, and the record holding it. */
function lessonListOverLimit(
  issue: v.BaseIssue<unknown>,
): { record: Record<string, unknown>; key: 'attempts' | 'stepsChecked' } | undefined {
  const list = issue.path?.at(-1);
  // The list's record sits in `lessons`: a question id "attempts" deeper down is not a lesson's list.
  const inLessons = issue.path?.at(-3)?.key === 'lessons';
  if (issue.type !== 'max_length' || !inLessons || list?.type !== 'object') return undefined;
  return list.key === 'attempts' || list.key === 'stepsChecked'
    ? { record: list.input, key: list.key }
    : undefined;
}

/**
 * safeParse, except that a lesson with more attempts or ticked steps than the format allows (builds
 * before the limits were enforced stored and exported such records) is capped by the same rules as
 * every write, not refused: otherwise the learner's whole progress would be set aside. A length issue
 * means the items themselves passed, and nothing else is repaired. `data` is freshly parsed JSON;
 * its lists are replaced in place.
 */
export function safeParseCapped<const S extends v.GenericSchema>(
  schema: S,
  data: unknown,
): v.SafeParseResult<S> {
  const first = v.safeParse(schema, data);
  if (first.success) return first;
  const lists = first.issues.map(lessonListOverLimit);
  if (lists.some((list) => list === undefined)) return first;
  for (const { record, key } of lists as Array<NonNullable<(typeof lists)[number]>>) {
    record[key] =
      key === 'attempts'
        ? capAttempts(record[key] as QuizAttempt[])
        : capStepsChecked(record[key] as string[]);
  }
  const capped = v.safeParse(schema, data);
  return capped.success ? capped : first;
}

/** Reads what the browser stored, from any version; undefined if it can't be read at all. */
export function decodeStored(text: string, now: Date): StoredProgress | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const current = safeParseCapped(storedProgressSchema, data);
  if (current.success) return current.output;
  const v1 = safeParseCapped(progressV1Schema, data);
  if (v1.success) return storedV1toV2(v1.output, now);
  return undefined;
}
