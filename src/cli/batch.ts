import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import type { Engine } from '../http/engine';
import { createEnginePool } from '../http/engine-pool';
import { AttributeOptionsSchema, type AttributionResult } from '../schemas/attribution';

export const BATCH_USAGE = `Usage: quote-attribution batch [options] [input.ndjson]

Attributes an archive: one JSON document per input line, {"id": "...", "text": "...",
"options": {...}} (other properties are ignored), from the file or standard input.
Writes one line per document, in input order: {"id", "quotes", "speakers", "summary"}, or
{"id", "error": {"code", "detail"}} for a document that failed. A line without an
id is named by its line number ("#12"). Uses every core through a worker pool.

Options:
  -o, --output <file>     write to this file instead of standard output
      --csv               CSV instead of NDJSON: one row per quote, doc_id first
      --resume            skip the ids already in --output and append the rest (NDJSON only)
      --shard <i/n>       only the documents whose id hashes to share i of n (0 <= i < n)
      --workers <n>       worker threads (default: the number of cores)
      --timeout-ms <n>    give up on one document after n ms of work (default 60000)
  -h, --help              print this help

A progress line (documents, docs/s, ETA) goes to standard error when it is a terminal.
Exit status: 0 when every document was written (failed ones included), 1 when the input or
output cannot be read or written, 2 on bad usage.`;

/** One input line: the article and what to call it. Extra properties (url, date…) are allowed and ignored. */
export const BatchDocumentSchema = Type.Object({
  id: Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Integer()])),
  text: Type.String({ minLength: 1 }),
  options: Type.Optional(AttributeOptionsSchema),
});
export type BatchDocument = Static<typeof BatchDocumentSchema>;

export interface BatchIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface BatchDeps {
  /** The engine; defaults to a worker pool of --workers threads, closed at the end. Tests pass the inline engine. */
  engine?: Engine;
}

export interface Shard {
  index: number;
  count: number;
}

class UsageError extends Error {}

/** Which of `count` shards a document id belongs to: a stable hash, the same on every machine and run. */
export function shardOf(id: string, count: number): number {
  const digest = createHash('sha256').update(id, 'utf8').digest();
  return digest.readUIntBE(0, 6) % count;
}

/** `"2/8"` → {index: 2, count: 8}. */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) throw new UsageError(`--shard must be i/n with 0 <= i < n, got ${JSON.stringify(value)}`);
  return { index, count };
}

/** One parsed input line: the id it goes by, and the document or why it cannot be attributed. */
type Parsed = { id: string; doc: BatchDocument } | { id: string; error: { code: string; detail: string } };

export function parseLine(line: string, lineNo: number): Parsed {
  let value: unknown;
  const fallbackId = `#${lineNo}`;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: fallbackId, error: { code: 'MALFORMED_JSON', detail: `line ${lineNo} is not valid JSON` } };
  }
  const rawId = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : Number.isInteger(rawId) ? String(rawId) : fallbackId;
  if (!Value.Check(BatchDocumentSchema, value)) {
    const first = Value.Errors(BatchDocumentSchema, value)[0];
    const where = first ? `${first.instancePath || '/'} ${first.message}` : 'not a document';
    return { id, error: { code: 'INVALID_REQUEST', detail: `line ${lineNo}: ${where}` } };
  }
  return { id, doc: value };
}

/** The ids already written to an NDJSON output; a last line cut short by a crash is removed from the file. */
export function readDoneIds(file: string): Set<string> {
  const done = new Set<string>();
  if (!fs.existsSync(file)) return done;
  const content = fs.readFileSync(file, 'utf8');
  const complete = content.lastIndexOf('\n') + 1;
  if (complete < content.length) fs.truncateSync(file, Buffer.byteLength(content.slice(0, complete), 'utf8'));
  for (const line of content.slice(0, complete).split('\n')) {
    if (line === '') continue;
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id;
      if (typeof id === 'string') done.add(id);
    } catch {
      // A damaged line: its document is attributed again.
    }
  }
  return done;
}

// ---- output formats -------------------------------------------------------------------------------

const CSV_COLUMNS = ['doc_id', 'quote_id', 'type', 'start', 'end', 'speaker_id', 'speaker', 'mention', 'cue', 'rule', 'confidence', 'continues', 'text', 'error'];

