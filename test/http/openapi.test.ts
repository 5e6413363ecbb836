import fs from 'node:fs';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { EXAMPLE_ARTICLE, EXAMPLE_PAGE } from '../../src/schemas/examples';
import { OPENAPI_FILE, renderOpenapi } from '../../scripts/write-openapi';
import { recordingEngine, startApp } from './helpers';

describe('OpenAPI and Swagger UI', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp({}, { engine: recordingEngine() });
  });
  afterAll(() => app.close());

  it('the checked-in openapi/openapi.json is exactly what the app serves (run `npm run openapi` after changing schemas)', async () => {
    const res = await supertest(app.server).get('/openapi.json').expect(200);
    expect(fs.readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenapi(res.body));
  });

  it('is OpenAPI 3.1 with the routes, the three request media types and problem+json errors', async () => {
    const spec = (await supertest(app.server).get('/openapi.json')).body;
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths).sort()).toEqual(['/healthz', '/readyz', '/v1/attributions', '/v1/attributions/batch']);
    const post = spec.paths['/v1/attributions'].post;
    expect(Object.keys(post.requestBody.content).sort()).toEqual(['application/json', 'text/html', 'text/plain']);
    expect(post.requestBody.content['text/html'].example).toBe(EXAMPLE_PAGE);
    expect(post.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(post.requestBody.content['application/json'].example.text).toBe(EXAMPLE_ARTICLE);
    expect(post.requestBody.content['text/plain'].example).toBe(EXAMPLE_ARTICLE);
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '400', '413', '415', '503']));
    for (const status of ['400', '413', '415', '500', '503']) {
      const problem = post.responses[status].content['application/problem+json'].schema;
      expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail']));
    }
    const ok = post.responses['200'].content['application/json'].schema;
    expect(ok.required).toEqual(['quotes', 'speakers', 'meta']);
  });

  it('the example article has several quotes', () => {
    expect(EXAMPLE_ARTICLE.match(/“/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await supertest(app.server).get('/docs').redirects(1).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('swagger-ui');
    const init = await supertest(app.server).get('/docs/static/swagger-initializer.js').expect(200);
    expect(init.text).toContain('./json');
    const json = await supertest(app.server).get('/docs/json').expect(200);
    expect(json.body.paths['/v1/attributions']).toBeDefined();
  });
});
