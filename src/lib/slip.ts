import { decode as fromBase45, encode as toBase45 } from 'base45-ts';
import CRC32 from 'crc-32';
import type { Lessons, Profile } from '../schemas/progress';
import { SESSION_ID_MAX, SESSION_ID_PATTERN } from '../schemas/workshop';

/**
 * A progress slip: one learner's summary, small enough for a QR code a cheap phone camera reads at
 * arm's length, so a trainer can collect a room's progress phone to phone, with no server.
 *
 * Bytes (all numbers big-endian; "varint" is unsigned LEB128):
 *   [version: 1 byte = SLIP_VERSION] [curriculum: 2 bytes]
 *   sections, each [type: 1 byte] [length: varint] [payload], in any order;
 *   [CRC-32 of everything before: 4 bytes]
 * Sections:
 *   1 learner  6-byte learner id, then the name as UTF-8 (at most SLIP_NAME_MAX_BYTES)
 *   2 lessons  per started lesson, by code ascending: code (varint: the first as is, then the gap
 *              from the one before), one byte (high bit: completed; low 7 bits: best score 0-100,
 *              or 127 for none), failed attempts (varint)
 *   3 date     days since 2020-01-01 (2 bytes)
 *   4 session  the workshop session id, ASCII
 *   5 practice per lesson with simulation runs (issue #21), by code ascending as in lessons: code
 *              (varint gap), one byte (bit 7: the latest run was safe; bit 6: some run was safe;
 *              low 6 bits: runs, 1-63, where 63 is "63 or more"); every code is one of the lessons
 *              section's. Two bytes a lesson keep a full slip within its QR version.
 * A reader skips section types it doesn't know, so later additions (a trainer's signature) don't
 * break old readers, and an older reader skips practice; learner, lessons and date are required.
 * The bytes travel as Base45 (RFC 9285), whose alphabet is exactly QR's alphanumeric mode, after
 * the prefix SLIP_PREFIX.
 */
export const SLIP_PREFIX = 'HS1:';
export const SLIP_VERSION = 1;
/** Học Số's own curriculum; a slip from another site's curriculum is refused. */
export const CURRICULUM_ID = 1;
export const SLIP_NAME_MAX_BYTES = 24;
export const LEARNER_ID_BYTES = 6;
export { SESSION_ID_MAX };
const SESSION_PATTERN = SESSION_ID_PATTERN;

const SECTION = { learner: 1, lessons: 2, date: 3, session: 4, practice: 5 } as const;
const NO_SCORE = 127;
const COMPLETED = 0x80;
const EPOCH = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;
/** Days from 2020-01-01 to a YYYY-MM-DD day (a fraction or NaN if it isn't one). */
export const daysSinceEpoch = (date: string) => (Date.parse(`${date}T00:00:00Z`) - EPOCH) / DAY;
/** The YYYY-MM-DD day a count of days since 2020-01-01 names. */
export const dayFromEpoch = (days: number) => new Date(EPOCH + days * DAY).toISOString().slice(0, 10);

export interface SlipLesson {
  /** The lesson's permanent code (front matter `code`). */
  code: number;
  completed: boolean;
  /** 0-100, or null before any quiz attempt. */
  bestScore: number | null;
  /** Quiz attempts that did not pass. */
  failedAttempts: number;
  /** Runs of the lesson's simulation, if any (absent when none, or from an older slip). */
  practice?: SlipPractice | undefined;
}

/** A lesson's practice on a slip: outcomes, not which trap (the sheet shows who needs to talk it over). */
export interface SlipPractice {
  /** Runs played to a debrief, at most PRACTICE_RUNS_ON_SLIP ("that many or more"). */
  runs: number;
  /** Some run reached a safe debrief without falling into any trap. */
  everSafe: boolean;
  lastSafe: boolean;
}

export const PRACTICE_RUNS_ON_SLIP = 63;
const LAST_SAFE = 0x80;
const EVER_SAFE = 0x40;