/** RFC 4180 cell; text a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvRow = (cells: (string | number | null)[]): string => `${cells.map(csvCell).join(',')}\r\n`;

function toCsv(id: string, result: AttributionResult): string {
  return result.quotes
    .map((q) =>
      csvRow([
        id, q.id, q.type, q.start, q.end,
        q.speaker?.id ?? null, q.speaker?.name ?? null, q.speaker?.mention.text ?? null, q.cue?.text ?? null,
        q.rule, q.confidence, q.continues, q.text, null,
      ]),
    )
    .join('');
}

interface Formatter {
  header: string;
  ok(id: string, json: string): string;
  failed(id: string, error: { code: string; detail: string }): string;
}

const NDJSON: Formatter = {
  header: '',
  // The engine's serialised answer with the id spliced in front: no parse, no second stringify.
  ok: (id, json) => `{"id":${JSON.stringify(id)},${json.slice(1)}\n`,
  failed: (id, error) => `${JSON.stringify({ id, error })}\n`,
};

const CSV: Formatter = {
  header: csvRow(CSV_COLUMNS),
  ok: (id, json) => toCsv(id, JSON.parse(json) as AttributionResult),
  failed: (id, error) => csvRow([id, ...Array<null>(CSV_COLUMNS.length - 2).fill(null), `${error.code}: ${error.detail}`]),
};

// ---- the run --------------------------------------------------------------------------------------

interface BatchOptions {
  input: string;
  output: string | undefined;
  format: Formatter;
  resume: boolean;
  shard: Shard | undefined;
  workers: number;
  timeoutMs: number;
}

function readArgs(argv: readonly string[]): BatchOptions | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      csv: { type: 'boolean' },
      resume: { type: 'boolean' },
      shard: { type: 'string' },
      workers: { type: 'string' },
      'timeout-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 1) throw new UsageError('batch reads one input file (or standard input)');
  if (values.resume && !values.output) throw new UsageError('--resume needs --output <file>');
  if (values.resume && values.csv) throw new UsageError('--resume works with NDJSON output only');
  const int = (name: string, v: string | undefined, fallback: number, min: number): number => {
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
    return Number(v);
  };
  return {
    input: positionals[0] ?? '-',
    output: values.output,
    format: values.csv ? CSV : NDJSON,
    resume: values.resume ?? false,
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    workers: int('workers', values.workers, os.availableParallelism(), 1),
    timeoutMs: int('timeout-ms', values['timeout-ms'], 60_000, 1),
  };
}

/** Errors as a failed document's `error`: the engine's code (TEXT_TOO_COSTLY…) and its message. */
function toError(err: unknown): { code: string; detail: string } {
  const code = (err as { code?: unknown }).code;
  return { code: typeof code === 'string' ? code : 'INTERNAL', detail: err instanceof Error ? err.message : String(err) };
}

/** A progress line on a terminal: documents, docs/s and, when the input's size is known, ETA. */
function progress(stderr: BatchIo['stderr'], totalBytes: number | undefined) {
  const started = Date.now();
  let last = 0;
  return {
    update(done: number, bytes: number, force = false) {
      const now = Date.now();
      if (!stderr.isTTY || (!force && now - last < 250)) return;
      last = now;
      const rate = done / Math.max((now - started) / 1000, 1e-3);
      const eta = totalBytes && bytes > 0 ? ((now - started) / 1000) * (totalBytes / bytes - 1) : undefined;
      const pct = totalBytes ? ` ${Math.min(100, (100 * bytes) / totalBytes).toFixed(1)}%` : '';
      stderr.write(`\r${done} documents${pct}, ${rate.toFixed(1)} docs/s${eta === undefined ? '' : `, ETA ${formatSeconds(eta)}`}   `);
    },
    elapsed: () => (Date.now() - started) / 1000,
  };
}

