import supertest from 'supertest';
import { PROBLEM_TYPES, problemTypeUri } from '../../src/http/errors';
import { recordingEngine, startApp } from './helpers';

const preflight = (server: supertest.Agent | ReturnType<typeof supertest>, origin: string) =>
  server.options('/v1/attributions').set('origin', origin).set('access-control-request-method', 'POST');

describe('security headers (helmet)', () => {
  it('gives API answers a CSP that loads nothing and may not be framed, plus helmet defaults', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'hi' }).expect(200);
      expect(res.headers['content-security-policy']).toBe("default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
      const problem = await supertest(app.server).get('/nowhere').expect(404);
      expect(problem.headers['content-security-policy']).toContain("default-src 'none'");
    } finally {
      await app.close();
    }
  });

  it('gives Swagger UI a CSP that lets it load its own scripts, styles and data: images, and call the API', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      for (const url of ['/docs/', '/docs/static/swagger-ui-bundle.js', '/docs/static/swagger-initializer.js']) {
        const res = await supertest(app.server).get(url).expect(200);
        const csp = String(res.headers['content-security-policy']);
        expect(csp).toContain("script-src 'self';");
        expect(csp).toContain("img-src 'self' data:;");
        expect(csp).toContain("connect-src 'self';");
        expect(csp).not.toContain('unsafe-eval');
        expect(csp).not.toContain('upgrade-insecure-requests'); // the service speaks plain HTTP
        expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      }
      // The page has no inline script for the CSP to block: every script is a file under /docs/static.
      const html = (await supertest(app.server).get('/docs/').expect(200)).text;
      expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc="\.\/static\//.test(tag))).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('CORS', () => {
  it('is off without CORS_ORIGINS: no allow-origin header, preflight is a 404', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      const res = await supertest(app.server).post('/v1/attributions').set('origin', 'https://evil.example').send({ text: 'hi' });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const pre = await preflight(supertest(app.server), 'https://evil.example');
      expect(pre.status).toBe(404);
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('allows exactly the listed origins', async () => {
    const app = await startApp({ CORS_ORIGINS: 'https://news.example, http://localhost:8080' }, { engine: recordingEngine() });
    try {
      const server = supertest(app.server);
      const pre = await preflight(server, 'https://news.example').expect(204);
      expect(pre.headers['access-control-allow-origin']).toBe('https://news.example');
      expect(pre.headers['access-control-allow-methods']).toBe('GET, POST');
      const other = await preflight(server, 'https://evil.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      const res = await server.post('/v1/attributions').set('origin', 'http://localhost:8080').send({ text: 'hi' }).expect(200);
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:8080');
      expect(res.headers['access-control-expose-headers']).toContain('x-request-id');
    } finally {
      await app.close();
    }
  });
});

describe('rate limit', () => {
  it('is off by default', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      for (let i = 0; i < 5; i++) {
        const res = await supertest(app.server).post('/v1/attributions').send({ text: 'hi' }).expect(200);
        expect(res.headers['x-ratelimit-limit']).toBeUndefined();
      }
    } finally {
      await app.close();
    }
  });

  it('answers 429 problem+json with Retry-After past RATE_LIMIT_MAX per window; probes and metrics are never limited', async () => {
    const app = await startApp({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' }, { engine: recordingEngine() });
    try {
      const server = supertest(app.server);
      await server.post('/v1/attributions').send({ text: 'one' }).expect(200);
      await server.post('/v1/attributions').send({ text: 'two' }).expect(200);
      const res = await server.post('/v1/attributions').send({ text: 'three' });
      expect(res.status).toBe(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('60');
      expect(res.body).toEqual({
        type: problemTypeUri('RATE_LIMITED'),
        title: PROBLEM_TYPES.RATE_LIMITED.title,
        status: 429,
        code: 'RATE_LIMITED',
        detail: 'More than 2 requests in 1 minute from this client. Retry after the time given in Retry-After.',
        instance: '/v1/attributions',
        requestId: res.headers['x-request-id'],
      });
      for (const url of ['/healthz', '/readyz', '/metrics', '/healthz', '/metrics']) {
        expect((await server.get(url)).status).not.toBe(429);
      }
    } finally {
      await app.close();
    }
  });
});

describe('request ids', () => {
  it('trusts a client x-request-id only with TRUST_REQUEST_ID=true, and only a short token', async () => {
    const app = await startApp({ TRUST_REQUEST_ID: 'true' }, { engine: recordingEngine() });
    try {
      const server = supertest(app.server);
      const ok = await server.get('/healthz').set('x-request-id', 'edge-7f3a.42:1');
      expect(ok.headers['x-request-id']).toBe('edge-7f3a.42:1');
      for (const forged of ['has space', 'x'.repeat(129), '<script>', '{"json":1}']) {
        const res = await server.get('/healthz').set('x-request-id', forged);
        expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
      const none = await server.get('/healthz');
      expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await app.close();
    }
  });
});

describe('no internals in any answer', () => {
  it('a 500 from an engine bug carries no message, stack, file path or error class', async () => {
    const engine = recordingEngine(() => {
      const err = new TypeError("Cannot read properties of undefined (reading 'mentions')");
      err.stack = `${err.name}: ${err.message}\n    at resolveSpeakers (/app/dist/pipeline/resolve-speakers.js:88:19)`;
      throw err;
    });
    const app = await startApp({}, { engine });
    try {
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'boom' }).expect(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Object.keys(res.body).sort()).toEqual(['code', 'detail', 'instance', 'requestId', 'status', 'title', 'type']);
      expect(res.body.code).toBe('INTERNAL');
      for (const leak of ['TypeError', 'mentions', 'resolve', '/app/', '.js', ' at ', 'stack']) expect(res.text).not.toContain(leak);
    } finally {
      await app.close();
    }
  });
});