export interface Slip {
  curriculum: number;
  /** LEARNER_ID_BYTES bytes as lowercase hex. */
  learnerId: string;
  /** The learner's display name, cut to SLIP_NAME_MAX_BYTES of UTF-8 at a character boundary. */
  name: string;
  /** Started lessons only, by code ascending. */
  lessons: SlipLesson[];
  /** The day the slip was made, YYYY-MM-DD (UTC). */
  date: string;
  /** Workshop session id: capital letters, digits and hyphens. */
  session?: string | undefined;
}

/** Why a text is not a slip; nothing is ever half-read. */
export type SlipProblem = 'not-a-slip' | 'damaged' | 'newer-version' | 'other-curriculum';
export type SlipResult = { ok: true; slip: Slip } | { ok: false; problem: SlipProblem };

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** `name` cut to at most `max` bytes of UTF-8 without splitting a character. */
export function cutToBytes(name: string, max = SLIP_NAME_MAX_BYTES): string {
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    const size = utf8.encode(ch).length;
    if (bytes + size > max) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/** Unsigned LEB128, as slips (and signed slips) write counts and gaps. */
export function varint(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    out.push(rest > 0 ? low | 0x80 : low);
  } while (rest > 0);
  return out;
}

const section = (type: number, payload: readonly number[]) => [type, ...varint(payload.length), ...payload];
const crc32 = (bytes: Uint8Array) => CRC32.buf(bytes) >>> 0;

/** What a slip can't carry; encoding refuses it rather than write something readers misread. */
function slipInputProblems(slip: Slip): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(slip.curriculum) || slip.curriculum < 0 || slip.curriculum > 0xffff)
    problems.push('curriculum');
  if (!new RegExp(`^[0-9a-f]{${LEARNER_ID_BYTES * 2}}$`).test(slip.learnerId)) problems.push('learnerId');
  const days = daysSinceEpoch(slip.date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(slip.date) || !Number.isInteger(days) || days < 0 || days > 0xffff)
    problems.push('date');
  if (slip.session !== undefined && !SESSION_PATTERN.test(slip.session)) problems.push('session');
  const codes = slip.lessons.map((lesson) => lesson.code);
  if (new Set(codes).size !== codes.length) problems.push('lessons: a code twice');
  for (const lesson of slip.lessons) {
    if (!Number.isInteger(lesson.code) || lesson.code < 1 || lesson.code > 0xffff)
      problems.push('lessons: code');
    const score = lesson.bestScore;
    if (score !== null && (!Number.isInteger(score) || score < 0 || score > 100))
      problems.push('lessons: score');
    if (!Number.isInteger(lesson.failedAttempts) || lesson.failedAttempts < 0)
      problems.push('lessons: failed');
    const practice = lesson.practice;
    if (
      practice &&
      !(
        Number.isInteger(practice.runs) &&
        practice.runs >= 1 &&
        practice.runs <= PRACTICE_RUNS_ON_SLIP &&
        (!practice.lastSafe || practice.everSafe)
      )
    )
      problems.push('lessons: practice');
  }
  return problems;
}

export function slipBytes(slip: Slip): Uint8Array {
  const problems = slipInputProblems(slip);
  if (problems.length > 0) throw new RangeError(`A slip can't carry this: ${problems.join(', ')}`);
  const lessons = [...slip.lessons].sort((a, b) => a.code - b.code);
  const lessonBytes: number[] = [];
  let previous = 0;
  for (const lesson of lessons) {
    const score = lesson.bestScore === null ? NO_SCORE : lesson.bestScore;
    lessonBytes.push(
      ...varint(lesson.code - previous),
      (lesson.completed ? COMPLETED : 0) | score,
      ...varint(lesson.failedAttempts),
    );
    previous = lesson.code;
  }
  const practiceBytes: number[] = [];
  previous = 0;
  for (const lesson of lessons) {
    if (!lesson.practice) continue;
    const { runs, everSafe, lastSafe } = lesson.practice;
    practiceBytes.push(
      ...varint(lesson.code - previous),
      (lastSafe ? LAST_SAFE : 0) | (everSafe ? EVER_SAFE : 0) | runs,
    );
    previous = lesson.code;
  }
  const idBytes = (slip.learnerId.match(/../g) ?? []).map((hex) => parseInt(hex, 16));
  const days = daysSinceEpoch(slip.date);
  const body = [
    SLIP_VERSION,
    slip.curriculum >> 8,
    slip.curriculum & 0xff,
    ...section(SECTION.learner, [...idBytes, ...utf8.encode(cutToBytes(slip.name))]),
    ...section(SECTION.lessons, lessonBytes),
    ...section(SECTION.date, [days >> 8, days & 0xff]),
    ...(slip.session ? section(SECTION.session, [...utf8.encode(slip.session)]) : []),
    ...(practiceBytes.length > 0 ? section(SECTION.practice, practiceBytes) : []),
  ];
  const bytes = new Uint8Array(body.length + 4);
  bytes.set(body);
  new DataView(bytes.buffer).setUint32(body.length, crc32(bytes.subarray(0, body.length)));
  return bytes;
}

