import path from 'node:path';
import supertest from 'supertest';
import { createEnginePool, resolveWorkerFile } from '../../src/http/engine-pool';
import type { Engine } from '../../src/http/engine';
import { EngineOverloadedError, EngineTimeoutError, TextTooCostlyError } from '../../src/http/errors';
import { startApp } from './helpers';

const TEST_WORKER = path.join(__dirname, '../fixtures/test-worker.js');
type TestResult = { length: number; threadId: number };

// The timings below leave at least 300 ms of slack on every side, so a loaded machine delays them
// without changing which phase a task is in when its limit expires.
describe('engine pool (piscina)', () => {
  let pool: Engine;
  afterEach(() => pool?.close());

  it('runs the real worker from TypeScript sources through the tsx shim', async () => {
    expect(path.basename(resolveWorkerFile())).toBe('worker-ts-shim.cjs');
    pool = createEnginePool({ workers: 1, maxQueue: 4 });
    await pool.warmUp();
    await expect(pool.run('No quotes here.', {}, { timeoutMs: 10_000 })).resolves.toEqual({ json: '{"quotes":[],"speakers":[]}', quotes: 0 });
  });

  it('a task that runs for the whole limit: TextTooCostlyError, its worker replaced, the pool keeps serving', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    await pool.warmUp();
    const before = (await pool.run('hello', {})) as unknown as TestResult;
    await expect(pool.run('spin', {}, { timeoutMs: 200 })).rejects.toBeInstanceOf(TextTooCostlyError);
    const after = (await pool.run('hello again', {})) as unknown as TestResult;
    expect(after.length).toBe('hello again'.length);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('a task that waits in the queue for the whole limit: EngineTimeoutError, never run, no worker replaced', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    await pool.warmUp();
    const busy = pool.run('sleep-700', {}, { timeoutMs: 10_000 });
    await expect(pool.run('waits', {}, { timeoutMs: 200 })).rejects.toBeInstanceOf(EngineTimeoutError);
    const first = (await busy) as unknown as TestResult;
    const next = (await pool.run('next', {})) as unknown as TestResult;
    expect(next.threadId).toBe(first.threadId);
  });

  it('a task that waited, then started, gets the whole limit to run, counted from its start', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    await pool.warmUp();
    const ahead = pool.run('sleep-600', {}, { timeoutMs: 10_000 });
    // Waits ~600 ms, then runs 300 ms: 900 ms in all, over its 800 ms limit, yet it ran well within it.
    await expect(pool.run('sleep-300', {}, { timeoutMs: 800 })).resolves.toMatchObject({ length: 'sleep-300'.length });
    await ahead;
  });

  it('rejects with EngineOverloadedError once maxQueue tasks wait, and serves again once they drain', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 1, filename: TEST_WORKER });
    await pool.warmUp();
    const running = pool.run('sleep-300', {}); // occupies the only worker
    const queued = pool.run('sleep-300', {}); // fills the queue
    await expect(pool.run('third', {})).rejects.toBeInstanceOf(EngineOverloadedError);
    await Promise.all([running, queued]);
    await expect(pool.run('fine', {})).resolves.toMatchObject({ length: 4 });
  });

  it('passes worker errors through for the HTTP layer to hide', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 1, filename: TEST_WORKER });
    await expect(pool.run('crash', {})).rejects.toThrow('worker internals');
  });
});

describe('HTTP over a real pool', () => {
  it('422 TEXT_TOO_COSTLY when a task runs for all of ENGINE_TIMEOUT_MS, then serves the next request on a fresh worker', async () => {
    const engine = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    const app = await startApp({ ENGINE_TIMEOUT_MS: '300' }, { engine });
    try {
      await app.warmUp();
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'spin' });
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('TEXT_TOO_COSTLY');
      expect(res.body.detail).toContain('300 ms');
      expect(res.body.detail).toMatch(/split/i);
      expect(res.headers['retry-after']).toBeUndefined();
      await supertest(app.server).post('/v1/attributions').send({ text: 'fine' }).expect(200);
      await supertest(app.server).get('/healthz').expect(200);
    } finally {
      await app.close();
    }
  });

  it('503 ENGINE_TIMEOUT with Retry-After when a request waits all of ENGINE_TIMEOUT_MS behind others, which still succeed', async () => {
    const engine = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    const app = await startApp({ ENGINE_TIMEOUT_MS: '1000' }, { engine });
    try {
      await app.warmUp();
      const server = supertest(app.server);
      // Two 700 ms tasks on one worker: each runs within the limit; whatever comes next waits 1.4 s.
      const ahead = ['sleep-700', 'sleep-700'].map((text) => server.post('/v1/attributions').send({ text }).then((r) => r));
      await new Promise((r) => setTimeout(r, 100));
      const res = await server.post('/v1/attributions').send({ text: 'behind' });
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('ENGINE_TIMEOUT');
      expect(res.body.detail).toMatch(/busy/);
      expect(res.headers['retry-after']).toBe('1');
      for (const r of await Promise.all(ahead)) expect(r.status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