const formatSeconds = (s: number): string =>
  s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.floor(s % 60)).padStart(2, '0')}s` : `${s.toFixed(0)}s`;

/** Writes and waits for the stream to drain when its buffer is full, so a slow disk slows the reading. */
async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk === '' || out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    out.once('error', onError);
    out.once('drain', () => {
      out.removeListener('error', onError);
      resolve();
    });
  });
}

/**
 * `quote-attribution batch`: NDJSON in, one line out per document in input order. Up to 2 × workers
 * documents are in the pool at once; answers that finish early wait in a small reorder window.
 */
export async function runBatch(argv: readonly string[], io: BatchIo, deps: BatchDeps = {}): Promise<number> {
  let opts: BatchOptions | 'help';
  try {
    opts = readArgs(argv);
  } catch (err) {
    io.stderr.write(`quote-attribution batch: ${(err as Error).message}\n\n${BATCH_USAGE}\n`);
    return 2;
  }
  if (opts === 'help') {
    io.stdout.write(`${BATCH_USAGE}\n`);
    return 0;
  }
  let input: NodeJS.ReadableStream;
  let totalBytes: number | undefined;
  try {
    input = opts.input === '-' ? io.stdin : fs.createReadStream(opts.input);
    totalBytes = opts.input === '-' ? undefined : fs.statSync(opts.input).size;
  } catch (err) {
    io.stderr.write(`quote-attribution batch: cannot read ${opts.input}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 1;
  }
  let done = new Set<string>();
  let appending = false;
  let out: NodeJS.WritableStream = io.stdout;
  try {
    if (opts.output) {
      if (opts.resume) done = readDoneIds(opts.output);
      appending = opts.resume && fs.existsSync(opts.output) && fs.statSync(opts.output).size > 0;
      // Opened here, synchronously, so an unwritable path is a clean exit 1 rather than a stream error later.
      out = fs.createWriteStream(opts.output, { fd: fs.openSync(opts.output, opts.resume ? 'a' : 'w') });
    }
  } catch (err) {
    io.stderr.write(`quote-attribution batch: cannot write ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 1;
  }
  const engine = deps.engine ?? createEnginePool({ workers: opts.workers, maxQueue: opts.workers * 2 });
  try {
    const counts = await attributeAll(opts, input, out, engine, done, appending, io, totalBytes);
    io.stderr.write(
      `${io.stderr.isTTY ? '\n' : ''}batch: ${counts.written} documents written (${counts.failed} failed, ${counts.skipped} skipped) in ${counts.seconds.toFixed(1)} s, ${(counts.written / Math.max(counts.seconds, 1e-3)).toFixed(1)} docs/s\n`,
    );
    return 0;
  } catch (err) {
    io.stderr.write(`quote-attribution batch: ${(err as Error).message}\n`);
    return 1;
  } finally {
    if (!deps.engine) await engine.close();
    if (out !== io.stdout) await new Promise<void>((resolve) => (out as fs.WriteStream).end(resolve));
  }
}

async function attributeAll(
  opts: BatchOptions,
  input: NodeJS.ReadableStream,
  out: NodeJS.WritableStream,
  engine: Engine,
  done: ReadonlySet<string>,
  appending: boolean,
  io: BatchIo,
  totalBytes: number | undefined,
) {
  const window = Math.max(2, opts.workers * 2);
  const pending: Promise<string>[] = [];
  const bar = progress(io.stderr, totalBytes);
  let written = 0;
  let failed = 0;
  let skipped = 0;
  let bytes = 0;
  let lineNo = 0;
  // A closed pipe (`| head`) or a full disk: stop reading, report it once.
  let outError: Error | undefined;
  out.on('error', (err: Error) => (outError ??= err));
  const flushOne = async () => {
    if (outError) throw outError;
    await write(out, await pending.shift()!);
    written += 1;
    bar.update(written, bytes);
  };
  if (!appending) await write(out, opts.format.header);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo += 1;
    bytes += Buffer.byteLength(line, 'utf8') + 1;
    if (line.trim() === '') continue;
    const parsed = parseLine(line, lineNo);
    if (opts.shard && shardOf(parsed.id, opts.shard.count) !== opts.shard.index) continue;
    if (done.has(parsed.id)) {
      skipped += 1;
      continue;
    }
    const { format } = opts;
    if ('error' in parsed) {
      failed += 1;
      pending.push(Promise.resolve(format.failed(parsed.id, parsed.error)));
    } else {
      pending.push(
        engine.run(parsed.doc.text, parsed.doc.options ?? {}, { timeoutMs: opts.timeoutMs }).then(
          (answer) => format.ok(parsed.id, answer.json),
          (err: unknown) => {
            failed += 1;
            return format.failed(parsed.id, toError(err));
          },
        ),
      );
    }
    if (pending.length >= window) await flushOne();
  }
  while (pending.length > 0) await flushOne();
  bar.update(written, bytes, true);
  return { written, failed, skipped, seconds: bar.elapsed() };
}
