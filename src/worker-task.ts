import fastJsonStringify from 'fast-json-stringify';
import { AttributionResultSchema, type AttributeOptions, type AttributionResult } from './schemas/attribution';

/**
 * What passes between the engine pool (src/http/engine-pool.ts) and a worker thread (src/worker.ts):
 * the task in, the serialised answer out. Neither side reaches into the other's module.
 */

/** The task a worker receives. */
export interface EngineTask {
  text: string;
  options: AttributeOptions;
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
}

/**
 * The result schema's serialiser, built as Fastify builds a route's response serialiser
 * (fast-json-stringify, no options): the same bytes the 200 schema produced on the event loop, and
 * only the documented properties, so fields the engine keeps for itself never leave the service.
 */
const stringifyResult = fastJsonStringify(AttributionResultSchema);

/** What a worker (or any engine) returns for `result`. */
export function serializeResult(result: AttributionResult): SerializedResult {
  return { json: stringifyResult(result), quotes: result.quotes.length };
}
