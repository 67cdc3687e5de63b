import { simulationComponent } from '../../schemas/simulation';
import { LessonContentError, locateErrors } from './content-error';
import { childrenHtml, readChildren } from './mdx-children';
import { parseProps } from './mdx-props';
import { simulationProblems } from './simulation-graph';

/**
 * A `<Simulation>` as its MDX wrote it: props checked, screens read, graph checked. Throws, naming
 * the simulation and screen, on any mistake, so the build stops wherever it is drawn: as the
 * pretend phone (Simulation.astro) or on paper (SimulationPaper.astro).
 */
export async function readSimulation(astro: {
  props: Record<string, unknown>;
  slots: { has(name: string): boolean; render(name: string): Promise<string> };
}) {
  const at = `<Simulation id="${typeof astro.props.id === 'string' ? astro.props.id : ''}">`;
  const { id, title, start, traps, variants } = parseProps(simulationComponent, astro.props, at);
  const { values: screens } = await locateErrors({ within: at }, async () =>
    readChildren('screen', await childrenHtml(astro)),
  );
  const problems = simulationProblems({ id, title, start, traps, variants, screens });
  if (problems.length > 0)
    throw new LessonContentError(
      at,
      problems,
      'Write it like: <Simulation id="…" title="…" start="first-screen" traps={["trap-id"]}><Screen id="first-screen" kind="app" title="…">what it shows<Choice to="next" explanation="why">what the learner does</Choice></Screen>…<Screen id="end" kind="debrief" title="…">what to remember</Screen></Simulation>',
    );
  return { id, title, start, traps, variants, screens };
}
