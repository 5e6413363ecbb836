import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Engine, EngineStats } from './engine';

/** Seconds: from a short article on a warm worker (~5 ms) to the largest ones near the time limit. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const QUOTE_BUCKETS = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500];

/** Label for requests that matched no route: the raw URL would let any client grow the series without bound. */
const UNMATCHED = 'unmatched';

export interface Metrics {
  /** This app's own registry: each app instance (and each test) counts separately, nothing is global. */
  readonly registry: Registry;
  readonly httpRequests: Counter<'method' | 'route' | 'status_code'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  readonly engineDuration: Histogram<'outcome'>;
  readonly quotesPerArticle: Histogram;
  readonly shed: Counter;
}

/** The service's metrics, the engine's load gauges (when the engine has `stats()`) and Node's process metrics. */
export function createMetrics(engine: Engine): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending its answer, by route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const engineDuration = new Histogram({
    name: 'quote_attribution_engine_duration_seconds',
    help: 'Time the engine took per article, waiting for a worker included; outcome is ok, timeout (waited the limit), too-costly (ran the limit), overloaded, cancelled (client left while queued) or error',
    labelNames: ['outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const quotesPerArticle = new Histogram({
    name: 'quote_attribution_quotes_per_article',
    help: 'Quotes found per attributed article',
    buckets: QUOTE_BUCKETS,
    registers: [registry],
  });

  const shed = new Counter({
    name: 'quote_attribution_shed_total',
    help: 'Articles refused 503 ENGINE_OVERLOADED by the server before routing (not in http_requests_total): the queue was full',
    registers: [registry],
  });

  const stats = engine.stats?.bind(engine);
  if (stats) {
    const gauge = (name: string, help: string, read: (s: EngineStats) => number) =>
      new Gauge({
        name: `quote_attribution_engine_${name}`,
        help,
        registers: [registry],
        // Read at scrape time: no timers, nothing to stop when the app closes.
        collect() {
          this.set(read(stats()));
        },
      });
    gauge('workers', 'Worker threads running the engine', (s) => s.workers);
    gauge('in_flight', 'Articles accepted by the engine and not yet answered (running plus queued)', (s) => s.inFlight);
    gauge('queue_depth', 'Articles waiting for a free worker', (s) => s.queued);
    gauge('queue_capacity', 'Articles that may wait before new ones get 503 ENGINE_OVERLOADED (MAX_QUEUE)', (s) => s.maxQueue);
    gauge('utilization', "Share of the workers' time spent attributing since start, 0-1", (s) => s.utilization);
  }

  return { registry, httpRequests, httpDuration, engineDuration, quotesPerArticle, shed };
}

/** The same engine, timing every article and counting its quotes. */
export function instrumentEngine(engine: Engine, metrics: Metrics): Engine {
  return {
    run: async (text, options, limits, input) => {
      const started = performance.now();
      let outcome = 'error';
      try {
        const result = await engine.run(text, options, limits, input);
        outcome = 'ok';
        metrics.quotesPerArticle.observe(result.quotes);
        return result;
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        if (code === 'ENGINE_TIMEOUT') outcome = 'timeout';
        else if (code === 'TEXT_TOO_COSTLY') outcome = 'too-costly';
        else if (code === 'ENGINE_OVERLOADED') outcome = 'overloaded';
        else if (code === 'CLIENT_CLOSED') outcome = 'cancelled';
        throw err;
      } finally {
        metrics.engineDuration.observe({ outcome }, (performance.now() - started) / 1000);
      }
    },
    warmUp: () => engine.warmUp(),
    close: () => engine.close(),
    ...(engine.stats ? { stats: () => engine.stats!() } : {}),
    ...(engine.saturated ? { saturated: () => engine.saturated!() } : {}),
  };
}

/** Counts and times every answer, by route template (never the raw URL) and status. */
export function recordHttpMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? UNMATCHED,
      status_code: String(reply.statusCode),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
}

/** `GET /metrics`: the Prometheus text exposition of this app's registry (hidden from the OpenAPI spec). */
export async function metricsRoute(app: FastifyInstance, opts: { metrics: Metrics }): Promise<void> {
  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (_request, reply) => {
    const body = await opts.metrics.registry.metrics();
    return reply.type(opts.metrics.registry.contentType).send(body);
  });
}
