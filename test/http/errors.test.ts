import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { PROBLEM_TYPES, problemTypeUri, TextTooCostlyError, type ProblemCode } from '../../src/http/errors';
import type { Engine } from '../../src/http/engine';
import { gatedEngine, logCollector, recordingEngine, startApp } from './helpers';

/** Asserts an RFC 9457 answer with our problem code, and returns its body. */
function expectProblem(res: supertest.Response, code: ProblemCode) {
  const { status, title } = PROBLEM_TYPES[code];
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ type: problemTypeUri(code), title, status, code, detail: expect.any(String) });
  expect(res.body.detail.length).toBeGreaterThan(0);
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  return res.body as Record<string, unknown>;
}

describe('errors are RFC 9457 problem+json', () => {
  let app: FastifyInstance;
  const post = () => supertest(app.server).post('/v1/attributions');
  beforeAll(async () => {
    app = await startApp({ BODY_LIMIT_BYTES: '2048', MAX_TEXT_CHARS: '100' }, { engine: recordingEngine() });
  });
  afterAll(() => app.close());

  it('400 for malformed JSON', async () => {
    const res = await post().set('content-type', 'application/json').send('{"text": "abc"');
    expectProblem(res, 'MALFORMED_JSON');
  });

  it('400 for an empty JSON body', async () => {
    const res = await post().set('content-type', 'application/json').send('');
    expectProblem(res, 'MALFORMED_JSON');
  });

  it('400 without type coercion: {"text": 42}', async () => {
    const body = expectProblem(await post().send({ text: 42 }), 'INVALID_REQUEST');
    expect(body.errors).toEqual([{ pointer: '/text', detail: 'must be string' }]);
  });

  it('400 for a string where options wants a number (no coercion)', async () => {
    const body = expectProblem(await post().send({ text: 'a', options: { minConfidence: '0.5' } }), 'INVALID_REQUEST');
    expect(body.errors).toEqual([{ pointer: '/options/minConfidence', detail: 'must be number' }]);
  });

  it('400 for unknown properties, at the top and inside options, naming them', async () => {
    let body = expectProblem(await post().send({ text: 'a', txt: 'b' }), 'INVALID_REQUEST');
    expect(body.errors).toEqual([{ pointer: '/txt', detail: 'unknown property' }]);
    body = expectProblem(await post().send({ text: 'a', options: { partial: false } }), 'INVALID_REQUEST');
    expect(body.errors).toEqual([{ pointer: '/options/partial', detail: 'unknown property' }]);
  });

  it('400 for a missing text, an empty text and a JSON value that is not an object', async () => {
    expectProblem(await post().send({}), 'INVALID_REQUEST');
    expectProblem(await post().send({ text: '' }), 'INVALID_REQUEST');
    expectProblem(await post().set('content-type', 'application/json').send('"just a string"'), 'INVALID_REQUEST');
    expectProblem(await post().set('content-type', 'application/json').send('null'), 'INVALID_REQUEST');
    expectProblem(await post().set('content-type', 'text/plain').send(''), 'INVALID_REQUEST');
  });

  it('400 for a POST without any body or content type', async () => {
    expectProblem(await post(), 'BAD_REQUEST');
  });

  it.each([
    ['__proto__', '{"text": "a", "__proto__": {"polluted": true}}'],
    ['nested __proto__', '{"text": "a", "options": {"__proto__": {"polluted": true}}}'],
    ['constructor.prototype', '{"text": "a", "constructor": {"prototype": {"polluted": true}}}'],
  ])('400 for %s keys', async (_name, json) => {
    expectProblem(await post().set('content-type', 'application/json').send(json), 'FORBIDDEN_PROPERTY');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('400 for a plain "constructor" property (unknown property)', async () => {
    expectProblem(await post().set('content-type', 'application/json').send('{"text": "a", "constructor": 1}'), 'INVALID_REQUEST');
  });

  it.each(['application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'])(
    '415 for %s',
    async (type) => {
      const body = expectProblem(await post().set('content-type', type).send('text=a'), 'UNSUPPORTED_MEDIA_TYPE');
      expect(body.detail).toContain(type.split(';')[0]);
    },
  );

  it('413 for a body over BODY_LIMIT_BYTES, JSON or text', async () => {
    expectProblem(await post().send({ text: 'x'.repeat(3000) }), 'BODY_TOO_LARGE');
    expectProblem(await post().set('content-type', 'text/plain').send('x'.repeat(3000)), 'BODY_TOO_LARGE');
  });

  it('413 for a text over MAX_TEXT_CHARS, counted in UTF-16 units', async () => {
    const body = expectProblem(await post().send({ text: '🙂'.repeat(51) }), 'TEXT_TOO_LONG');
    expect(body.detail).toBe('The text has 102 characters; the limit is 100.');
    expectProblem(await post().set('content-type', 'text/plain').send('y'.repeat(101)), 'TEXT_TOO_LONG');
    await post().send({ text: 'y'.repeat(100) }).expect(200);
  });

  it('404 for unknown routes and methods, with the path as instance', async () => {
    const body = expectProblem(await supertest(app.server).get('/v2/nothing?q=secret'), 'NOT_FOUND');
    expect(body.instance).toBe('/v2/nothing');
    expectProblem(await supertest(app.server).get('/v1/attributions'), 'NOT_FOUND');
    expectProblem(await supertest(app.server).delete('/healthz'), 'NOT_FOUND');
  });
});

describe('engine failures', () => {
  async function appWith(engine: Engine, env: Record<string, string> = {}) {
    const logs = logCollector();
    const app = await startApp({ LOG_LEVEL: 'info', ...env }, { engine, logStream: logs.stream });
    return { app, logs };
  }

  it('503 with Retry-After when the engine exceeds ENGINE_TIMEOUT_MS', async () => {
    const engine = gatedEngine(10); // never answers by itself: only the time limit ends the task
    const { app } = await appWith(engine, { ENGINE_TIMEOUT_MS: '50' });
    try {
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'slow' });
      const body = expectProblem(res, 'ENGINE_TIMEOUT');
      expect(body.detail).toContain('50 ms');
      expect(res.headers['retry-after']).toBe('1');
    } finally {
      await app.close();
    }
  });

  it('422 without Retry-After when the text itself ran out the time limit', async () => {
    const engine = recordingEngine(() => {
      throw new TextTooCostlyError(2000);
    });
    const { app } = await appWith(engine);
    try {
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'costly' });
      expect(res.status).toBe(422);
      const body = expectProblem(res, 'TEXT_TOO_COSTLY');
      expect(body.detail).toContain('2000 ms');
      expect(res.headers['retry-after']).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('503 with Retry-After when the queue is full, and serves again once it drains', async () => {
    const engine = gatedEngine(2);
    const { app } = await appWith(engine, { ENGINE_TIMEOUT_MS: '60000' });
    try {
      const server = supertest(app.server);
      const held = [1, 2].map(() => server.post('/v1/attributions').send({ text: 'held' }).then((r) => r));
      await engine.whenWaiting(2);
      const res = await server.post('/v1/attributions').send({ text: 'one too many' });
      expectProblem(res, 'ENGINE_OVERLOADED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      engine.release();
      for (const r of await Promise.all(held)) expect(r.status).toBe(200);
      // Drained: the next article is accepted again.
      const next = server.post('/v1/attributions').send({ text: 'again' }).then((r) => r);
      await engine.whenWaiting(1);
      engine.release();
      expect((await next).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('500 never leaks the internal error, which goes to the log under the request id', async () => {
    const engine = recordingEngine(() => {
      throw new Error('ECONNRESET at /srv/secret/engine.js:42');
    });
    const { app, logs } = await appWith(engine);
    try {
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'boom' });
      const body = expectProblem(res, 'INTERNAL');
      expect(JSON.stringify(body)).not.toContain('secret');
      expect(JSON.stringify(body)).not.toContain('ECONNRESET');
      const logged = logs.lines.find((l) => l['reqId'] === body.requestId && l['level'] === 50);
      expect(JSON.stringify(logged)).toContain('ECONNRESET');
    } finally {
      await app.close();
    }
  });
});
