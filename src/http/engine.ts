import type { AttributeOptions, AttributionResult } from '../schemas/attribution';

/**
 * What the HTTP layer needs from the attribution engine. The production engine is a worker pool
 * (engine-pool.ts); tests inject fakes to drive timeouts and backpressure deterministically.
 */
export interface Engine {
  /**
   * Attributes one article. Rejects with EngineOverloadedError when no more work can be queued, and
   * with the signal's reason (any error) once `signal` aborts; the HTTP layer turns that into a 503.
   */
  run(text: string, options: AttributeOptions, signal?: AbortSignal): Promise<AttributionResult>;
  /** Resolves once the engine has attributed a small article, i.e. is ready to serve. */
  warmUp(): Promise<void>;
  /** Lets running tasks finish, then frees the workers. */
  close(): Promise<void>;
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

/** The task a worker receives. */
export interface EngineTask {
  text: string;
  options: AttributeOptions;
}

/** A tiny article that exercises the whole pipeline: quote, cue, named speaker. */
export const WARM_UP_TEXT = '“We will be ready,” said Jane Doe, the director.';
