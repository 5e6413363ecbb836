/**
 * `npx tsx scripts/polnear-check.ts --polnear <PolNeAR git dir> [--base URL] [--part tune|calibrate]
 *  [--scorer ../shared/eval/polnear.py]`: shows that scoring/polnear.ts and the judged Python scorer give
 * identical numbers. For each part (both by default) it scores the engine in-process with the TypeScript
 * port, runs polnear.py against a service, and compares the two JSON summaries key by key; exit 1 on
 * any difference. The service is this app started in-process on a free port (its engine run on the
 * event loop instead of a worker pool: same answers, one core), or the one at --base (`npm start`).
 * Only data/train is read.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { serializeResult, type Engine } from '../src/http/engine';
import { attribute } from '../src/pipeline';
import { optionValue, partOption, pythonSummary, runPolnear, type PartOption } from './polnear-run';

/** The engine on the calling thread: what the worker pool runs, without the pool. */
const inProcessEngine: Engine = {
  run: async (text, options) => serializeResult(attribute(text, options)),
  warmUp: async () => {},
  close: async () => {},
};

function runPython(scorer: string, git: string, base: string, part: PartOption): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    const child = spawn('python3', [scorer, '--git', git, '--base', base, '--part', part, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`${scorer} exited with ${code}`));
      const last = out.trim().split('\n').pop() ?? '';
      done(JSON.parse(last) as Record<string, unknown>);
    });
  });
}

/** Keys whose values differ (numbers compared as numbers: Python prints 1.0 where JSON.stringify prints 1). */
function differences(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]) && !sameErrors(a[k], b[k]));
}

function sameErrors(x: unknown, y: unknown): boolean {
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  const sorted = (o: object): string => JSON.stringify(Object.entries(o).sort(([p], [q]) => p.localeCompare(q)));
  return sorted(x) === sorted(y);
}

async function main(argv: readonly string[]): Promise<void> {
  const git = optionValue(argv, '--polnear') ?? process.env.POLNEAR_GIT;
  if (git === undefined) throw new Error('give --polnear <git dir of a PolNeAR snapshot> (or POLNEAR_GIT)');
  const scorer = resolve(optionValue(argv, '--scorer') ?? '../shared/eval/polnear.py');
  const parts: PartOption[] = argv.includes('--part') ? [partOption(argv)] : ['tune', 'calibrate'];
  let base = optionValue(argv, '--base');
  const app = base === undefined ? buildApp(loadConfig({ LOG_LEVEL: 'silent', WORKERS: '1' }), { engine: inProcessEngine }) : null;
  if (app !== null) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }
  let failed = false;
  try {
    for (const part of parts) {
      const ts = pythonSummary(runPolnear(git, part)) as unknown as Record<string, unknown>;
      const py = await runPython(scorer, git, base!, part);
      const diff = differences(ts, py);
      console.log(`part ${part}\n  TypeScript (scoring/polnear.ts, engine in-process): ${JSON.stringify(ts)}`);
      console.log(`  Python     (${scorer} against ${base}): ${JSON.stringify(py)}`);
      console.log(diff.length === 0 ? '  identical' : `  DIFFERENT: ${diff.join(', ')}`);
      failed ||= diff.length > 0;
    }
  } finally {
    await app?.close();
  }
  process.exitCode = failed ? 1 : 0;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
});
