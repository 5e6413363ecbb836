import supertest from 'supertest';
import { createEnginePool } from '../../src/http/engine-pool';
import path from 'node:path';
import { recordingEngine, startApp } from './helpers';
import type { AttributionResult } from '../../src/schemas/attribution';

const TEST_WORKER = path.join(__dirname, '../fixtures/test-worker.js');

/** The value of one sample in a Prometheus exposition, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_:][\w:]*)(?:\{(.*)\})? (\S+)$/i.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

const twoQuotes = (): AttributionResult => ({
  quotes: ['a', 'b'].map((t, i) => ({
    id: `q${i + 1}`,
    text: t,
    start: i,
    end: i + 1,
    type: 'direct' as const,
    continues: null,
    speaker: null,
    cue: null,
    rule: 'no-attribution' as const,
    confidence: 0.5,
  })),
  speakers: [],
});

describe('GET /metrics', () => {
  it('serves the Prometheus text exposition with the service, engine and process metrics', async () => {
    const engine = createEnginePool({ workers: 1, maxQueue: 3, filename: TEST_WORKER });
    const app = await startApp({}, { engine });
    try {
      const res = await supertest(app.server).get('/metrics').expect(200);
      expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      for (const name of [
        'http_requests_total',
        'http_request_duration_seconds',
        'quote_attribution_engine_duration_seconds',
        'quote_attribution_quotes_per_article',
        'quote_attribution_engine_queue_depth',
        'quote_attribution_engine_in_flight',
        'quote_attribution_engine_utilization',
        'process_cpu_seconds_total',
        'process_resident_memory_bytes',
        'nodejs_eventloop_lag_seconds',
      ]) {
        expect(res.text).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
      }
      expect(sample(res.text, 'quote_attribution_engine_workers')).toBe(1);
      expect(sample(res.text, 'quote_attribution_engine_queue_capacity')).toBe(3);
      expect(sample(res.text, 'quote_attribution_engine_queue_depth')).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('counts requests by route template and status, times the engine and counts quotes per article', async () => {
    const app = await startApp({}, { engine: recordingEngine(twoQuotes) });
    try {
      const server = supertest(app.server);
      const before = (await server.get('/metrics')).text;
      const ok = { method: 'POST', route: '/v1/attributions', status_code: '200' };
      expect(sample(before, 'http_requests_total', ok)).toBeUndefined();

      await server.post('/v1/attributions').send({ text: 'ab' }).expect(200);
      await server.post('/v1/attributions').send({ text: 42 }).expect(400);
      await server.get('/no/such/path/123').expect(404);
      const after = (await server.get('/metrics')).text;

      expect(sample(after, 'http_requests_total', ok)).toBe(1);
      expect(sample(after, 'http_request_duration_seconds_count', ok)).toBe(1);
      expect(sample(after, 'http_requests_total', { route: '/v1/attributions', status_code: '400' })).toBe(1);
      // Unmatched URLs share one label value, so clients can't create series at will.
      expect(sample(after, 'http_requests_total', { route: 'unmatched', status_code: '404' })).toBe(1);
      expect(after).not.toContain('/no/such/path');
      expect(sample(after, 'quote_attribution_engine_duration_seconds_count', { outcome: 'ok' })).toBe(1);
      expect(sample(after, 'quote_attribution_quotes_per_article_sum')).toBe(2);
      expect(sample(after, 'quote_attribution_quotes_per_article_bucket', { le: '1' })).toBe(0);
      expect(sample(after, 'quote_attribution_quotes_per_article_bucket', { le: '2' })).toBe(1);
      // An engine without stats() has no pool gauges rather than made-up ones.
      expect(after).not.toContain('quote_attribution_engine_queue_depth');
    } finally {
      await app.close();
    }
  });

  it('keeps each app instance its own registry', async () => {
    const a = await startApp({}, { engine: recordingEngine() });
    const b = await startApp({}, { engine: recordingEngine() });
    try {
      await supertest(a.server).post('/v1/attributions').send({ text: 'x' }).expect(200);
      const ok = { route: '/v1/attributions', status_code: '200' };
      expect(sample((await supertest(a.server).get('/metrics')).text, 'http_requests_total', ok)).toBe(1);
      expect(sample((await supertest(b.server).get('/metrics')).text, 'http_requests_total', ok)).toBeUndefined();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('is not in the OpenAPI spec', async () => {
    const app = await startApp({}, { engine: recordingEngine() });
    try {
      const spec = (await supertest(app.server).get('/openapi.json')).body;
      expect(spec.paths['/metrics']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