/** The slip as the text its QR code holds. */
export function encodeSlip(slip: Slip): string {
  return SLIP_PREFIX + toBase45(slipBytes(slip));
}

/** Reads bytes from the front; any read past the end throws, which decoding reports as damage. */
export class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get done() {
    return this.at >= this.bytes.length;
  }
  byte(): number {
    const value = this.bytes[this.at++];
    if (value === undefined) throw new RangeError('past the end');
    return value;
  }
  varint(): number {
    let value = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = this.byte();
      value += (byte & 0x7f) * shift;
      if (!(byte & 0x80)) return value;
      if (shift > 2 ** 35) throw new RangeError('varint too long');
    }
  }
  take(n: number): Uint8Array {
    if (this.at + n > this.bytes.length) throw new RangeError('past the end');
    return this.bytes.subarray(this.at, (this.at += n));
  }
}

/**
 * Reads a section of entries by lesson code, each code written as the gap from the one before
 * (the lessons and practice sections): `entry` reads the rest of each. Codes must rise.
 */
function readByCode(payload: Uint8Array, entry: (code: number, reader: Reader) => void): number {
  const reader = new Reader(payload);
  let code = 0;
  while (!reader.done) {
    const gap = reader.varint();
    if (gap === 0) throw new RangeError('codes must rise');
    code += gap;
    entry(code, reader);
  }
  return code;
}

function readLessons(payload: Uint8Array): SlipLesson[] {
  const lessons: SlipLesson[] = [];
  const last = readByCode(payload, (code, reader) => {
    const flags = reader.byte();
    const score = flags & 0x7f;
    if (score > 100 && score !== NO_SCORE) throw new RangeError('score out of range');
    lessons.push({
      code,
      completed: (flags & COMPLETED) !== 0,
      bestScore: score === NO_SCORE ? null : score,
      failedAttempts: reader.varint(),
    });
  });
  if (last > 0xffff) throw new RangeError('code out of range');
  return lessons;
}

/** Adds the practice section's entries to their lessons; an entry for a lesson not on the slip is damage. */
function readPractice(payload: Uint8Array, lessons: SlipLesson[]): void {
  readByCode(payload, (code, reader) => {
    const flags = reader.byte();
    const runs = flags & 0x3f;
    const lesson = lessons.find((l) => l.code === code);
    if (!lesson || runs < 1 || (flags & LAST_SAFE && !(flags & EVER_SAFE)))
      throw new RangeError('bad practice');
    lesson.practice = { runs, everSafe: (flags & EVER_SAFE) !== 0, lastSafe: (flags & LAST_SAFE) !== 0 };
  });
}

/**
 * The slip in a scanned or pasted text, or why it isn't one. Line breaks and tabs around it are
 * ignored; spaces at the end are not, since a space is a Base45 digit. Every
 * changed or missing character is caught: by the prefix, the Base45 alphabet and length, the
 * requirement that the text be the one canonical Base45 form of its bytes, or the CRC-32.
 */
