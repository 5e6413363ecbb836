// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/**
 * Lint for src/ and test/. The regexp rules are a safety gate, not style: every article is untrusted
 * input, so a regular expression with super-linear backtracking is a denial-of-service bug (issue 5).
 * test/lint/regex-safety.test.ts proves that this file really reports such regexes.
 */
export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', '.bench/'] },
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, regexp.configs['flat/recommended']],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly' },
    },
    rules: {
      // Backtracking that grows polynomially/exponentially with the input, even from one start index.
      'regexp/no-super-linear-backtracking': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,mts,cts,js,mjs,cjs}'],
    rules: {
      // The engine's regexes run on untrusted articles of up to MAX_TEXT_CHARS (200k) and are used with
      // a *moving* start: `g`/`y`-less `exec`/`match`/`replace`/`split`/`search` retry at every index, so
      // a pattern that is linear from one index (`/\s*,\s*$/`, `/a+b/`) still costs O(n²) over the text.
      // That only matters where the subject is attacker-sized, i.e. src/. Tests and scripts match small,
      // fixed strings, where the rule's reports would be noise. `report: 'potential'` also checks
      // regexes whose use the rule cannot see (exported constants, lexicon tables), which are the norm
      // in a pipeline of stages.
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: true, ignorePartial: false }],
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
    },
  },
  {
    // The engine reads as small steps: no function in the pipeline over 80 lines (issue 8).
    files: ['src/pipeline/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    // CommonJS config files (jest.config.js).
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
