import path from 'node:path';
import supertest from 'supertest';
import { createEnginePool, resolveWorkerFile } from '../../src/http/engine-pool';
import type { Engine } from '../../src/http/engine';
import { EngineOverloadedError } from '../../src/http/errors';
import { startApp } from './helpers';

const TEST_WORKER = path.join(__dirname, '../fixtures/test-worker.js');
type TestResult = { length: number; threadId: number };

describe('engine pool (piscina)', () => {
  let pool: Engine;
  afterEach(() => pool?.close());

  it('runs the real worker from TypeScript sources through the tsx shim', async () => {
    expect(path.basename(resolveWorkerFile())).toBe('worker-ts-shim.cjs');
    pool = createEnginePool({ workers: 1, maxQueue: 4 });
    await pool.warmUp();
    await expect(pool.run('No quotes here.', {})).resolves.toEqual({ quotes: [], speakers: [] });
  });

  it('aborts a runaway task, replaces its worker and keeps serving', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    await pool.warmUp();
    const before = (await pool.run('hello', {})) as unknown as TestResult;
    const controller = new AbortController();
    const spinning = pool.run('spin', {}, controller.signal);
    controller.abort(new Error('deadline'));
    await expect(spinning).rejects.toThrow('deadline');
    const after = (await pool.run('hello again', {})) as unknown as TestResult;
    expect(after.length).toBe('hello again'.length);
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('rejects with EngineOverloadedError once maxQueue tasks wait, and drops aborted queued tasks', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 1, filename: TEST_WORKER });
    await pool.warmUp();
    const controller = new AbortController();
    const running = pool.run('spin', {}, controller.signal); // occupies the only worker
    const queued = pool.run('spin', {}, controller.signal); // fills the queue
    await expect(pool.run('third', {})).rejects.toBeInstanceOf(EngineOverloadedError);
    controller.abort(new Error('test over'));
    await expect(running).rejects.toThrow('test over');
    await expect(queued).rejects.toThrow('test over');
    await expect(pool.run('fine', {})).resolves.toMatchObject({ length: 4 });
  });

  it('passes worker errors through for the HTTP layer to hide', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 1, filename: TEST_WORKER });
    await expect(pool.run('crash', {})).rejects.toThrow('worker internals');
  });
});

describe('HTTP over a real pool', () => {
  it('answers 503 when a task exceeds ENGINE_TIMEOUT_MS, then serves the next request on a fresh worker', async () => {
    const engine = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    const app = await startApp({ ENGINE_TIMEOUT_MS: '300' }, { engine });
    try {
      await app.warmUp();
      const timedOut = await supertest(app.server).post('/v1/attributions').send({ text: 'spin' });
      expect(timedOut.status).toBe(503);
      expect(timedOut.body.code).toBe('ENGINE_TIMEOUT');
      await supertest(app.server).post('/v1/attributions').send({ text: 'fine' }).expect(200);
      await supertest(app.server).get('/healthz').expect(200);
    } finally {
      await app.close();
    }
  });
});
