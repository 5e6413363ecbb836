import fs from 'node:fs';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { Value } from 'typebox/value';
import { PROBLEM_TYPES, problemTypeUri, type ProblemCode } from '../../src/http/errors';
import { attribute } from '../../src/pipeline';
import { EXAMPLE_ARTICLE, EXAMPLE_PAGE } from '../../src/schemas/examples';
import { ProblemSchema } from '../../src/schemas/problem';
import { OPENAPI_FILE, renderOpenapi } from '../../scripts/write-openapi';
import { recordingEngine, startApp } from './helpers';

interface ProblemResponseDoc {
  content?: Record<string, { schema: unknown; examples?: Record<string, { value: Record<string, unknown> }> }>;
}

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
    for (const status of ['400', '408', '413', '415', '422', '429', '500', '503']) {
      expect(post.responses[status].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    }
    expect(spec.components.schemas.Problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'requestId']));
    const ok = post.responses['200'].content['application/json'].schema;
    expect(ok.required).toEqual(['quotes', 'speakers', 'meta']);
  });

  it('every error response shows its own true examples: status, code, title and type as the service answers them', async () => {
    const spec = (await supertest(app.server).get('/openapi.json')).body;
    let checked = 0;
    for (const [route, methods] of Object.entries<Record<string, { responses: Record<string, ProblemResponseDoc> }>>(spec.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          const where = `${method.toUpperCase()} ${route} ${status}`;
          const media = response.content?.['application/problem+json'];
          expect({ where, schema: media?.schema }).toEqual({ where, schema: { $ref: '#/components/schemas/Problem' } });
          const examples = Object.entries(media?.examples ?? {});
          expect(examples.length).toBeGreaterThan(0);
          for (const [name, { value }] of examples) {
            const code = value['code'] as ProblemCode;
            expect({ where, name, code, status: value['status'] }).toEqual({ where, name: code, code, status: Number(status) });
            expect(PROBLEM_TYPES[code]?.status).toBe(Number(status));
            expect(value).toMatchObject({ type: problemTypeUri(code), title: PROBLEM_TYPES[code].title, instance: route });
            expect(Value.Check(ProblemSchema, value)).toBe(true);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
    const post = spec.paths['/v1/attributions'].post;
    for (const status of ['429', '503']) expect(post.responses[status].headers['retry-after'].schema.type).toBe('integer');
    // One 413 example no longer stands for every error: no two statuses share an example.
    const codes400 = Object.keys(post.responses['400'].content['application/problem+json'].examples);
    expect(codes400).toEqual(expect.arrayContaining(['MALFORMED_JSON', 'INVALID_REQUEST', 'FORBIDDEN_PROPERTY', 'INVALID_ENCODING']));
  });

  it('the example article shows the engine at work: several quotes, each with a speaker, by several rules', () => {
    const { quotes } = attribute(EXAMPLE_ARTICLE, { includePartial: true });
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expect(quotes.filter((q) => q.speaker === null)).toEqual([]);
    expect(new Set(quotes.map((q) => q.speaker?.name)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(quotes.map((q) => q.rule)).size).toBeGreaterThanOrEqual(3);
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
