import fs from 'node:fs';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Config } from '../config';
import type { AttributeOptions } from '../schemas/attribution';
import { type Engine, type EngineInput, type EngineLimits, type EngineTask, type SerializedResult, WARM_UP_TEXT } from './engine';
import { EngineCancelledError, EngineOverloadedError, EngineTimeoutError, TextTooCostlyError } from './errors';

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

/** A task accepted by the pool: waiting in our queue, then handed to a free worker. */
interface Pending {
  readonly task: EngineTask;
  readonly resolve: (result: SerializedResult) => void;
  readonly reject: (err: unknown) => void;
  /** When it joined the queue (Date.now()), and how long it may wait there. */
  readonly enqueuedAt: number;
  readonly timeoutMs: number | undefined;
  /** Undefined while waiting; once handed to piscina, the signal that would abort the running task. */
  controller?: AbortController;
}

/**
 * Runs `attribute` in a piscina worker-thread pool so the event loop only does HTTP.
 *
 * Waiting tasks wait in our own FIFO queue, not piscina's: a task reaches piscina only when a worker is
 * free, so a task that times out or whose client hangs up while waiting is dropped from an array, and
 * never costs a worker (piscina terminates the worker of a task aborted after it was handed over, even
 * one that had not started). Only a task that ran for its whole limit is aborted, and its worker replaced.
 */
export function createEnginePool(opts: EnginePoolOptions): Engine {
  const pool = new Piscina<EngineTask, SerializedResult>({
    filename: opts.filename ?? resolveWorkerFile(),
    // A fixed-size pool: workers live as long as the service, compromise's lexicon is costly to load.
    minThreads: opts.workers,
    maxThreads: opts.workers,
    // We never hand piscina more tasks than workers; its queue only holds one while a replaced worker starts.
    maxQueue: opts.workers,
    // close() waits for running tasks; each request's time limit aborts runaway ones long before this.
    closeTimeout: 5000,
  });
  let closed = false;
  const waiting: Pending[] = [];
  let running = 0;
  // Wall time a task holds its worker, averaged over recent tasks: how fast the queue drains.
  let meanRunMs = 0;
  const capacity = opts.workers + opts.maxQueue;

  function dispatch(): void {
    while (running < opts.workers && waiting.length > 0) {
      const next = waiting.shift()!;
      const controller = new AbortController();
      next.controller = controller;
      running += 1;
      pool
        .run(next.task, { signal: controller.signal })
        .then(next.resolve, next.reject)
        .finally(() => {
          const started = Number(Atomics.load(next.task.startedAt!, 0));
          if (started > 0) meanRunMs = meanRunMs === 0 ? Date.now() - started : 0.9 * meanRunMs + 0.1 * (Date.now() - started);
          running -= 1;
          dispatch();
        });
    }
  }

  function run(text: string, options: AttributeOptions, limits?: EngineLimits, input?: EngineInput): Promise<SerializedResult> {
    if (limits?.signal?.aborted) return Promise.reject(new EngineCancelledError());
    if (running + waiting.length >= capacity) return Promise.reject(new EngineOverloadedError());
    const startedAt = new BigInt64Array(new SharedArrayBuffer(8));
    return new Promise<SerializedResult>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      // Why the task was stopped, once it was: waiting (503), running (422) or its client gone.
      let verdict: Error | undefined;
      const settle = (): void => {
        clearTimeout(timer);
        limits?.signal?.removeEventListener('abort', onClientGone);
      };
      const pending: Pending = {
        task: input ? { text, options, startedAt, input } : { text, options, startedAt },
        enqueuedAt: Date.now(),
        timeoutMs: limits?.timeoutMs,
        resolve: (result) => {
          settle();
          resolve(result);
        },
        reject: (err) => {
          settle();
          reject(verdict ?? err);
        },
      };
      /** Drops the task if it still waits in our queue; true if it did. */
      const dropIfWaiting = (err: Error): boolean => {
        const at = waiting.indexOf(pending);
        if (at < 0) return false;
        waiting.splice(at, 1);
        pending.reject(err);
        return true;
      };
      // A client that hangs up frees its place in the queue; a task already running finishes (its worker is worth more).
      const onClientGone = (): void => {
        dropIfWaiting(new EngineCancelledError());
      };
      const expire = (): void => {
        if (!limits || dropIfWaiting(new EngineTimeoutError(limits.timeoutMs))) return;
        const started = Number(Atomics.load(startedAt, 0));
        // Handed over but not started (a replaced worker still booting): the wait is over, the limit counts from its start.
        const left = started === 0 ? limits.timeoutMs : started + limits.timeoutMs - Date.now();
        if (left > 0) {
          timer = setTimeout(expire, left);
          return;
        }
        verdict = new TextTooCostlyError(limits.timeoutMs);
        // Piscina terminates the worker of an aborted running task and starts a new one.
        pending.controller?.abort(verdict);
      };
      if (limits) timer = setTimeout(expire, limits.timeoutMs);
      limits?.signal?.addEventListener('abort', onClientGone, { once: true });
      waiting.push(pending);
      dispatch();
    });
  }

  /**
   * Whether a new article should be refused at once: the queue is full, or its oldest article has
   * already waited half its limit, or the queue's length at its recent pace means a whole limit of
   * waiting. One joining then would most likely wait out its own limit and cost the event loop a whole
   * request for nothing but a later 503 (CoDel's idea: watch the wait, not only the length).
   */
  function saturated(): boolean {
    if (running + waiting.length >= capacity) return true;
    const head = waiting[0];
    if (head?.timeoutMs === undefined) return false;
    // The wait ahead of a newcomer, from the queue's length and how fast it has been draining.
    const expectedWaitMs = (waiting.length * meanRunMs) / opts.workers;
    return Date.now() - head.enqueuedAt > head.timeoutMs / 2 || expectedWaitMs > head.timeoutMs;
  }

  return {
    run,
    saturated,
    async warmUp() {
      // One small article per worker, concurrently, so every thread has loaded the engine.
      await Promise.all(Array.from({ length: opts.workers }, () => run(WARM_UP_TEXT, {})));
    },
    stats: () => ({
      workers: opts.workers,
      inFlight: running + waiting.length,
      queued: waiting.length + pool.queueSize,
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
