import fs from 'node:fs';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Config } from '../config';
import type { AttributeOptions } from '../schemas/attribution';
import { type Engine, type EngineInput, type EngineLimits, type EngineTask, type SerializedResult, WARM_UP_TEXT } from './engine';
import { EngineOverloadedError, EngineTimeoutError, TextTooCostlyError } from './errors';

/**
 * The worker file for this build: dist/worker.js when running compiled code; from TypeScript sources
 * (ts-jest, tsx) a CommonJS shim that registers tsx and loads src/worker.ts.
 */
export function resolveWorkerFile(): string {
  const fromSources = __filename.endsWith('.ts');
  const file = path.join(__dirname, '..', fromSources ? 'worker-ts-shim.cjs' : 'worker.js');
  if (!fs.existsSync(file)) throw new Error(`Engine worker file not found: ${file}`);
  return file;
}

export interface EnginePoolOptions {
  workers: Config['workers'];
  maxQueue: Config['maxQueue'];
  /** Worker file; defaults to resolveWorkerFile(). Tests pass fixtures. */
  filename?: string;
}

// piscina rejects with plain Errors (its Errors table is not exported); these are its messages for a full queue.
const QUEUE_FULL_MESSAGES = new Set(['Task queue is at limit', 'No task queue available and all Workers are busy']);
const isQueueFull = (err: unknown): boolean => err instanceof Error && QUEUE_FULL_MESSAGES.has(err.message);

/** Runs `attribute` in a piscina worker-thread pool so the event loop only does HTTP. */
export function createEnginePool(opts: EnginePoolOptions): Engine {
  const pool = new Piscina<EngineTask, SerializedResult>({
    filename: opts.filename ?? resolveWorkerFile(),
    // A fixed-size pool: workers live as long as the service, compromise's lexicon is costly to load.
    minThreads: opts.workers,
    maxThreads: opts.workers,
    maxQueue: opts.maxQueue,
    // close() waits for running tasks; each request's time limit aborts runaway ones long before this.
    closeTimeout: 5000,
  });
  let closed = false;
  // Tasks accepted and not yet settled: running (one per worker) plus waiting. We bound this ourselves
  // because piscina's own limit also counts capacity of workers still starting, so it admits a little more.
  let inFlight = 0;
  const capacity = opts.workers + opts.maxQueue;

  async function run(text: string, options: AttributeOptions, limits?: EngineLimits, input?: EngineInput): Promise<SerializedResult> {
    if (inFlight >= capacity) throw new EngineOverloadedError();
    inFlight += 1;
    const startedAt = new BigInt64Array(new SharedArrayBuffer(8));
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // Why the task was aborted, once it was: waiting (503) or running (422) for the whole limit.
    let verdict: Error | undefined;
    if (limits) {
      const expire = (): void => {
        const started = Number(Atomics.load(startedAt, 0));
        if (started === 0) verdict = new EngineTimeoutError(limits.timeoutMs);
        else {
          // It left the queue before the limit: it gets the whole limit to run, counted from its start.
          const left = started + limits.timeoutMs - Date.now();
          if (left > 0) {
            timer = setTimeout(expire, left);
            return;
          }
          verdict = new TextTooCostlyError(limits.timeoutMs);
        }
        // Piscina drops an aborted task from the queue, or terminates its worker and starts a new one.
        controller.abort(verdict);
      };
      timer = setTimeout(expire, limits.timeoutMs);
    }
    try {
      return await pool.run(input ? { text, options, startedAt, input } : { text, options, startedAt }, { signal: controller.signal });
    } catch (err) {
      if (verdict) throw verdict;
      if (isQueueFull(err)) throw new EngineOverloadedError();
      throw err;
    } finally {
      clearTimeout(timer);
      inFlight -= 1;
    }
  }

  return {
    run,
    async warmUp() {
      // One small article per worker, concurrently, so every thread has loaded the engine.
      await Promise.all(Array.from({ length: opts.workers }, () => run(WARM_UP_TEXT, {})));
    },
    stats: () => ({
      workers: opts.workers,
      inFlight,
      queued: pool.queueSize,
      maxQueue: opts.maxQueue,
      utilization: pool.utilization,
    }),
    async close() {
      if (closed) return;
      closed = true;
      await pool.close();
    },
  };
}
