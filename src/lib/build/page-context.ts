import { isLocale, type Locale } from '../../i18n/locales';

/**
 * What a page is about, set once by the page and read by the components it renders, so no component
 * guesses its language or lesson from the URL. Build-time only.
 */
export type PageView =
  | 'page'
  | 'lesson'
  | 'present'
  | 'print'
  | 'booklet'
  | 'practice'
  /** A simulation printed as a paper exercise (`…/practice/print/`). */
  | 'paper'
  | 'review';

export interface LessonRef {
  slug: string;
  /** The MDX file, as build errors name it: `content/lessons/vi/install-vneid.mdx`. */
  sourceFile: string;
}

export interface PageContext {
  locale: Locale;
  view: PageView;
  /** The lesson a lesson, projector or print page shows; a booklet shows several, so has none. */
  lesson?: LessonRef | undefined;
}

/** The part of `Astro` the context lives on (typed in src/env.d.ts). */
interface HasLocals {
  locals: App.Locals;
}

/** A route's `lang` parameter as a locale; anything else is a bug in `getStaticPaths`. */
export function localeParam(value: string | undefined): Locale {
  if (!isLocale(value)) throw new Error(`Unknown language in the page's path: "${String(value)}"`);
  return value;
}

export function setPageContext(astro: HasLocals, context: PageContext): PageContext {
  astro.locals.page = context;
  return context;
}

export function pageContext(astro: HasLocals): PageContext {
  const context = astro.locals.page;
  if (!context)
    throw new Error('A lesson component was rendered on a page that did not call setPageContext().');
  return context;
}

/** The MDX file of a lesson entry, as build errors name it. */
export const lessonSourceFile = (entry: { id: string; filePath?: string | undefined }) =>
  entry.filePath ?? `content/lessons/${entry.id}.mdx`;
