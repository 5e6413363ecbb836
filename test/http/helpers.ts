import { Writable } from 'node:stream';
import { buildApp, type AppDeps } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { serializeResult, type Engine } from '../../src/http/engine';
import { EngineOverloadedError, EngineTimeoutError } from '../../src/http/errors';
import type { AttributeOptions, AttributionResult } from '../../src/schemas/attribution';

/** The production config from an environment, logs silenced unless asked for. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', WORKERS: '1', ...env });
}

export const EMPTY_RESULT: AttributionResult = { quotes: [], speakers: [] };

/** Records what it was asked and answers with `answer(text)`. */
export function recordingEngine(answer: (text: string) => AttributionResult = () => EMPTY_RESULT) {
  const calls: { text: string; options: AttributeOptions }[] = [];
  let closed = false;
  const engine: Engine & { calls: typeof calls; isClosed(): boolean } = {
    calls,
    isClosed: () => closed,
    async run(text, options) {
      calls.push({ text, options });
      return serializeResult(answer(text));
    },
    async warmUp() {},
    async close() {
      closed = true;
    },
  };
  return engine;
}

/**
 * An engine whose tasks wait until the test releases them, with at most `capacity` tasks waiting:
 * a full queue without depending on the clock. A task still waiting when its time limit expires
 * rejects with EngineTimeoutError, as the pool does for a task that never left its queue.
 */
export function gatedEngine(capacity: number) {
  const waiting: (() => void)[] = [];
  const started: ((n: number) => void)[] = [];
  const engine: Engine & { release(): void; whenWaiting(n: number): Promise<void>; waitingCount(): number } = {
    run(_text, _options, limits) {
      if (waiting.length >= capacity) return Promise.reject(new EngineOverloadedError());
      return new Promise((resolve, reject) => {
        const timer = limits ? setTimeout(() => {
          waiting.splice(waiting.indexOf(done), 1);
          reject(new EngineTimeoutError(limits.timeoutMs));
        }, limits.timeoutMs) : undefined;
        const done = () => {
          clearTimeout(timer);
          resolve(serializeResult(EMPTY_RESULT));
        };
        waiting.push(done);
        started.splice(0).forEach((notify) => notify(waiting.length));
      });
    },
    async warmUp() {},
    async close() {
      engine.release();
    },
    waitingCount: () => waiting.length,
    release() {
      waiting.splice(0).forEach((done) => done());
    },
    whenWaiting(n) {
      return new Promise((resolve) => {
        const check = (count: number) => (count >= n ? resolve() : started.push(check));
        check(waiting.length);
      });
    },
  };
  return engine;
}

/** Collects the app's JSON log lines. */
export function logCollector() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

/** buildApp + ready, the way every HTTP test starts. */
export async function startApp(env: Record<string, string> = {}, deps: AppDeps = {}) {
  const app = buildApp(testConfig(env), deps);
  await app.ready();
  return app;
}
