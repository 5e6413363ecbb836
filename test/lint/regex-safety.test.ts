import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Proves the regex safety gate of eslint.config.mjs works: it lints fixture sources with the project's
 * own config (as if they lived in src/ and test/) and checks that known super-linear regexes are
 * reported and safe ones are not. If someone weakens the config, this fails.
 *
 * ESLint loads eslint.config.mjs with a dynamic `import()`, which Jest's module sandbox refuses without
 * --experimental-vm-modules; so the ESLint Node API runs in one plain child `node` process instead.
 */
const root = path.resolve(__dirname, '../..');
const BACKTRACKING = 'regexp/no-super-linear-backtracking';
const MOVE = 'regexp/no-super-linear-move';

interface Fixture {
  readonly name: string;
  readonly code: string;
  /** Where the fixture pretends to live, relative to the repo root (never written to disk). */
  readonly file: string;
  readonly expected: readonly string[];
}

interface LintOutcome {
  results: { file: string; ruleIds: string[]; fatal: string[] }[];
  srcSeverities: unknown[];
}

const LINT_IN_CHILD = `
const { ESLint } = require('eslint');
const path = require('node:path');
(async () => {
  const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: input.root });
  const results = [];
  for (const f of input.fixtures) {
    const [r] = await eslint.lintText(f.code, { filePath: path.join(input.root, f.file) });
    results.push({
      file: f.file,
      ruleIds: r.messages.map((m) => m.ruleId || ''),
      fatal: r.messages.filter((m) => m.fatal).map((m) => m.message),
    });
  }
  const config = await eslint.calculateConfigForFile(path.join(input.root, 'src/pipeline/index.ts'));
  const sev = (v) => (Array.isArray(v) ? v[0] : v);
  const srcSeverities = input.rules.map((rule) => sev(config.rules[rule]));
  process.stdout.write(JSON.stringify({ results, srcSeverities }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

function lintInChild(fixtures: readonly Fixture[]): LintOutcome {
  const out = execFileSync(process.execPath, ['-e', LINT_IN_CHILD], {
    cwd: root,
    input: JSON.stringify({ root, fixtures, rules: [BACKTRACKING, MOVE] }),
    encoding: 'utf8',
  });
  return JSON.parse(out) as LintOutcome;
}

describe('regex safety lint', () => {
  const cases: readonly Fixture[] = [
    {
      name: 'nested quantifier (exponential backtracking) in src/',
      code: `export const isBad = (s: string): boolean => /^(a+)+b$/.test(s);\n`,
      file: 'src/pipeline/__lint-fixture__.ts',
      expected: [BACKTRACKING],
    },
    {
      name: 'adjacent overlapping quantifiers (polynomial backtracking) in src/',
      code: `export const trailing = (s: string): boolean => /^\\s*x\\s*\\s*$/.test(s);\n`,
      file: 'src/pipeline/__lint-fixture__.ts',
      expected: [BACKTRACKING],
    },
    {
      name: 'moving-start quadratic pattern in src/',
      code: `export const stripComma = (s: string): string => s.replace(/\\s*,\\s*$/, '');\n`,
      file: 'src/pipeline/__lint-fixture__.ts',
      expected: [MOVE],
    },
    {
      name: 'moving-start pattern kept in an exported constant in src/',
      code: `export const TRAILING_COMMA = /\\s*,\\s*$/;\n`,
      file: 'src/pipeline/__lint-fixture__.ts',
      expected: [MOVE],
    },
    {
      name: 'nested quantifier in test/ is still reported',
      code: `export const isBad = (s: string): boolean => /^(a+)+b$/.test(s);\n`,
      file: 'test/__lint-fixture__.ts',
      expected: [BACKTRACKING],
    },
    {
      name: 'moving-start pattern in test/ is allowed (small fixed subjects)',
      code: `export const stripComma = (s: string): string => s.replace(/\\s*,\\s*$/, '');\n`,
      file: 'test/__lint-fixture__.ts',
      expected: [],
    },
    {
      name: 'safe anchored, sticky and linear patterns in src/',
      code: [
        `export const isWord = (s: string): boolean => /^[a-z]+$/i.test(s);`,
        `export const QUOTE_MARK = /[“”"]/g;`,
        `export const SPEECH_VERB = /\\b(?:said|says|told)\\b/y;`,
        `export const trimEnd = (s: string): string => s.replace(/,$/, '');`,
        '',
      ].join('\n'),
      file: 'src/pipeline/__lint-fixture__.ts',
      expected: [],
    },
  ];

  let outcome: LintOutcome;
  beforeAll(() => {
    outcome = lintInChild(cases);
  }, 60_000);

  it.each(cases.map((c, i) => ({ ...c, i })))('$name', ({ expected, i }) => {
    const result = outcome.results[i];
    if (!result) throw new Error('no lint result');
    expect(result.fatal).toEqual([]);
    const regexSafety = result.ruleIds.filter((id) => id === BACKTRACKING || id === MOVE);
    expect([...new Set(regexSafety)].sort()).toEqual([...expected].sort());
  });

  it('the project config turns both rules on as errors for src/', () => {
    expect(outcome.srcSeverities).toEqual([2, 2]);
  });
});
