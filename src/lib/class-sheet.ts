import type { Slip, SlipLesson } from './slip';

/**
 * A trainer's class sheet: the learners of one workshop, each as their latest progress slip.
 * Pure functions; the trainer's page keeps sheets in their own local store, apart from the
 * trainer's own learning progress.
 */
export interface ClassMember {
  learnerId: string;
  name: string;
  /** The day of the slip this row comes from, YYYY-MM-DD. */
  date: string;
  /** The workshop session the learner's phone had noted, if any. */
  session?: string | undefined;
  /** Started lessons, by code ascending. */
  lessons: SlipLesson[];
  /** The trainer renamed this row: later slips update the lessons but keep this name. */
  renamed?: true | undefined;
}

export interface ClassSheet {
  id: string;
  /** The workshop session id (lib/workshop-session.ts) the projector shows and slips carry. */
  session: string;
  /** "Ấp 3, xã An Minh": what the trainer calls the class. */
  name: string;
  /** The workshop's day, YYYY-MM-DD. */
  date: string;
  place: string;
  /** In the order they were first added. */
  members: ClassMember[];
}

export type SlipChange = 'added' | 'updated' | 'unchanged';

/** A slip as a row of the sheet. */
export const slipMember = (slip: Slip): ClassMember => ({
  learnerId: slip.learnerId,
  name: slip.name,
  date: slip.date,
  ...(slip.session === undefined ? {} : { session: slip.session }),
  lessons: [...slip.lessons].sort((a, b) => a.code - b.code),
});

/** How far a row has got, to order two slips of one day: completed, started, then total score. */
const progressKey = (m: ClassMember) => [
  m.lessons.filter((l) => l.completed).length,
  m.lessons.length,
  m.lessons.reduce((sum, l) => sum + (l.bestScore ?? 0), 0),
];

