import fastJsonStringify from 'fast-json-stringify';
import { AttributionResultSchema, type AttributeOptions, type AttributionResult } from '../schemas/attribution';

/** The time limits of one engine task. */
export interface EngineLimits {
  /**
   * How long the task may wait for a free worker, and then how long it may run. Waiting it out means
   * the service is busy (EngineTimeoutError, 503); running it out means the input itself is too costly
   * (TextTooCostlyError, 422), and its worker is replaced.
   */
  readonly timeoutMs: number;
}

/**
 * What the HTTP layer needs from the attribution engine. The production engine is a worker pool
 * (engine-pool.ts); tests inject fakes to drive timeouts and backpressure deterministically.
 */
export interface Engine {
  /**
   * Attributes one article. Rejects with EngineOverloadedError when no more work can be queued,
   * EngineTimeoutError when it waited `limits.timeoutMs` without starting, and TextTooCostlyError
   * when it ran for `limits.timeoutMs` without finishing. The answer comes already serialised (see
   * SerializedResult): the HTTP layer only splices `meta` into it.
   */
  run(text: string, options: AttributeOptions, limits?: EngineLimits): Promise<SerializedResult>;
  /** Resolves once the engine has attributed a small article, i.e. is ready to serve. */
  warmUp(): Promise<void>;
  /** Lets running tasks finish, then frees the workers. */
  close(): Promise<void>;
  /** What the engine is doing right now, for /metrics; engines without a pool may leave it out. */
  stats?(): EngineStats;
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

/** A snapshot of the engine's load. */
export interface EngineStats {
  /** Worker threads. */
  workers: number;
  /** Articles accepted and not yet answered: running plus waiting. */
  inFlight: number;
  /** Articles waiting for a free worker. */
  queued: number;
  /** Articles that may wait before new ones get 503 ENGINE_OVERLOADED. */
  maxQueue: number;
  /** Share of the workers' time spent attributing since the pool started, 0–1 (piscina's utilization). */
  utilization: number;
}

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

/** A tiny article that exercises the whole pipeline: quote, cue, named speaker. */
export const WARM_UP_TEXT = '“We will be ready,” said Jane Doe, the director.';
