import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Code that ships to the browser; build-time modules (src/lib/build/) must not reach it. */
export const browserCode = [
  'src/elements/**',
  'src/stores/**',
  'src/lib/*.ts',
  'src/i18n/**',
  // Client <script> blocks, which eslint-plugin-astro lints as virtual files inside the .astro file.
  '**/*.astro/*.ts',
  '**/*.astro/*.js',
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      '.cache/',
      'test-results/',
      'playwright-report/',
      // Broken on purpose; tests/unit/lint-rules.test.ts lints them.
      'tests/lint/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // astro-eslint-parser has no project service; it builds the program from tsconfig.json itself.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // The parser types template JSX as an error type, so every `.map(() => <li/>)` would count as
      // returning `any`; front-matter code keeps the other no-unsafe-* rules.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    rules: {
      // Lit calls a template's event listeners (`@click=${this._onClick}`) with the element as
      // `this`, and our own listeners are arrow properties; passing a method is how Lit is written.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: browserCode,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)lib/build(/|$)|^\\./build(/|$)',
              message:
                'src/lib/build/ is build-time code (Node, content checks); browser code must not import it. Move what both need to src/lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // strictTypeChecked's settings, but numbers in messages and URLs are normal.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowAny: false,
          allowBoolean: false,
          allowNever: false,
          allowNullish: false,
          allowNumber: true,
          allowRegExp: false,
        },
      ],
      // `() => void call()` shorthand in event handlers is fine; a void value used as data is not.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Plain JavaScript isn't type-checked (no checkJs): every parameter is `any`, so type-aware rules
    // would only say "this is JS". Typed callers see these modules through their .d.mts files, which
    // are linted with types. Client <script> blocks are virtual files no TS program contains.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