/** Whether `candidate` should replace `existing`: a later day, or the same day with more done. */
function isNewer(candidate: ClassMember, existing: ClassMember): boolean {
  if (candidate.date !== existing.date) return candidate.date > existing.date;
  const [a, b] = [progressKey(candidate), progressKey(existing)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  // Same day, same progress: a fixed order, so merging is the same whichever copy comes first.
  return JSON.stringify(candidate) > JSON.stringify(existing);
}

/**
 * Adds a learner's slip. The same learner scanned again is an update of their row, never a second
 * row; a slip older than the row already there (or of the same day with less done) changes nothing.
 */
export function addSlip(sheet: ClassSheet, slip: Slip): { sheet: ClassSheet; change: SlipChange } {
  return addMember(sheet, slipMember(slip));
}

/** Adds a row read from a slip or a learner's export file; see addSlip. */
export function addMember(sheet: ClassSheet, member: ClassMember): { sheet: ClassSheet; change: SlipChange } {
  const at = sheet.members.findIndex((m) => m.learnerId === member.learnerId);
  if (at === -1) return { sheet: { ...sheet, members: [...sheet.members, member] }, change: 'added' };
  const existing = sheet.members[at]!;
  const next = combine(existing, member);
  if (JSON.stringify(next) === JSON.stringify(existing)) return { sheet, change: 'unchanged' };
  const members = sheet.members.map((m, i) => (i === at ? next : m));
  return { sheet: { ...sheet, members }, change: 'updated' };
}

/**
 * One learner's two rows as one: the newer slip's lessons, day and session, under the name the
 * trainer gave (if either row was renamed; of two renames, a fixed choice), else the slip's own.
 * The same whichever row comes first, so merging stays order-free.
 */
function combine(a: ClassMember, b: ClassMember): ClassMember {
  const newer = isNewer(b, a) ? b : a;
  const names = [a, b].filter((m) => m.renamed).map((m) => m.name);
  if (names.length === 0) return newer;
  // Keys in the order every row has them, so an unchanged row compares equal as JSON.
  return {
    learnerId: newer.learnerId,
    name: names.sort().at(-1)!,
    date: newer.date,
    ...(newer.session === undefined ? {} : { session: newer.session }),
    lessons: newer.lessons,
    renamed: true,
  };
}

export function removeMember(sheet: ClassSheet, learnerId: string): ClassSheet {
  return { ...sheet, members: sheet.members.filter((m) => m.learnerId !== learnerId) };
}

export function renameMember(sheet: ClassSheet, learnerId: string, name: string): ClassSheet {
  return {
    ...sheet,
    members: sheet.members.map((m) =>
      m.learnerId === learnerId && m.name !== name.trim()
        ? { ...m, name: name.trim(), renamed: true as const }
        : m,
    ),
  };
}

/**
 * Two copies of a sheet (two trainers' phones, or a JSON file imported back) as one: every learner
 * once, each with their newest row. Idempotent and order-free: merging a sheet into itself, or the
 * same file twice, changes nothing, and either copy may come first.
 */
export function mergeSheets(into: ClassSheet, from: ClassSheet): ClassSheet {
  return from.members.reduce((sheet, member) => addMember(sheet, member).sheet, into);
}

export type HelpReason = 'failed-twice' | 'not-finished' | 'practice-caught';

/**
 * Lessons where a learner needs the trainer: the quiz failed twice or more and not yet passed, or
 * started and not finished; and, even when finished, a latest practice run that a trap caught.
 */
export function needsHelp(member: ClassMember): Array<{ code: number; reason: HelpReason }> {
  return member.lessons.flatMap((lesson) => [
    ...(lesson.completed
      ? []
      : [
          {
            code: lesson.code,
            reason: lesson.failedAttempts >= 2 ? ('failed-twice' as const) : ('not-finished' as const),
          },
        ]),
    ...(lesson.practice && !lesson.practice.lastSafe
      ? [{ code: lesson.code, reason: 'practice-caught' as const }]
      : []),
  ]);
}

/** Per lesson code: how many of the class completed it and how many started it. */
export function lessonTotals(sheet: ClassSheet): Map<number, { completed: number; started: number }> {
  const totals = new Map<number, { completed: number; started: number }>();
  for (const member of sheet.members) {
    for (const lesson of member.lessons) {
      const total = totals.get(lesson.code) ?? { completed: 0, started: 0 };
      totals.set(lesson.code, {
        completed: total.completed + (lesson.completed ? 1 : 0),
        started: total.started + 1,
      });
    }
  }
  return totals;
}

export interface SheetColumn {
  code: number;
  title: string;
  /** The lesson has a simulation (issue #21), so its practice gets a column of its own. */
  practice?: boolean | undefined;
}

/** The words of a CSV the trainer's language gives `sheetRows`. */
export interface SheetWords {
  name: string;
  learnerId: string;
  date: string;
  session: string;
  notStarted: string;
  total: string;
  /** A practice column's heading, from its lesson's title: "Cài VNeID — thực hành". */
  practiceColumn: (title: string) => string;
  practiceSafe: string;
  practiceCaught: string;
  practiceNone: string;
}

/**
 * The sheet as rows for the commune's report (lib/transfer.ts `toCsv` writes them Excel-safe): one
 * row per learner, one column per lesson with ✓ and the best score, the score alone, or `words.notStarted`,
 * and after each lesson with a simulation, how the learner's latest run of it ended (what a slip
 * carries: safe or caught, not which trap). The last row counts, per column, who completed the
 * lesson, or who played its simulation through.
 */
export function sheetRows(
  sheet: ClassSheet,
  columns: readonly SheetColumn[],
  words: SheetWords,
): Array<Array<string | number>> {
  const totals = lessonTotals(sheet);
  const lessonOf = (member: ClassMember, code: number) => member.lessons.find((l) => l.code === code);
  const cell = (member: ClassMember, code: number): string => {
    const lesson = lessonOf(member, code);
    if (!lesson) return words.notStarted;
    const score = lesson.bestScore === null ? '' : `${lesson.bestScore}%`;
    return lesson.completed ? `✓ ${score}`.trim() : score || '…';
  };
  const practiceCell = (member: ClassMember, code: number): string => {
    const practice = lessonOf(member, code)?.practice;
    if (!practice) return words.practiceNone;
    return practice.lastSafe ? words.practiceSafe : words.practiceCaught;
  };
  const practised = (code: number) =>
    sheet.members.filter((member) => lessonOf(member, code)?.practice).length;
  // Each lesson's cells, then its practice's when it has a simulation.
  const perLesson = <T>(lesson: (c: SheetColumn) => T, practice: (c: SheetColumn) => T): T[] =>
    columns.flatMap((c) => (c.practice ? [lesson(c), practice(c)] : [lesson(c)]));
  const of = sheet.members.length;
  return [
    [
      words.name,
      words.learnerId,
      words.date,
      words.session,
      ...perLesson(
        (c) => c.title,
        (c) => words.practiceColumn(c.title),
      ),
    ],
    ...sheet.members.map((member) => [
      member.name,
      member.learnerId,
      member.date,
      member.session ?? '',
      ...perLesson(
        (c) => cell(member, c.code),
        (c) => practiceCell(member, c.code),
      ),
    ]),
    // How many completed each lesson, of how many learners: the figure a commune report asks for.
    [
      words.total,
      '',
      '',
      '',
      ...perLesson(
        (c) => `${totals.get(c.code)?.completed ?? 0}/${of}`,
        (c) => `${practised(c.code)}/${of}`,
      ),
    ],
  ];
}

/** Whether the learner's phone had this class's workshop session noted: there, not at home. */
export const attended = (sheet: ClassSheet, member: ClassMember): boolean =>
  member.session !== undefined && member.session === sheet.session;

export type MemberOrder = 'name' | 'completed' | 'help';

/**
 * The rows in the order the trainer asked for: by name (the page's language's collation), by
 * lessons completed (most first), or by lessons needing help (most first); ties by name.
 */
export function sortMembers(
  members: readonly ClassMember[],
  order: MemberOrder,
  locale: string,
): ClassMember[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: ClassMember, b: ClassMember) =>
    collator.compare(a.name, b.name) || a.learnerId.localeCompare(b.learnerId);
  const key = (m: ClassMember) =>
    order === 'completed'
      ? m.lessons.filter((l) => l.completed).length
      : order === 'help'
        ? needsHelp(m).length
        : 0;
  return [...members].sort((a, b) => key(b) - key(a) || byName(a, b));
}
