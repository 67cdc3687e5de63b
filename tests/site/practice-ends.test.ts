import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSites, decodeHtml, read } from './sites';

// A topic's progress table names how a learner's last practice run ended by its debrief's title
// (components/TrackProgressTable.astro), read from the simulation's MDX by a pattern
// (data/simulations.ts, practiceEnds). Here that reading is checked against what the practice page
// itself drew from the same file: every debrief, with the same title, for every simulation.

const [main] = builtSites();
const { dist } = main!;

const decode = decodeHtml;

for (const lang of ['vi', 'en'] as const) {
  const lessons = readdirSync(join(dist, lang, 'lessons'));
  const practised = lessons.filter((slug) =>
    readdirSync(join(dist, lang, 'lessons', slug)).includes('practice'),
  );
  const tables = readdirSync(join(dist, lang, 'tracks')).map((track) =>
    read(dist, `${lang}/tracks/${track}/index.html`),
  );
  /** The practice cell of `slug` in its topic's table: its `ends` attribute, or undefined. */
  const cellEnds = (slug: string) => {
    for (const html of tables) {
      // Astro quotes an attribute holding JSON with ' (or with " and entities).
      const cell = new RegExp(`<lesson-practice lesson="${slug}" ends=(?:"([^"]*)"|'([^']*)')`).exec(html);
      if (cell) return JSON.parse(decode(cell[1] ?? cell[2]!)) as Record<string, string>;
    }
    return undefined;
  };

  describe(`${lang} practice in the topics' progress tables`, () => {
    test('there are simulations to check', () => {
      expect(practised.length).toBeGreaterThanOrEqual(5);
    });

    for (const slug of practised)
      test(`${slug}: the table knows every debrief of its simulation, by the title the phone shows`, () => {
        const page = read(dist, `${lang}/lessons/${slug}/practice/index.html`);
        const drawn = Object.fromEntries(
          [...page.matchAll(/<li class="sim-screen"[^>]*>/g)]
            .map(([tag]) => tag)
            .filter((tag) => tag.includes('data-kind="debrief"'))
            .map((tag) => [
              /data-screen="([^"]*)"/.exec(tag)![1]!,
              decode(/data-title="([^"]*)"/.exec(tag)![1]!),
            ]),
        );
        expect(Object.keys(drawn).length).toBeGreaterThanOrEqual(2);
        expect(cellEnds(slug)).toEqual(drawn);
      });

    test('lessons without a simulation have no practice element, only the words saying so', () => {
      for (const slug of lessons.filter((s) => !practised.includes(s)))
        expect(cellEnds(slug), slug).toBeUndefined();
    });
  });
}
