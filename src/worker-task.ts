import fastJsonStringify from 'fast-json-stringify';
import { AttributionResultSchema, type AttributeOptions, type AttributionResult } from './schemas/attribution';

/**
 * What passes between the engine pool (src/http/engine-pool.ts) and a worker thread (src/worker.ts):
 * the task in, the serialised answer out. Neither side reaches into the other's module.
 */

/** What `text` holds: the article itself, or an HTML page whose article text the worker extracts first. */
export type InputFormat = 'text' | 'html';

/** How the engine reads its input; without it, `text` is the article. */
export interface EngineInput {
  readonly format: InputFormat;
  /** For HTML: the longest extracted text the engine attributes; a longer one comes back `tooLong`. */
  readonly maxChars?: number;
}

/** The task a worker receives. */
export interface EngineTask {
  text: string;
  options: AttributeOptions;
  input?: EngineInput;
  /**
   * One BigInt64 slot on shared memory: 0 while the task waits, then the Date.now() at which a worker
   * started it. The pool reads it when the time limit expires, to tell queueing from running.
   */
  startedAt?: BigInt64Array;
}

/** Called by the worker first thing: records when this task left the queue. */
export function markStarted(task: EngineTask): void {
  if (task.startedAt) Atomics.store(task.startedAt, 0, BigInt(Date.now()));
}

/**
 * The engine's answer for one article, serialised where it was computed. A worker's result crosses to
 * the event loop by structured clone; a 0.3–1 MB answer as an object graph cost the loop tens of ms
 * (the clone, then the response schema's serialiser), as one string it is a single copy.
 */
export interface SerializedResult {
  /** The AttributionResult as JSON: `{"quotes":[…],"speakers":[…]}`, nothing before or after. */
  readonly json: string;
  /** How many quotes `json` holds, for metrics without parsing it. */
  readonly quotes: number;
  /**
   * For HTML input: the length of the extracted text, which `json` then carries first as `"text"`
   * (`{"text":…,"quotes":…,"speakers":…}`), since every offset indexes it.
   */
  readonly characters?: number;
  /** For HTML input: the extracted text is longer than `input.maxChars`; nothing was attributed and `json` is empty. */
  readonly tooLong?: boolean;
}

/**
 * The result schema's serialiser, built as Fastify builds a route's response serialiser
 * (fast-json-stringify, no options): the same bytes the 200 schema produced on the event loop, and
 * only the documented properties, so fields the engine keeps for itself never leave the service.
 */
const stringifyResult = fastJsonStringify(AttributionResultSchema);

/** What a worker (or any engine) returns for `result`; with `text`, the extracted text it indexes goes first. */
export function serializeResult(result: AttributionResult, text?: string): SerializedResult {
  const json = stringifyResult(result);
  if (text === undefined) return { json, quotes: result.quotes.length };
  return { json: `{"text":${JSON.stringify(text)},${json.slice(1)}`, quotes: result.quotes.length, characters: text.length };
}
