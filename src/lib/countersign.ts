import { CURRICULUM_ID, cutToBytes, dayFromEpoch, daysSinceEpoch } from './slip';
import { SIGNED_NAME_MAX_BYTES, type SignedRecord } from './signed-slip';
import type { ClassMember, ClassSheet } from './class-sheet';

/** How long a countersigned slip is good for: a year, then the learner asks for a new signature. */
export const SIGNED_VALID_DAYS = 365;

export type CountersignProblem = 'no-name' | 'nothing-completed';

/**
 * What a trainer signs for one learner on a class sheet (issue #22): the lessons the learner's
 * newest slip shows completed, each dated by that slip's day (it was completed by then), for this
 * class's workshop, signed today and good for SIGNED_VALID_DAYS. A row without a name can't be
 * signed (a slip that names no one proves nothing); neither can one with nothing completed.
 */
export function countersignRecord(
  sheet: Pick<ClassSheet, 'session'>,
  member: ClassMember,
  keyId: string,
  today: string,
): { ok: true; record: SignedRecord } | { ok: false; problem: CountersignProblem } {
  const name = cutToBytes(member.name.trim(), SIGNED_NAME_MAX_BYTES);
  if (name === '') return { ok: false, problem: 'no-name' };
  const completed = member.lessons.filter((lesson) => lesson.completed);
  if (completed.length === 0) return { ok: false, problem: 'nothing-completed' };
  // A slip dated after today (a phone whose clock runs ahead) is taken as seen today.
  const seen = member.date < today ? member.date : today;
  return {
    ok: true,
    record: {
      curriculum: CURRICULUM_ID,
      learnerId: member.learnerId,
      name,
      lessons: completed.map((lesson) => ({ code: lesson.code, completed: seen })),
      workshop: sheet.session,
      keyId,
      signed: today,
      expires: dayFromEpoch(daysSinceEpoch(today) + SIGNED_VALID_DAYS),
    },
  };
}
