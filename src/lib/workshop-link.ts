import * as v from 'valibot';
import type { Locale } from '../i18n/locales';
import { sessionIdSchema, workshopNameSchema } from '../schemas/workshop';
import { url } from './urls';

/**
 * The link a workshop's session QR holds (the projector's title screen): the join page with the
 * session id, the workshop's name and the lesson being taught, e.g.
 * `/vi/join/?s=K7M2QX&w=%E1%BA%A4p+3&l=scan-to-pay`. The join page notes the workshop in the
 * learner's profile and opens the lesson. The path is made here; the page drawing the code puts it
 * on the address it is open at (a hall laptop's Wi-Fi address the build can't know).
 */
export interface JoinLink {
  session: string;
  name: string;
  /** The lesson's slug. */
  lesson: string;
}

const lessonSlugSchema = v.pipe(v.string(), v.maxLength(100), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const joinLinkSchema = v.strictObject({
  session: sessionIdSchema,
  name: workshopNameSchema,
  lesson: lessonSlugSchema,
});

/** The join page's path under the site's base, with the link's parameters. */
export function joinPath(locale: Locale, link: JoinLink): string {
  const query = new URLSearchParams({ s: link.session, w: link.name, l: link.lesson });
  return `${url(`${locale}/join/`)}?${query.toString()}`;
}

/** What is wrong with a join link: nothing in it at all, or something missing or malformed. */
export type JoinProblem = 'missing' | 'bad';
export type JoinReading = { ok: true; link: JoinLink } | { ok: false; problem: JoinProblem };

/**
 * The workshop in a join page's query string, checked in full; a link with any parameter missing,
 * repeated or malformed is refused whole, so nothing half-read is ever stored.
 */
export function readJoinLink(search: string): JoinReading {
  const params = new URLSearchParams(search);
  const keys = ['s', 'w', 'l'] as const;
  if (keys.every((key) => !params.has(key))) return { ok: false, problem: 'missing' };
  if (keys.some((key) => params.getAll(key).length !== 1)) return { ok: false, problem: 'bad' };
  const parsed = v.safeParse(joinLinkSchema, {
    session: params.get('s'),
    name: params.get('w'),
    lesson: params.get('l'),
  });
  return parsed.success ? { ok: true, link: parsed.output } : { ok: false, problem: 'bad' };
}
