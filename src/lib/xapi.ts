import { v5 as uuidV5 } from 'uuid';
import type { ClassSheet } from './class-sheet';

/**
 * A class sheet as xAPI 1.0.3 statements, for a programme that runs a Learning Record Store: each
 * learner's lessons as attempted, failed, passed and completed. Activity ids and learner accounts
 * hang off one fixed IRI base the deployment chooses (never the address a hall laptop happens to
 * serve from), so a province's workshops land on the same activities. Statement ids are name-based
 * UUIDs of learner, lesson, verb and day, so loading the same sheet twice adds nothing.
 */
export const XAPI_VERSION = '1.0.3';

const VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;
export type XapiVerb = keyof typeof VERBS;
const LESSON_TYPE = 'http://adlnet.gov/expapi/activities/lesson';

/** A lesson's name per language (RFC 5646 tags), as the activity's definition carries it. */
export type LanguageMap = Record<string, string>;

export interface XapiStatement {
  id: string;
  version: typeof XAPI_VERSION;
  timestamp: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: { 'en-US': XapiVerb } };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: LanguageMap };
  };
  result?: {
    success?: boolean;
    completion?: boolean;
    score?: { scaled: number; raw: number; min: 0; max: 100 };
    extensions?: Record<string, number>;
  };
  context: { platform: string; extensions?: Record<string, string> };
}

/** `https://example.org/xapi/` → activity `…/lessons/7`, extensions `…/extensions/…`. */
const under = (base: string, path: string) => `${base.endsWith('/') ? base : `${base}/`}${path}`;

export function classStatements(
  sheet: ClassSheet,
  lessonNames: ReadonlyMap<number, LanguageMap>,
  iriBase: string,
): XapiStatement[] {
  const namespace = uuidV5(iriBase, uuidV5.URL);
  const statements: XapiStatement[] = [];
  for (const member of sheet.members) {
    const timestamp = `${member.date}T00:00:00Z`;
    const actor = {
      objectType: 'Agent' as const,
      name: member.name || member.learnerId,
      account: { homePage: iriBase, name: member.learnerId },
    };
    const context = {
      platform: 'Học Số',
      ...(member.session ? { extensions: { [under(iriBase, 'extensions/session')]: member.session } } : {}),
    };
    for (const lesson of member.lessons) {
      const object = {
        objectType: 'Activity' as const,
        id: under(iriBase, `lessons/${lesson.code}`),
        definition: {
          type: LESSON_TYPE,
          name: lessonNames.get(lesson.code) ?? { en: `Lesson ${lesson.code}` },
        },
      };
      const statement = (verb: XapiVerb, result?: XapiStatement['result']): XapiStatement => ({
        id: uuidV5(`${member.learnerId}/${lesson.code}/${verb}/${member.date}`, namespace),
        version: XAPI_VERSION,
        timestamp,
        actor,
        verb: { id: VERBS[verb], display: { 'en-US': verb } },
        object,
        ...(result ? { result } : {}),
        context,
      });
      const score =
        lesson.bestScore === null
          ? {}
          : {
              score: {
                scaled: lesson.bestScore / 100,
                raw: lesson.bestScore,
                min: 0 as const,
                max: 100 as const,
              },
            };
      statements.push(statement('attempted'));
      if (lesson.failedAttempts > 0)
        statements.push(
          statement('failed', {
            success: false,
            extensions: { [under(iriBase, 'extensions/failed-attempts')]: lesson.failedAttempts },
          }),
        );
      if (lesson.completed) {
        statements.push(statement('passed', { success: true, ...score }));
        statements.push(statement('completed', { completion: true }));
      }
    }
  }
  return statements;
}

/** The IRI base a build uses when the deployment names none (HOCSO_XAPI_BASE): `.invalid` never resolves. */
export const PLACEHOLDER_XAPI_BASE = 'https://hoc-so.invalid/xapi/';

/**
 * An IRI base as typed by a trainer or set at build: an absolute http(s) address without query or
 * fragment, ending in `/`; undefined when it is not one (the sheet then keeps the one it had).
 */
export function xapiBase(text: string): string | undefined {
  let address: URL;
  try {
    address = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(address.protocol) || address.search || address.hash || address.username)
    return undefined;
  return address.href.endsWith('/') ? address.href : `${address.href}/`;
}
