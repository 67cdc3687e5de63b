import { decodeSlip, SLIP_PREFIX, slipLessons, type Slip, type SlipProblem } from './slip';
import { readProgressFile, IMPORT_MAX_BYTES, type FileProblem } from './progress-file';
import { decodeClassBook } from './class-book';
import { localDay } from './export-file';
import type { ClassMember } from './class-sheet';
import type { ClassBook } from '../schemas/class-book';
import { PROFILE_NAME_MAX } from '../schemas/progress';

/**
 * What a trainer pastes or drops onto the class sheet, read without touching anything: progress
 * slip codes (lib/slip.ts), a learner's progress export (JSON, versions 1–4, or the progress
 * page's CSV) and the class book file the sheet itself saves. Each piece is read on its own, so
 * one bad code among forty loses only itself.
 */

/** A code as it is, then with one, two, … of the spaces after it taken off (the last one first). */
function withoutTrailingSpaces(code: string): string[] {
  const out = [code];
  for (let end = code.length; end > 0 && code[end - 1] === ' '; end--) out.push(code.slice(0, end - 1));
  return out;
}

/** One code found in pasted text: the slip, or why that piece isn't one. */
export type PastedCode = { ok: true; slip: Slip } | { ok: false; problem: SlipProblem; text: string };

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Every code in pasted text. Codes start at each `HS1:`; line breaks separate them, and a line
 * without the prefix is either the rest of a code a chat app broke in two (tried when the code
 * alone fails) or something that is not a code. Spaces are Base45 digits, so a code is tried as
 * it is first, and only then without the spaces after it (one pasted line of several codes); the
 * checksum refuses a wrong guess. Words before the prefix on its line ("Lan: HS1:…") are ignored.
 */
export function readPastedCodes(text: string): PastedCode[] {
  const results: PastedCode[] = [];
  const lines = text.split(LINE_BREAK);
  let i = 0;
  const strayLine = (line: string) => {
    if (line.trim()) results.push({ ok: false, problem: 'not-a-slip', text: line.trim() });
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const start = line.indexOf(SLIP_PREFIX);
    if (start === -1) {
      strayLine(line);
      i++;
      continue;
    }
    // Several codes on one line: each from its prefix to the next.
    const pieces = line
      .slice(start)
      .split(SLIP_PREFIX)
      .slice(1)
      .map((piece) => SLIP_PREFIX + piece);
    i++;
    // Lines after the last piece that carry no prefix: a continuation, if the code needs one.
    const following: string[] = [];
    while (i < lines.length && !lines[i]!.includes(SLIP_PREFIX) && lines[i]!.trim())
      following.push(lines[i++]!);
    pieces.forEach((piece, n) => {
      const last = n === pieces.length - 1;
      const candidates = withoutTrailingSpaces(piece);
      const alone = candidates.length;
      if (last && following.length > 0) candidates.push(...withoutTrailingSpaces(piece + following.join('')));
      const readings = candidates.map((candidate) => decodeSlip(candidate));
      const index = readings.findIndex((reading) => reading.ok);
      const found = readings[index];
      if (found?.ok) {
        results.push(found);
        // The lines that followed were the code's own end.
        if (index >= alone) following.length = 0;
      } else {
        const first = readings[0]!;
        results.push({ ok: false, problem: first.ok ? 'damaged' : first.problem, text: piece.trim() });
      }
    });
    following.forEach(strayLine);
  }
  return results;
}

/** How the sheet tells learners' files apart from the class book file. */
export type DroppedFile =
  | { kind: 'member'; member: ClassMember }
  | { kind: 'book'; book: ClassBook }
  | { kind: 'codes'; codes: PastedCode[] }
  | { kind: 'problem'; problem: DropProblem };

export type DropProblem =
  FileProblem | { code: 'no-learner-id' } | { code: 'not-ours' } | { code: 'csv-invalid'; row: number };

export interface DropContext {
  /** The site's lessons: slug → permanent code. */
  codeOf: (slug: string) => number | undefined;
  /** The progress CSV's "not started" word in every language (the only status it must tell apart). */
  notStartedWords: readonly string[];
  /** The file's own day (File.lastModified), for a CSV, which carries no export date. */
  fileDay: string;
}

