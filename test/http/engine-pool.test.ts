import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import supertest from 'supertest';
import { createEnginePool, resolveWorkerFile } from '../../src/http/engine-pool';
import type { Engine } from '../../src/http/engine';
import { EngineCancelledError, EngineOverloadedError, EngineTimeoutError, TextTooCostlyError } from '../../src/http/errors';
import { startApp } from './helpers';

const TEST_WORKER = path.join(__dirname, '../fixtures/test-worker.js');
type TestResult = { length: number; threadId: number };

// The timings below leave at least 300 ms of slack on every side, so a loaded machine delays them
// without changing which phase a task is in when its limit expires.
describe('engine pool (piscina)', () => {
  let pool: Engine;
  afterEach(() => pool?.close(), 30_000);

  it('runs the real worker from TypeScript sources through the tsx shim', async () => {
    expect(path.basename(resolveWorkerFile())).toBe('worker-ts-shim.cjs');
    pool = createEnginePool({ workers: 1, maxQueue: 4 });
    await pool.warmUp();
    await expect(pool.run('No quotes here.', {}, { timeoutMs: 10_000 })).resolves.toEqual({
      json: expect.stringMatching(/^\{"quotes":\[\],"speakers":\[\],"summary":\{"quoted":0,"onlyMentioned":0,/),
      quotes: 0,
    });
  }, 60_000); // loading the engine through tsx takes tens of seconds on a loaded machine

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

  it('tasks that time out while waiting cost no worker, however many there are', async () => {
    pool = createEnginePool({ workers: 2, maxQueue: 16, filename: TEST_WORKER });
    await pool.warmUp();
    const busy = [pool.run('sleep-700', {}), pool.run('sleep-700', {})];
    const waiters = Array.from({ length: 8 }, (_, i) => pool.run(`w${i}`, {}, { timeoutMs: 150 }));
    for (const w of waiters) await expect(w).rejects.toBeInstanceOf(EngineTimeoutError);
    const before = new Set(((await Promise.all(busy)) as unknown as TestResult[]).map((r) => r.threadId));
    const after = (await Promise.all([pool.run('a', {}), pool.run('b', {}), pool.run('c', {})])) as unknown as TestResult[];
    for (const r of after) expect(before.has(r.threadId)).toBe(true);
  });

  it('a waiting task whose client goes away is dropped: EngineCancelledError, never run, no worker replaced', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    await pool.warmUp();
    const busy = pool.run('sleep-600', {}, { timeoutMs: 10_000 });
    const client = new AbortController();
    const abandoned = pool.run('sleep-5000', {}, { timeoutMs: 10_000, signal: client.signal });
    expect(pool.stats!().queued).toBe(1);
    client.abort();
    await expect(abandoned).rejects.toBeInstanceOf(EngineCancelledError);
    expect(pool.stats!()).toMatchObject({ queued: 0, inFlight: 1 });
    const first = (await busy) as unknown as TestResult;
    // Had the abandoned task run, this one would wait 5 s behind it and hit its limit.
    const next = (await pool.run('next', {}, { timeoutMs: 2000 })) as unknown as TestResult;
    expect(next.threadId).toBe(first.threadId);
  });

  it('a running task whose client goes away finishes on its worker', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    await pool.warmUp();
    const client = new AbortController();
    const running = pool.run('sleep-300', {}, { timeoutMs: 10_000, signal: client.signal });
    await new Promise((r) => setTimeout(r, 100));
    client.abort();
    await expect(running).resolves.toMatchObject({ length: 'sleep-300'.length });
  });

  it('is saturated once its oldest waiting article has waited half its limit, before the queue is full', async () => {
    pool = createEnginePool({ workers: 1, maxQueue: 50, filename: TEST_WORKER });
    await pool.warmUp();
    const busy = pool.run('sleep-1500', {}, { timeoutMs: 10_000 });
    const waiting = pool.run('waits', {}, { timeoutMs: 600 });
    expect(pool.saturated!()).toBe(false);
    await new Promise((r) => setTimeout(r, 450));
    expect(pool.saturated!()).toBe(true);
    await expect(waiting).rejects.toBeInstanceOf(EngineTimeoutError);
    await busy;
    expect(pool.saturated!()).toBe(false);
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

describe('HTTP over a real pool and real sockets', () => {
  it('a client that hangs up while its article waits cancels it: outcome="cancelled", the next request is not delayed', async () => {
    const engine = createEnginePool({ workers: 1, maxQueue: 4, filename: TEST_WORKER });
    const app = await startApp({ ENGINE_TIMEOUT_MS: '10000' }, { engine });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      await app.warmUp();
      const { port } = app.server.address() as AddressInfo;
      const post = (text: string) => {
        const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/v1/attributions', agent: false, headers: { 'content-type': 'text/plain' } });
        const answered = new Promise<number>((resolve, reject) => {
          req.on('response', (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.on('error', reject);
        });
        req.end(text);
        return { req, answered };
      };
      const busy = post('sleep-800');
      await new Promise((r) => setTimeout(r, 150));
      const abandoned = post('sleep-5000');
      abandoned.answered.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 150));
      abandoned.req.destroy();
      expect(await busy.answered).toBe(200);
      // Had the abandoned article stayed queued, it would now hold the only worker for 5 s.
      expect(await post('next').answered).toBe(200);
      const metrics = await supertest(app.server).get('/metrics');
      expect(metrics.text).toMatch(/quote_attribution_engine_duration_seconds_count\{outcome="cancelled"\} 1/);
    } finally {
      await app.close();
    }
  });

  it('with the queue full, a new article is refused 503 ENGINE_OVERLOADED before its body is read', async () => {
    const engine = createEnginePool({ workers: 1, maxQueue: 1, filename: TEST_WORKER });
    const app = await startApp({ ENGINE_TIMEOUT_MS: '10000', REQUEST_TIMEOUT_MS: '60000', CONNECTION_TIMEOUT_MS: '60000' }, { engine });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      await app.warmUp();
      const { port } = app.server.address() as AddressInfo;
      const server = supertest(app.server);
      const busy = ['sleep-800', 'sleep-800'].map((text) => server.post('/v1/attributions').send({ text }).then((r) => r.status));
      while (engine.stats!().inFlight < 2) await new Promise((r) => setTimeout(r, 20));
      // Only the headers and a sliver of the body: had the server waited for the body, no answer would come.
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1');
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => {
          text += chunk;
          const [head = '', body = ''] = text.split('\r\n\r\n');
          const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? -1);
          if (length >= 0 && Buffer.byteLength(body) >= length) {
            socket.destroy();
            resolve(text);
          }
        });
        socket.on('error', reject);
        socket.write('POST /v1/attributions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text": "');
      });
      expect(answer).toMatch(/^HTTP\/1\.1 503/);
      expect(answer).toMatch(/content-type: application\/problem\+json/i);
      expect(answer).toMatch(/retry-after: \d+/i);
      // A refused client must reconnect before it retries: retry storms are paced, not answered at once.
      expect(answer).toMatch(/connection: close/i);
      expect(answer).toContain('"code":"ENGINE_OVERLOADED"');
      expect(answer).toMatch(/x-request-id: [\w-]+/i);
      expect((await supertest(app.server).get('/metrics')).text).toMatch(/^quote_attribution_shed_total 1$/m);
      expect(await Promise.all(busy)).toEqual([200, 200]);
    } finally {
      await app.close();
    }
  });
});
