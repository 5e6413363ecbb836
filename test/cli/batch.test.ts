/**
 * `quote-attribution batch`: one output line per input document in input order, failures as lines,
 * CSV, resume, and `--shard i/n`: n shard runs merged are exactly the one-process run, with no
 * document lost or doubled, over the seeds (real worker pool) and over 10,000 generated documents.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parseShard, readDoneIds, runBatch, shardOf } from '../../src/cli/batch';
import type { Engine } from '../../src/http/engine';
import { createEnginePool } from '../../src/http/engine-pool';
import { createInlineEngine } from '../../src/http/engine-inline';
import { attribute } from '../../src/pipeline';

// The worker pool loads the engine in each thread first; on a shared CI machine that takes a while.
jest.setTimeout(180_000);

const SEEDS_DIR = path.join(__dirname, '../../seeds');
const SEEDS = fs
  .readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8') }));

function collector() {
  let data = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      data += chunk.toString('utf8');
      cb();
    },
  });
  return { stream, text: () => data };
}

/** Runs the batch over `input` (NDJSON text) and returns its exit status, stdout and stderr. */
async function batch(args: string[], input: string, engine: Engine) {
  const stdout = collector();
  const stderr = collector();
  const status = await runBatch(args, { stdin: Readable.from([input]), stdout: stdout.stream, stderr: stderr.stream }, { engine });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const ndjson = (docs: readonly unknown[]): string => docs.map((d) => (typeof d === 'string' ? d : JSON.stringify(d))).join('\n') + '\n';
const lines = (out: string): string[] => out.split('\n').filter((l) => l !== '');
const idOf = (line: string): string => (JSON.parse(line) as { id: string }).id;

/** Runs every shard of `n` and merges their lines back into input order (by id). */
async function shardedRun(input: string, order: readonly string[], n: number, engine: Engine) {
  const byId = new Map<string, string[]>();
  const perShard: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const { status, stdout } = await batch(['--shard', `${i}/${n}`], input, engine);
    expect(status).toBe(0);
    perShard.push(lines(stdout).length);
    for (const line of lines(stdout)) byId.set(idOf(line), [...(byId.get(idOf(line)) ?? []), line]);
  }
  return { byId, perShard, merged: order.flatMap((id) => byId.get(id) ?? []) };
}