export function decodeSlip(text: string, curriculum = CURRICULUM_ID): SlipResult {
  const trimmed = text.replace(/^\s+|[\t\r\n]+$/g, '');
  if (!trimmed.startsWith(SLIP_PREFIX)) return { ok: false, problem: 'not-a-slip' };
  const encoded = trimmed.slice(SLIP_PREFIX.length);
  let bytes: Uint8Array;
  try {
    bytes = fromBase45(encoded);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  // Base45 digits past 65535 (or 255) wrap silently in the decoder; re-encoding shows them.
  if (bytes.length < 8 || toBase45(bytes) !== encoded) return { ok: false, problem: 'damaged' };
  const body = bytes.subarray(0, bytes.length - 4);
  if (new DataView(bytes.buffer, bytes.byteOffset).getUint32(body.length) !== crc32(body))
    return { ok: false, problem: 'damaged' };
  if (body[0] !== SLIP_VERSION) return { ok: false, problem: 'newer-version' };
  try {
    const reader = new Reader(body.subarray(1));
    const found = (reader.byte() << 8) | reader.byte();
    if (found !== curriculum) return { ok: false, problem: 'other-curriculum' };
    const sections = new Map<number, Uint8Array>();
    while (!reader.done) {
      const type = reader.byte();
      const payload = reader.take(reader.varint());
      if (sections.has(type)) throw new RangeError('repeated section');
      sections.set(type, payload);
    }
    const learner = sections.get(SECTION.learner);
    const lessons = sections.get(SECTION.lessons);
    const date = sections.get(SECTION.date);
    const session = sections.get(SECTION.session);
    const practice = sections.get(SECTION.practice);
    if (!learner || learner.length < LEARNER_ID_BYTES || !lessons || date?.length !== 2)
      throw new RangeError('missing section');
    const sessionText = session ? strictUtf8.decode(session) : undefined;
    if (sessionText !== undefined && !SESSION_PATTERN.test(sessionText)) throw new RangeError('bad session');
    const name = strictUtf8.decode(learner.subarray(LEARNER_ID_BYTES));
    if (utf8.encode(name).length > SLIP_NAME_MAX_BYTES) throw new RangeError('name too long');
    const days = (date[0]! << 8) | date[1]!;
    const slipLessonList = readLessons(lessons);
    if (practice) readPractice(practice, slipLessonList);
    return {
      ok: true,
      slip: {
        curriculum: found,
        learnerId: [...learner.subarray(0, LEARNER_ID_BYTES)]
          .map((b) => b.toString(16).padStart(2, '0'))
          .join(''),
        name,
        lessons: slipLessonList,
        date: dayFromEpoch(days),
        ...(sessionText === undefined ? {} : { session: sessionText }),
      },
    };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

/**
 * The slip's lessons from a learner's progress: every lesson the site has a code for and the
 * learner has opened, with whether it is completed, the best score, the failed attempts and, for a
 * lesson practised on its simulation, how those runs ended.
 */
export function slipLessons(lessons: Lessons, codeOf: (slug: string) => number | undefined): SlipLesson[] {
  return Object.entries(lessons)
    .flatMap(([slug, record]) => {
      const code = codeOf(slug);
      return code === undefined
        ? []
        : [
            {
              code,
              completed: record.completed !== null,
              bestScore: record.bestScore,
              failedAttempts: record.attempts.filter((attempt) => !attempt.passed).length,
              ...(record.practice.length > 0
                ? {
                    practice: {
                      runs: Math.min(record.practice.length, PRACTICE_RUNS_ON_SLIP),
                      everSafe: record.practice.some((run) => run.traps.length === 0),
                      lastSafe: record.practice.at(-1)!.traps.length === 0,
                    },
                  }
                : {}),
            },
          ];
    })
    .sort((a, b) => a.code - b.code);
}

/**
 * The slip a learner's phone shows today: "Show my trainer" and the printed completion slip both
 * make it here, so the paper and the screen always carry the same code. `day` is the learner's
 * local day (lib/export-file.ts localDay).
 */
export function learnerSlip(
  profile: Pick<Profile, 'name' | 'learnerId' | 'lessons' | 'workshop'>,
  codeOf: (slug: string) => number | undefined,
  day: string,
): Slip {
  return {
    curriculum: CURRICULUM_ID,
    learnerId: profile.learnerId,
    name: cutToBytes(profile.name),
    lessons: slipLessons(profile.lessons, codeOf),
    date: day,
    ...(profile.workshop ? { session: profile.workshop.session } : {}),
  };
}
