import { getCollection, render, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/locales';
import { LessonContentError } from '../lib/build/content-error';
import { localeParam, setPageContext } from '../lib/build/page-context';
import { useTranslations } from '../i18n';
import { findLesson, splitLessonId } from './curriculum';

/**
 * Lessons' practice pages (issue #21): `content/simulations/<locale>/<slug>.mdx` belongs to the
 * lesson `<slug>` and is its page `/<locale>/lessons/<slug>/practice/`. A practice page of its own
 * keeps the simulation's screens out of the lesson page's weight budget.
 */
export type SimulationEntry = CollectionEntry<'simulations'>;

/** The MDX file of a simulation entry, as build errors name it. */
const simulationSourceFile = (entry: SimulationEntry) =>
  entry.filePath ?? `content/simulations/${entry.id}.mdx`;

let checked: Promise<Map<string, SimulationEntry>> | undefined;

/**
 * Every simulation by `<locale>/<slug>`, once checked: each belongs to a lesson of its language,
 * and each language has the same ones (English has full parity). All problems at once.
 */
function allSimulations(): Promise<Map<string, SimulationEntry>> {
  return (checked ??= (async () => {
    const entries = await getCollection('simulations');
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const problems: string[] = [];
    for (const entry of entries) {
      const { locale, slug } = splitLessonId(entry.id);
      const file = simulationSourceFile(entry);
      if (!(locales as readonly string[]).includes(locale)) {
        problems.push(`${file}: is in no language folder (content/simulations/<${locales.join('|')}>/)`);
        continue;
      }
      if (!(await findLesson(locale as Locale, slug)))
        problems.push(
          `${file}: no lesson content/lessons/${locale}/${slug}.mdx to practise for; name the file after its lesson`,
        );
      for (const other of locales)
        if (other !== locale && !byId.has(`${other}/${slug}`))
          problems.push(
            `${file}: has no ${other} version (content/simulations/${other}/${slug}.mdx); every language has the same simulations`,
          );
    }
    if (problems.length > 0) throw new LessonContentError('simulations', problems);
    return byId;
  })());
}

/** The practice page of lesson `slug` in `locale`, if it has one. */
export async function findSimulation(locale: Locale, slug: string): Promise<SimulationEntry | undefined> {
  return (await allSimulations()).get(`${locale}/${slug}`);
}

/** The lessons of `locale` that have a simulation, by slug: the pages that count practice need them. */
export async function lessonsWithSimulation(locale: Locale): Promise<Set<string>> {
  return new Set(
    [...(await allSimulations()).keys()]
      .map((id) => splitLessonId(id))
      .filter((id) => id.locale === locale)
      .map((id) => id.slug),
  );
}

export async function simulationPaths() {
  return [...(await allSimulations()).values()].map((simulation) => {
    const { locale, slug } = splitLessonId(simulation.id);
    return { params: { lang: locale, slug }, props: { simulation } };
  });
}

/** A simulation's debriefs by screen id: its title, and whether it is a trap's. */
export type PracticeEnds = Record<string, { title: string; trap: boolean }>;

/**
 * The debriefs of lesson `slug`'s simulation, read from its MDX source, for the pages that show a
 * learner's practice (which end a run reached) without rendering the simulation. Undefined if the
 * lesson has none. Screen attributes are plain strings (the schema says so), so a pattern reads them;
 * tests/site/practice-ends.test.ts checks the result against every built practice page.
 */
export async function practiceEnds(locale: Locale, slug: string): Promise<PracticeEnds | undefined> {
  const entry = await findSimulation(locale, slug);
  if (!entry) return undefined;
  const ends: PracticeEnds = {};
  for (const [, attributes = ''] of (entry.body ?? '').matchAll(/<Screen\b([^>]*)>/g)) {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
    const id = attribute('id');
    const title = attribute('title');
    if (id && title && attribute('kind') === 'debrief')
      ends[id] = { title, trap: attribute('trap') !== undefined };
  }
  return ends;
}

/** What a practice page, or its paper exercise, starts from: language, strings, its lesson, MDX. */
export async function simulationPage(
  simulation: SimulationEntry,
  astro: { params: Record<string, string | undefined>; locals: App.Locals },
  view: 'practice' | 'paper' = 'practice',
) {
  const locale = localeParam(astro.params.lang);
  const { slug } = splitLessonId(simulation.id);
  const sourceFile = simulationSourceFile(simulation);
  setPageContext(astro, { locale, view, lesson: { slug, sourceFile } });
  const lesson = await findLesson(locale, slug);
  return {
    locale,
    slug,
    sourceFile,
    lesson: lesson!,
    t: useTranslations(locale),
    data: simulation.data,
    Content: (await render(simulation)).Content,
  };
}
