import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Proves the layering gate of eslint.config.mjs (no-restricted-imports) works: lints one-line
 * sources as if they lived at the given paths and checks which imports are reported. If someone
 * weakens the config, this fails. ESLint runs in a child process, as in regex-safety.test.ts.
 */
const root = path.resolve(__dirname, '../..');
const RULE = 'no-restricted-imports';

interface Probe {
  readonly file: string;
  readonly from: string;
  readonly restricted: boolean;
}

const PROBES: readonly Probe[] = [
  { file: 'src/pipeline/index.ts', from: '../http/engine', restricted: true },
  { file: 'src/pipeline/index.ts', from: '../schemas/attribution', restricted: true },
  { file: 'src/pipeline/index.ts', from: '../config', restricted: true },
  { file: 'src/pipeline/resolution/roles.ts', from: '../../http/errors', restricted: true },
  { file: 'src/pipeline/index.ts', from: 'fastify', restricted: true },
  { file: 'src/pipeline/find-cues.ts', from: 'compromise', restricted: true },
  { file: 'src/pipeline/parse.ts', from: 'compromise', restricted: false },
  { file: 'src/pipeline/index.ts', from: './result', restricted: false },
  { file: 'src/http/engine.ts', from: 'compromise', restricted: true },
  { file: 'src/http/engine.ts', from: '../../test/fixtures/pathological', restricted: true },
  { file: 'src/app.ts', from: '../scoring/score', restricted: true },
  { file: 'src/worker.ts', from: './http/engine', restricted: true },
  { file: 'src/worker.ts', from: './pipeline', restricted: false },
  { file: 'src/schemas/attribution.ts', from: '../http/errors', restricted: true },
  { file: 'src/schemas/attribution.ts', from: '../pipeline/result', restricted: false },
  { file: 'src/http/engine-inline.ts', from: '../pipeline', restricted: false },
];

const LINT_IN_CHILD = `
const { ESLint } = require('eslint');
const path = require('node:path');
(async () => {
  const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: input.root });
  const out = [];
  for (const p of input.probes) {
    const code = "import * as probe from '" + p.from + "';\\nexport const used = probe;\\n";
    const [r] = await eslint.lintText(code, { filePath: path.join(input.root, p.file) });
    out.push(r.messages.map((m) => m.ruleId || m.message));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

describe('layering gate (eslint no-restricted-imports)', () => {
  const reported: string[][] = JSON.parse(
    execFileSync(process.execPath, ['-e', LINT_IN_CHILD], { cwd: root, input: JSON.stringify({ root, probes: PROBES }), encoding: 'utf8' }),
  );

  it.each(PROBES.map((p, i) => [p.file, p.from, p.restricted, i] as const))('%s importing %s → restricted: %s', (_file, _from, restricted, i) => {
    expect((reported[i] as string[]).includes(RULE)).toBe(restricted);
  });
});
