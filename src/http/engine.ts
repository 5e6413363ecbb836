import type { AttributeOptions } from '../schemas/attribution';
import type { EngineInput, SerializedResult } from '../worker-task';

export { markStarted, serializeResult, type EngineInput, type EngineTask, type InputFormat, type SerializedResult } from '../worker-task';

/** The time limits of one engine task. */
export interface EngineLimits {
  /**
   * How long the task may wait for a free worker, and then how long it may run. Waiting it out means
   * the service is busy (EngineTimeoutError, 503); running it out means the input itself is too costly
   * (TextTooCostlyError, 422), and its worker is replaced.
   */
  readonly timeoutMs: number;
  /**
   * Aborted when the client goes away: a task still waiting for a worker is dropped (EngineCancelledError);
   * one already running finishes, since stopping it would cost its worker.
   */
  readonly signal?: AbortSignal;
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
   * SerializedResult): the HTTP layer only splices `meta` into it. With `input.format: 'html'`, `text`
   * is a page whose article text the engine extracts first (and returns in the answer).
   */
  run(text: string, options: AttributeOptions, limits?: EngineLimits, input?: EngineInput): Promise<SerializedResult>;
  /** Resolves once the engine has attributed a small article, i.e. is ready to serve. */
  warmUp(): Promise<void>;
  /** Lets running tasks finish, then frees the workers. */
  close(): Promise<void>;
  /** Whether a new article should be refused at once (ENGINE_OVERLOADED) rather than queued; optional. */
  saturated?(): boolean;
  /** What the engine is doing right now, for /metrics; engines without a pool may leave it out. */
  stats?(): EngineStats;
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

/** A tiny article that exercises the whole pipeline: quote, cue, named speaker. */
export const WARM_UP_TEXT = '“We will be ready,” said Jane Doe, the director.';

/** Whether a new article should be refused before its body is read: the engine's own verdict, else a full queue; false for engines without either. */
export function isSaturated(engine: Engine): boolean {
  if (engine.saturated) return engine.saturated();
  const stats = engine.stats?.();
  return stats !== undefined && stats.inFlight >= stats.workers + stats.maxQueue;
}
