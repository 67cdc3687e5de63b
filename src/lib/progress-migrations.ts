import * as v from 'valibot';
import {
  PROGRESS_FORMAT,
  storedProgressSchema,
  type QuizAttempt,
  type StoredProgress,
} from '../schemas/progress';
import { MAIN_PROFILE_ID } from './current-learner';
import { newLearnerId } from './new-id';
import { capAttempts, capStepsChecked } from './progress-limits';

/**
 * Older versions, brought up to the current shape one step at a time. The steps work on the data
 * as parsed from JSON, before any check: the current schema then checks every field of the result,
 * so there is one schema to keep right, not one per version (and every page loads less). A step
 * only adds what its version lacked; anything malformed is left for the schema to refuse.
 * A new version adds a step here and tests; nothing older is ever turned away.
 */
type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const mapValues = (record: Raw, change: (value: unknown) => unknown): Raw =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, change(value)]));

/** Version 1 lessons had no step checklist. */
export function lessonsV1toV2(lessons: unknown): unknown {
  return isObject(lessons)
    ? mapValues(lessons, (record) => (isObject(record) ? { ...record, stepsChecked: [] } : record))
    : lessons;
}

/** Version 1 stored one learner; it becomes the main profile. */
function storedV1toV2({ lessons, ...rest }: Raw, at: Date): Raw {
  return {
    ...rest, // anything else stays, for the schema to refuse
    version: 2,
    current: MAIN_PROFILE_ID,
    profiles: {
      [MAIN_PROFILE_ID]: { name: '', created: at.toISOString(), lessons: lessonsV1toV2(lessons) },
    },
  };
}

/** Version 3 gives every profile its own learner id, made by `makeLearnerId`. */
function storedV2toV3(v2: Raw, makeLearnerId: () => string): Raw {
  const profiles = isObject(v2.profiles)
    ? mapValues(v2.profiles, (profile) =>
        isObject(profile) ? { ...profile, learnerId: makeLearnerId() } : profile,
      )
    : v2.profiles;
  return { ...v2, version: 3, profiles };
}

/** Stored data of any version, in the current shape (unchecked), and whether it had to change. */
export function upgradeStored(
  data: unknown,
  now: Date,
  makeLearnerId: () => string,
): { data: unknown; upgraded: boolean } {
  if (!isObject(data) || data.format !== PROGRESS_FORMAT) return { data, upgraded: false };
  let raw = data;
  if (raw.version === 1) raw = storedV1toV2(raw, now);
  if (raw.version === 2) raw = storedV2toV3(raw, makeLearnerId);
  // Versions since 3 only added what a record may lack: 4 lesson records' practice lists (read as []
  // when absent), 5 their reviews, 6 profiles' signed slips. One step, as each costs every page bytes.
  if (raw.version === 3 || raw.version === 4 || raw.version === 5) raw = { ...raw, version: 6 };
  return { data: raw, upgraded: raw !== data };
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

/**
 * Reads what the browser stored, from any version; undefined if it can't be read at all. An older
 * version is brought up to date, and `onUpgrade` told, so the caller can store the result at once
 * (a learner id made here must not change on the next page).
 */
export function decodeStored(
  text: string,
  now: Date,
  makeLearnerId: () => string = newLearnerId,
  onUpgrade: () => void = () => undefined,
): StoredProgress | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { data, upgraded } = upgradeStored(parsed, now, makeLearnerId);
  const current = safeParseCapped(storedProgressSchema, data);
  if (!current.success) return undefined;
  if (upgraded) onUpgrade();
  return current.output;
}
