import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AttributionResult } from '../../src/schemas/attribution';

/**
 * Runs `attribute()` in a worker thread under a watchdog. A synchronous hang in the engine would block
 * Jest's own event loop, so a Jest timeout alone could never fire; here the worker is terminated
 * (which interrupts running JavaScript) and replaced. The worker's heap is capped, so a blow-up fails
 * the case with ERR_WORKER_OUT_OF_MEMORY instead of killing the test process, and each call reports
 * the heap it leaves retained (measured between two forced GCs, the result still held).
 */
export interface EngineRun {
  readonly result: AttributionResult;
  /** Heap growth across the call after a full GC, with the result still referenced. */
  readonly retainedBytes: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const v8 = require('node:v8');
const vm = require('node:vm');
require('tsx/cjs/api').register();
// Exposing gc at run time: the flag is process-wide, so later workers may already have a global gc.
v8.setFlagsFromString('--expose-gc');
const forceGc = globalThis.gc || vm.runInNewContext('gc');
const { attribute } = require(workerData.pipeline);
attribute('“Warm up,” she said.');
const heap = () => v8.getHeapStatistics().used_heap_size;
const checksum = (text) => {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return h;
};
parentPort.on('message', ({ id, text }) => {
  const received = checksum(text);
  forceGc();
  const before = heap();
  let result;
  try {
    result = attribute(text);
  } catch (e) {
    parentPort.postMessage({ id, received, error: String((e && e.stack) || e) });
    return;
  }
  forceGc();
  const retainedBytes = heap() - before;
  parentPort.postMessage({ id, received, result, retainedBytes });
});
parentPort.postMessage({ ready: true });
`;

interface Reply {
  id?: number;
  ready?: boolean;
  result?: AttributionResult;
  retainedBytes?: number;
  error?: string;
  /** Checksum of the text as the worker received it. */
  received?: number;
}

/** Same checksum as in the worker: proves lone surrogates and the like cross the thread boundary intact. */
function checksum(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return h;
}

export class EngineWorker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;

  constructor(
    private readonly maxHeapMb = 1024,
    /** The module exporting `attribute`; the real pipeline unless a test substitutes a misbehaving one. */
    private readonly pipeline = path.resolve(__dirname, '../../src/pipeline/index.ts'),
  ) {}

  /** Starts the worker (loads the engine and warms it up) unless it is already running. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pipeline: this.pipeline },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      stdout: false,
      stderr: false,
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: Reply): void => {
        if (m.ready) {
          worker.off('error', reject);
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.ready;
  }

  /** One call of `attribute(text)`; rejects on an exception, a worker crash (e.g. heap cap) or after `timeoutMs`. */
  async run(text: string, timeoutMs: number): Promise<EngineRun> {
    await this.start();
    const worker = this.worker;
    if (!worker) throw new Error('engine worker not started');
    const id = this.nextId++;
    return new Promise<EngineRun>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (error: Error): void => {
        cleanup();
        void this.stop();
        reject(error);
      };
      const timer = setTimeout(() => fail(new Error(`attribute() did not return within ${timeoutMs} ms (worker terminated)`)), timeoutMs);
      const onMessage = (m: Reply): void => {
        if (m.id !== id) return;
        cleanup();
        if (m.received !== checksum(text)) reject(new Error('the text reached the worker altered'));
        else if (m.error !== undefined) reject(new Error(`attribute() threw: ${m.error}`));
        else resolve({ result: m.result as AttributionResult, retainedBytes: m.retainedBytes ?? 0 });
      };
      const onError = (error: Error): void => fail(new Error(`engine worker crashed: ${error.message}`));
      const onExit = (code: number): void => fail(new Error(`engine worker exited with code ${code}`));
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, text });
    });
  }

  /** Terminates the worker; the next `run` starts a fresh one. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }
}
