import { performance } from 'node:perf_hooks';
import type { FastifyRequest } from 'fastify';
import { Value } from 'typebox/value';
import type { Config } from '../config';
import { BATCH_CSV_COLUMNS, quoteRows, toCsv } from '../formats/csv';
import type { AttributionResult } from '../schemas/attribution';
import { BatchDocumentSchema, type BatchDocument } from '../schemas/batch';
import type { Problem } from '../schemas/problem';
import { VERSION } from '../version';
import type { Engine } from './engine';
import { MalformedJsonError, TextOrHtmlError, TextTooLongError, toProblem } from './errors';

/** One document of a batch as received: its line number (1-based) and the raw JSON line or parsed value. */
export interface BatchItem {
  readonly line: number;
  readonly raw: string | unknown;
}

/** What a document became: its answer as a JSON object string, or its problem. */
export type BatchOutcome =
  | { readonly line: number; readonly id: string; readonly json: string; readonly result: null | AttributionResult }
  | { readonly line: number; readonly id: string | null; readonly problem: Problem & { line: number } };

export type BatchLimits = Pick<Config, 'maxTextChars' | 'engineTimeoutMs'>;

/** Counts the non-blank lines of an NDJSON body without splitting it. */
export function countDocuments(body: string): number {
  let count = 0;
  for (const item of ndjsonItems(body)) if (item) count += 1;
  return count;
}

/** The non-blank lines of an NDJSON body with their line numbers, one at a time (no array of lines). */
export function* ndjsonItems(body: string): Generator<BatchItem> {
  let line = 0;
  let from = 0;
  while (from <= body.length) {
    const nl = body.indexOf('\n', from);
    const to = nl === -1 ? body.length : nl;
    line += 1;
    const text = body.slice(from, to);
    if (text.trim() !== '') yield { line, raw: text };
    if (nl === -1) break;
    from = nl + 1;
  }
}

/** A batch document from its line: parsed, checked against BatchDocumentSchema, exactly one of text and html. */
function readDocument(raw: string | unknown): BatchDocument {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new MalformedJsonError();
    }
  }
  if (!Value.Check(BatchDocumentSchema, value)) {
    // The same shape as Fastify's schema errors, so the problem lists each violation with its pointer.
    throw Object.assign(new Error('invalid document'), { validation: schemaIssues(value), statusCode: 400 });
  }
  if ((value.text === undefined) === (value.html === undefined)) throw new TextOrHtmlError();
  return value;
}

/** TypeBox's errors in the shape of Fastify's (Ajv's), one per unknown property, at most ten. */
function schemaIssues(value: unknown): { instancePath: string; message: string; params: Record<string, unknown> }[] {
  const issues = [];
  for (const error of Value.Errors(BatchDocumentSchema, value)) {
    if (error.keyword === 'boolean') continue; // the same unknown property, reported again below
    const extra = (error.params as { additionalProperties?: unknown }).additionalProperties;
    const names = Array.isArray(extra) ? extra.map(String) : [undefined];
    for (const name of names) issues.push({ instancePath: error.instancePath, message: error.message, params: name ? { additionalProperty: name } : {} });
  }
  return issues.slice(0, 10);
}

/** The `id` of a line that failed before it could be read, when it has one. */
function idOf(raw: string | unknown): string | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const id = (value as { id?: unknown } | null)?.['id'];
  return typeof id === 'string' ? id : null;
}

/**
 * Attributes one batch document; never rejects: a bad document (bad JSON, no text, too long, too
 * costly, engine busy) becomes its problem, with its line number, and the batch goes on.
 */
export async function runDocument(
  item: BatchItem,
  engine: Engine,
  limits: BatchLimits,
  request: FastifyRequest,
  wantResult: boolean,
): Promise<BatchOutcome> {
  try {
    const doc = readDocument(item.raw);
    const text = doc.text ?? doc.html ?? '';
    const html = doc.html !== undefined;
    if (!html && text.length > limits.maxTextChars) throw new TextTooLongError(text.length, limits.maxTextChars);
    const started = performance.now();
    const input = html ? { format: 'html' as const, maxChars: limits.maxTextChars } : undefined;
    const answer = await engine.run(text, doc.options ?? {}, { timeoutMs: limits.engineTimeoutMs }, input);
    if (answer.tooLong) throw new TextTooLongError(answer.characters ?? 0, limits.maxTextChars);
    const elapsedMs = Math.round((performance.now() - started) * 100) / 100;
    const meta = { version: VERSION, characters: answer.characters ?? text.length, elapsedMs };
    const json = `{"id":${JSON.stringify(doc.id)},${answer.json.slice(1, -1)},"meta":${JSON.stringify(meta)}}`;
    return { line: item.line, id: doc.id, json, result: wantResult ? (JSON.parse(answer.json) as AttributionResult) : null };
  } catch (err) {
    const problem = { ...toProblem(err, request), line: item.line };
    if (problem.status >= 500 && problem.code === 'INTERNAL') request.log.error({ err, line: item.line }, 'batch document failed');
    return { line: item.line, id: idOf(item.raw), problem };
  }
}

/**
 * Runs `run` over `items` and yields the results in input order, each as soon as it and every earlier
 * one are done: the first results go out while later items still run. `width` is the pool's: at most
 * `2 × width` are in flight (`width` running, `width` waiting so that no worker idles while the event
 * loop hands it the next), and at most `4 × width` results are held, started and not yet yielded, so
 * a slow document does not idle the others and memory does not grow with the batch. Stops starting new
 * items once `signal` is aborted (the client hung up).
 */
export async function* inOrder<T, R>(items: Iterable<T>, width: number, run: (item: T) => Promise<R>, signal: AbortSignal): AsyncGenerator<R> {
  const iterator = items[Symbol.iterator]();
  const held: Promise<R>[] = []; // started and not yet yielded, in input order
  let inFlight = 0;
  let exhausted = false;
  const fill = (): void => {
    while (!exhausted && !signal.aborted && inFlight < 2 * width && held.length < 4 * width) {
      const next = iterator.next();
      if (next.done) {
        exhausted = true;
        return;
      }
      inFlight += 1;
      held.push(
        run(next.value).finally(() => {
          inFlight -= 1;
          fill();
        }),
      );
    }
  };
  fill();
  while (held.length > 0) {
    const result = await (held[0] as Promise<R>);
    held.shift();
    if (signal.aborted) return;
    fill();
    yield result;
  }
}

/** An outcome as its NDJSON line / JSON array element: `{"id",…,"quotes","speakers","meta"}` or `{"id","error"}`. */
export function outcomeJson(outcome: BatchOutcome): string {
  if ('problem' in outcome) return JSON.stringify({ id: outcome.id, error: outcome.problem });
  return outcome.json;
}

/** An outcome as CSV rows (no header): one per quote, or one carrying the problem in the `error` column. */
export function outcomeCsv(outcome: BatchOutcome): string {
  if ('problem' in outcome) {
    const { code, detail, line } = outcome.problem;
    const row = BATCH_CSV_COLUMNS.map((c) => (c === 'document_id' ? (outcome.id ?? '') : ''));
    row[row.length - 1] = `${code} (line ${line}): ${detail}`;
    return toCsv([row], null);
  }
  const rows = quoteRows(outcome.id, outcome.result ?? { quotes: [], speakers: [] }).map((r) => [...r, '']);
  return rows.length === 0 ? '' : toCsv(rows, null);
}

/** The CSV header row of a batch answer. */
export const BATCH_CSV_HEADER = toCsv([], BATCH_CSV_COLUMNS);
