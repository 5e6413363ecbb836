// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/**
 * Layers (see docs/architecture.md): the service imports no tests, dev scripts or scorer; only
 * src/pipeline/parse.ts touches compromise; the engine (src/pipeline) is pure and owns its types, so
 * it imports nothing from HTTP, schemas, config or the worker; the worker does not reach into HTTP.
 */
const NOT_IN_SERVICE = { group: ['**/test/**', '**/scripts/**', '**/scoring/**'], message: 'The service does not import tests, dev scripts or the scorer.' };
const NLP_ADAPTER = { group: ['compromise', 'compromise/*'], message: 'compromise is reached only through src/pipeline/parse.ts.' };
const NOT_IN_ENGINE = {
  group: ['**/http', '**/http/**', '**/schemas', '**/schemas/**', '**/app', '**/config', '**/server', '**/worker', '**/worker-task', 'fastify', '@fastify/*', 'piscina', 'typebox', 'typebox/*'],
  message: 'The engine (src/pipeline) is pure and owns its types: no HTTP, schemas, config or worker.',
};
const NOT_IN_WORKER = { group: ['**/http', '**/http/**', 'fastify', '@fastify/*'], message: 'The worker does not reach into the HTTP layer.' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
  { files: ['src/**/*.ts'], rules: restrict(NOT_IN_SERVICE, NLP_ADAPTER) },
  { files: ['src/pipeline/**/*.ts'], rules: restrict(NOT_IN_SERVICE, NLP_ADAPTER, NOT_IN_ENGINE) },
  { files: ['src/pipeline/parse.ts'], rules: restrict(NOT_IN_SERVICE, NOT_IN_ENGINE) },
  { files: ['src/worker.ts', 'src/worker-task.ts', 'src/schemas/**/*.ts'], rules: restrict(NOT_IN_SERVICE, NLP_ADAPTER, NOT_IN_WORKER) },
  {
    // The engine reads as small steps: no function in the pipeline over 80 lines (issue 8).
    files: ['src/pipeline/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    // The page's script (public/): a classic browser script, no modules, no build step.
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { document: 'readonly', fetch: 'readonly', URL: 'readonly', Blob: 'readonly', CSS: 'readonly', Element: 'readonly', setTimeout: 'readonly', performance: 'readonly' },
    },
  },
  {
    // CommonJS config files (jest.config.js).
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
