import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rules that keep `any` out and build-time code out of the browser must really fire. Each
 * fixture in tests/lint/fixtures/ is linted by the project's own eslint.config.js as if it stood at a
 * path in src/, so the same `files` globs apply; its `.fixed` twin must lint clean.
 */
const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(join(root, 'tests/lint/fixtures', name), 'utf8');

const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    {
      // Type information for a file that isn't on disk: TypeScript's default project, from tsconfig.json.
      files: ['src/elements/*.ts'],
      languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['src/elements/*.ts'] } } },
    },
    {
      // No TS program can hold an .astro file that isn't on disk; the import rule needs no types.
      files: ['src/components/*.astro'],
      languageOptions: { parserOptions: { project: false } },
      rules: tseslint.configs.disableTypeChecked.rules,
    },
  ],
});

async function lint(name: string, filePath: string) {
  const [result] = await eslint.lintText(fixture(name), { filePath });
  return result!.messages.map(({ line, ruleId, message }) => ({ line, ruleId, message }));
}

describe('type-aware lint: no `any` reaches our code', () => {
  it('reports a JSON.parse result used unchecked and an `any` annotation', async () => {
    const messages = await lint('any-leak.ts', 'src/elements/any-leak.ts');
    expect(messages.map(({ line, ruleId }) => [line, ruleId])).toEqual([
      [4, '@typescript-eslint/no-unsafe-assignment'],
      [5, '@typescript-eslint/no-unsafe-return'],
      [5, '@typescript-eslint/no-unsafe-member-access'],
      [8, '@typescript-eslint/no-explicit-any'],
      [9, '@typescript-eslint/no-unsafe-return'],
    ]);
  });

  it('reports nothing once the parsed value is checked', async () => {
    expect(await lint('any-leak.fixed.ts', 'src/elements/any-leak.ts')).toEqual([]);
  });
});

describe('browser code may not import src/lib/build/', () => {
  it('reports the import in an element', async () => {
    const messages = await lint('build-import.ts', 'src/elements/build-import.ts');
    expect(messages.map(({ line, ruleId }) => [line, ruleId])).toEqual([[2, 'no-restricted-imports']]);
    expect(messages[0]!.message).toContain('src/lib/build/ is build-time code');
  });

  it('reports nothing for an import from src/lib/', async () => {
    expect(await lint('build-import.fixed.ts', 'src/elements/build-import.ts')).toEqual([]);
  });

  it('reports it in a client <script>, not in the build-time front matter', async () => {
    const messages = await lint('build-import.astro', 'src/components/BuildImport.astro');
    expect(messages.map(({ line, ruleId }) => [line, ruleId])).toEqual([[11, 'no-restricted-imports']]);
  });
});