/**
 * A dropped or chosen file. A progress export from version 1 or 2 has no learner id; rather than
 * guess one (two learners who never typed a name would become one row), the sheet asks for a new
 * export: opening Học Số once gives the learner's profile its id, and the new file carries it.
 */
export function readDroppedFile(text: string, size: number, context: DropContext, now: Date): DroppedFile {
  if (size > IMPORT_MAX_BYTES) return { kind: 'problem', problem: { code: 'too-big', size } };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { kind: 'problem', problem: { code: 'empty' } };
  if (body.trimStart().startsWith('{')) return readJson(body, size, context, now);
  if (body.includes(SLIP_PREFIX)) return { kind: 'codes', codes: readPastedCodes(body) };
  return readProgressCsv(body, context);
}

function readJson(text: string, size: number, context: DropContext, now: Date): DroppedFile {
  const book = decodeClassBook(text);
  if (book) return { kind: 'book', book };
  const reading = readProgressFile(text, size, now);
  if (!reading.ok) {
    const problem = reading.problem.code === 'not-progress' ? { code: 'not-ours' as const } : reading.problem;
    return { kind: 'problem', problem };
  }
  const { file } = reading;
  if (file.learnerId === null) return { kind: 'problem', problem: { code: 'no-learner-id' } };
  return {
    kind: 'member',
    member: {
      learnerId: file.learnerId,
      name: cutName(file.profile ?? ''),
      date: localDay(new Date(file.exported)),
      lessons: slipLessons(file.lessons, context.codeOf),
    },
  };
}

/** RFC 4180 fields, as lib/transfer.ts `toCsv` writes them (and spreadsheets save them back). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

/** A name within PROFILE_NAME_MAX, cut between characters. */
function cutName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (out.length + ch.length > PROFILE_NAME_MAX) break;
    out += ch;
  }
  return out;
}

/** `toCsv` puts ' before a cell that would start a formula; read it back as written. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const PROGRESS_CSV_COLUMNS = 10;
const LEARNER_ID = /^[0-9a-f]{12}$/;

/**
 * The progress page's CSV (lib/transfer.ts `progressRows`): columns track, lesson, status, best,
 * attempts, completed, lesson id, failed attempts, learner id, learner name, read by position so
 * a Vietnamese learner's file reads on an English page.
 */
function readProgressCsv(text: string, context: DropContext): DroppedFile {
  const rows = parseCsv(text).map((row) => row.map(unguard));
  const [header, ...body] = rows;
  if (header?.length === 6) return { kind: 'problem', problem: { code: 'no-learner-id' } };
  if (!header || header.length !== PROGRESS_CSV_COLUMNS)
    return { kind: 'problem', problem: { code: 'not-ours' } };
  const learnerId = body[0]?.[8] ?? '';
  if (!LEARNER_ID.test(learnerId)) return { kind: 'problem', problem: { code: 'no-learner-id' } };
  const name = body[0]![9] ?? '';
  const lessons: ClassMember['lessons'] = [];
  const seen = new Set<number>();
  for (const [index, row] of body.entries()) {
    const [, , status, best, attempts, completed, slug, failed, id, rowName] = row;
    const count = (cell: string | undefined) => (cell === '' ? 0 : Number(cell));
    const score = best === '' ? null : Number(best);
    const valid =
      row.length === PROGRESS_CSV_COLUMNS &&
      id === learnerId &&
      rowName === name &&
      (score === null || (Number.isInteger(score) && score >= 0 && score <= 100)) &&
      Number.isInteger(count(attempts)) &&
      Number.isInteger(count(failed)) &&
      count(failed) >= 0 &&
      count(failed) <= count(attempts) &&
      (completed === '' || /^\d{4}-\d{2}-\d{2}$/.test(completed!));
    if (!valid) return { kind: 'problem', problem: { code: 'csv-invalid', row: index + 2 } };
    const code = context.codeOf(slug!);
    const started = completed !== '' || count(attempts) > 0 || !context.notStartedWords.includes(status!);
    if (code === undefined || !started || seen.has(code)) continue;
    seen.add(code);
    lessons.push({ code, completed: completed !== '', bestScore: score, failedAttempts: count(failed) });
  }
  return {
    kind: 'member',
    member: {
      learnerId,
      name: cutName(name),
      date: context.fileDay,
      lessons: lessons.sort((a, b) => a.code - b.code),
    },
  };
}
