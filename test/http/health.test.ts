import supertest from 'supertest';
import { gatedEngine, logCollector, recordingEngine, startApp } from './helpers';

describe('health and readiness', () => {
  it('/healthz answers 200 at once, before the engine is warm', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      const res = await supertest(app.server).get('/healthz').expect(200);
      expect(res.body).toEqual({ status: 'ok' });
    } finally {
      await app.close();
    }
  });

  it('/readyz is 503 until warm-up, 200 after, 503 again once shutting down', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      const before = await supertest(app.server).get('/readyz').expect(503);
      expect(before.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(before.body).toMatchObject({ code: 'NOT_READY', status: 503 });
      await app.warmUp();
      await supertest(app.server).get('/readyz').expect(200, { status: 'ready' });
      app.beginShutdown();
      const during = await supertest(app.server).get('/readyz').expect(503);
      expect(during.body.detail).toContain('shutting down');
      await supertest(app.server).get('/healthz').expect(200);
    } finally {
      await app.close();
    }
  });

  it('stays not ready when warm-up fails', async () => {
    const engine = recordingEngine();
    engine.warmUp = async () => {
      throw new Error('no lexicon');
    };
    const app = await startApp({}, { engine });
    try {
      await expect(app.warmUp()).rejects.toThrow('no lexicon');
      await supertest(app.server).get('/readyz').expect(503);
    } finally {
      await app.close();
    }
  });

  it('refuses new API work while shutting down, as problem+json', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      await app.warmUp();
      app.beginShutdown();
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'late' }).expect(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['connection']).toBe('close');
    } finally {
      await app.close();
    }
  });

  it('close() lets an in-flight request finish before the engine closes', async () => {
    const engine = gatedEngine(4);
    let waitingAtClose = -1;
    engine.close = async () => {
      waitingAtClose = engine.waitingCount();
    };
    const app = await startApp({ ENGINE_TIMEOUT_MS: '60000' }, { engine });
    await app.warmUp();
    const inFlight = supertest(app.server).post('/v1/attributions').send({ text: 'in flight' }).then((r) => r);
    await engine.whenWaiting(1);
    app.beginShutdown();
    const closing = app.close();
    engine.release();
    expect((await inFlight).status).toBe(200);
    await closing;
    expect(waitingAtClose).toBe(0); // the engine closed only after its last task was answered
  });
});

describe('request ids and logs', () => {
  it('generates a request id per request and ignores the client-sent one', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      const a = await supertest(app.server).get('/healthz').set('x-request-id', 'forged-id');
      const b = await supertest(app.server).get('/healthz');
      expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.headers['x-request-id']).not.toBe('forged-id');
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    } finally {
      await app.close();
    }
  });

  it('logs JSON lines with the request id and never the article text at info level', async () => {
    const logs = logCollector();
    const secret = 'Zanzibar-unique-article-sentence';
    const app = await startApp({ LOG_LEVEL: 'info' }, { engine: recordingEngine(), logStream: logs.stream });
    try {
      const ok = await supertest(app.server).post('/v1/attributions').send({ text: `“${secret},” she said.` }).expect(200);
      await supertest(app.server).post('/v1/attributions').set('content-type', 'text/plain').send(`${secret} `.repeat(40_000)).expect(413);
      await supertest(app.server).post('/v1/attributions').set('content-type', 'application/json').send(`{"text": "${secret}`).expect(400);
      await supertest(app.server).post('/v1/attributions').send({ text: secret, bogus: secret }).expect(400);
      const mine = logs.lines.filter((l) => l['reqId'] === ok.headers['x-request-id']);
      expect(mine.map((l) => l['msg'])).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
      expect(logs.lines.length).toBeGreaterThan(6);
      expect(JSON.stringify(logs.lines)).not.toContain(secret);
    } finally {
      await app.close();
    }
  });
});
