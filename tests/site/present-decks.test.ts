import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSites, decodeHtml } from './sites';

// Every lesson's projector deck, read from the built pages (tests/e2e/projector.spec.ts drives a
// sample in the browser, one lesson per kind of last question and language): it opens on the
// lesson's title, has its steps and its quiz as screens, and ends on a question.

const [main] = builtSites();
const { dist } = main!;

const decode = decodeHtml;

for (const lang of ['vi', 'en'] as const) {
  const slugs = readdirSync(join(dist, lang, 'lessons')).filter((slug) =>
    readdirSync(join(dist, lang, 'lessons', slug)).includes('present'),
  );
  describe(`${lang} decks`, () => {
    test('every lesson has one', () => {
      expect(slugs.length).toBeGreaterThan(0);
      for (const slug of readdirSync(join(dist, lang, 'lessons')))
        expect(slugs, `${slug} has a deck`).toContain(slug);
    });
    for (const slug of slugs)
      test(`${slug}: title screen first, its steps and quiz as screens, a question last`, () => {
        const deck = readFileSync(join(dist, lang, 'lessons', slug, 'present', 'index.html'), 'utf8');
        const page = readFileSync(join(dist, lang, 'lessons', slug, 'index.html'), 'utf8');
        const kinds = [...deck.matchAll(/<section\b[^>]*\bdata-screen\b[^>]*\bdata-kind="([a-z]+)"/g)].map(
          (m) => m[1]!,
        );
        expect(kinds.length).toBeGreaterThanOrEqual(6);
        expect(kinds[0]).toBe('title');
        expect(kinds.at(-1)).toBe('question');
        const title = decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(page)![1]!);
        const deckTitle = /<section\b[^>]*data-kind="title"[^>]*>[\s\S]*?<h1[^>]*>([^<]*)<\/h1>/.exec(deck);
        expect(decode(deckTitle![1]!)).toBe(title);
        // One screen per step and per question of the lesson page.
        const steps = (page.match(/<li class="step"/g) ?? []).length;
        const questions = (page.match(/<li class="quiz-item"/g) ?? []).length;
        expect(kinds.filter((k) => k === 'step').length).toBe(steps);
        expect(kinds.filter((k) => k === 'question').length).toBe(questions);
      });
  });
}