describe('quote-attribution batch over the seeds, through the worker pool', () => {
  let pool: Engine;
  beforeAll(async () => {
    pool = createEnginePool({ workers: 2, maxQueue: 8 });
    await pool.warmUp();
  });
  afterAll(() => pool.close());

  const input = ndjson([...SEEDS, 'not json', { id: 'empty', text: '' }, { text: '“Fine,” said Jane Doe.', url: 'ignored' }]);
  const order = [...SEEDS.map((s) => s.id), '#6', 'empty', '#8'];

  it('writes one line per document in input order, the engine\'s answer with the id in front', async () => {
    const { status, stdout, stderr } = await batch([], input, pool);
    expect(status).toBe(0);
    const out = lines(stdout);
    expect(out.map(idOf)).toEqual(order);
    SEEDS.forEach((seed, i) => expect(JSON.parse(out[i]!)).toEqual({ id: seed.id, ...attribute(seed.text) }));
    expect(JSON.parse(out[5]!)).toEqual({ id: '#6', error: { code: 'MALFORMED_JSON', detail: expect.stringContaining('line 6') } });
    expect(JSON.parse(out[6]!)).toMatchObject({ id: 'empty', error: { code: 'INVALID_REQUEST' } });
    expect(JSON.parse(out[7]!)).toEqual({ id: '#8', ...attribute('“Fine,” said Jane Doe.') });
    expect(stderr).toMatch(/^batch: 8 documents written \(2 failed, 0 skipped\)/);
  });

  it.each([2, 3])('%i shards merged are the one-process output, no document lost or doubled', async (n) => {
    const single = lines((await batch([], input, pool)).stdout);
    const { byId, merged } = await shardedRun(input, order, n, pool);
    expect([...byId.values()].every((l) => l.length === 1)).toBe(true);
    expect(merged).toEqual(single);
  });

  it('--csv writes a header and one row per quote, and a row with the error for a failed document', async () => {
    const { status, stdout } = await batch(['--csv'], input, pool);
    expect(status).toBe(0);
    const rows = stdout.split('\r\n').filter((r) => r !== '');
    expect(rows[0]).toBe('doc_id,quote_id,type,start,end,speaker_id,speaker,mention,cue,rule,confidence,continues,text,error');
    const quotes = SEEDS.reduce((n, s) => n + attribute(s.text).quotes.length, 0) + 1;
    // Quote texts hold no line breaks here, so rows can be counted by CRLF.
    expect(rows.filter((r) => /^(?:0\d\d_|#8,)/.test(r))).toHaveLength(quotes);
    expect(rows).toContain(`#6,${','.repeat(12)}MALFORMED_JSON: line 6 is not valid JSON`);
  });
});

describe('quote-attribution batch over 10,000 generated documents', () => {
  const FIRST = ['Alex', 'Sam', 'Jordan', 'Casey', 'Robin', 'Morgan'];
  const LAST = ['Vale', 'Orme', 'Brack', 'Tull', 'Wren'];
  const VERBS = ['said', 'told reporters', 'added', 'warned'];
  const docs = Array.from({ length: 10_000 }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    if (i % 997 === 0) return { id: `doc-${i}`, text: '' }; // a failure in some shards
    return { id: `doc-${i}`, text: `The council met on day ${i}.\n\n“We will decide on item ${i} soon,” ${VERBS[i % VERBS.length]} ${name}.` };
  });
  const input = ndjson(docs);
  const order = docs.map((d) => d.id);
  const engine = createInlineEngine();
  let single: string[];

  beforeAll(async () => {
    single = lines((await batch([], input, engine)).stdout);
  });

  it('one process writes every document once, in input order', () => {
    expect(single.map(idOf)).toEqual(order);
    expect(single.filter((l) => l.includes('"error"'))).toHaveLength(docs.filter((d) => d.text === '').length);
  });

  it('4 shards merged are the one-process output, each document in exactly one shard', async () => {
    const { byId, perShard, merged } = await shardedRun(input, order, 4, engine);
    expect(byId.size).toBe(docs.length);
    expect([...byId.values()].filter((l) => l.length !== 1)).toEqual([]);
    expect(perShard.reduce((a, b) => a + b, 0)).toBe(docs.length);
    // A hash share, not a split of the file: every shard gets a fair part.
    for (const count of perShard) expect(count).toBeGreaterThan(docs.length / 4 / 2);
    expect(merged).toEqual(single);
  });
});

describe('quote-attribution batch --resume', () => {
  const engine = createInlineEngine();
  const docs = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, text: `“Point ${i} stands,” said Sam Vale.` }));
  const input = ndjson(docs);

  it('skips the ids already written, drops a cut-off last line and appends the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-resume-'));
    const file = path.join(dir, 'out.ndjson');
    try {
      expect((await batch(['-o', file], input, engine)).status).toBe(0);
      const full = fs.readFileSync(file, 'utf8');
      // A run that died after 12 documents, in the middle of the 13th line.
      const kept = lines(full).slice(0, 12).join('\n') + '\n';
      fs.writeFileSync(file, kept + lines(full)[12]!.slice(0, 20));
      const { status, stderr } = await batch(['-o', file, '--resume'], input, engine);
      expect(status).toBe(0);
      expect(stderr).toMatch(/18 documents written \(0 failed, 12 skipped\)/);
      expect(fs.readFileSync(file, 'utf8')).toBe(full);
      expect(readDoneIds(file).size).toBe(30);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('quote-attribution batch: keeps input order whatever order answers finish in', () => {
  it('writes in input order when later documents finish first', async () => {
    // An engine that answers short texts last: the pool's completion order is not the input order.
    const slowFirst: Engine = {
      async run(text) {
        await new Promise((r) => setTimeout(r, Math.max(0, 40 - text.length)));
        return { json: '{"quotes":[],"speakers":[]}', quotes: 0 };
      },
      async warmUp() {},
      async close() {},
    };
    const docs = Array.from({ length: 20 }, (_, i) => ({ id: `o${i}`, text: 'x'.repeat(i + 1) }));
    const { stdout } = await batch(['--workers', '4'], ndjson(docs), slowFirst);
    expect(lines(stdout).map(idOf)).toEqual(docs.map((d) => d.id));
  });
});

describe('quote-attribution batch: progress', () => {
  const engine = createInlineEngine();
  const input = ndjson(Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, text: `“Item ${i},” said Sam Vale.` })));

  async function stderrOf(isTTY: boolean, args: string[]): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-progress-'));
    const file = path.join(dir, 'in.ndjson');
    fs.writeFileSync(file, input);
    const stderr = collector();
    const tty = Object.assign(stderr.stream, { isTTY });
    try {
      expect(await runBatch([...args, file], { stdin: Readable.from(['']), stdout: collector().stream, stderr: tty }, { engine })).toBe(0);
      return stderr.text();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('shows documents, %, docs/s and ETA on a terminal', async () => {
    const err = await stderrOf(true, []);
    expect(err).toMatch(/\r5 documents 100\.0%, [\d.]+ docs\/s, ETA \d+s/);
  });

  it('prints only the summary line when stderr is not a terminal', async () => {
    const err = await stderrOf(false, []);
    expect(err).not.toContain('\r');
    expect(err).toMatch(/^batch: 5 documents written \(0 failed, 0 skipped\) in [\d.]+ s, [\d.]+ docs\/s\n$/);
  });
});

describe('quote-attribution batch from the command line', () => {
  it('`quote-attribution batch` reads stdin and writes NDJSON to stdout through the worker pool', () => {
    const docs = [{ id: 'a', text: '“We are ready,” said Jane Doe.' }, { id: 'b', text: '' }];
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'batch', '--workers', '1'], {
      cwd: path.join(__dirname, '../..'),
      input: ndjson(docs),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(res.status).toBe(0);
    const out = lines(res.stdout);
    expect(JSON.parse(out[0]!)).toEqual({ id: 'a', ...attribute(docs[0]!.text) });
    expect(JSON.parse(out[1]!)).toMatchObject({ id: 'b', error: { code: 'INVALID_REQUEST' } });
    expect(res.stderr).toMatch(/^batch: 2 documents written \(1 failed, 0 skipped\)/);
  });
});

describe('quote-attribution batch: arguments and sharding', () => {
  const engine = createInlineEngine();

  it.each([
    [['--shard', '3/3']],
    [['--shard', '1/0']],
    [['--shard', 'half']],
    [['--resume']],
    [['--resume', '--csv', '-o', 'x.csv']],
    [['--workers', '0']],
  ])('refuses %j with status 2', async (args) => {
    const { status, stderr } = await batch(args, '', engine);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: quote-attribution batch');
  });

  it('parses i/n', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
  });

  it('shards by a stable hash of the id', () => {
    expect(shardOf('doc-1', 4)).toBe(shardOf('doc-1', 4));
    expect(shardOf('anything', 1)).toBe(0);
    const seen = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`id-${i}`, 5)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
