import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import { registerDocs, openapiRoute } from './http/docs';
import { decodeBody } from './http/charsets';
import { connectionOptions, guardConnections } from './http/connections';
import { isSaturated, type Engine } from './http/engine';
import { createEnginePool } from './http/engine-pool';
import { ForbiddenPropertyError, MalformedJsonError, NotFoundError, NotReadyError, toProblem } from './http/errors';
import { createMetrics, instrumentEngine, metricsRoute, recordHttpMetrics } from './http/metrics';
import { attributionRoutes } from './http/routes/attributions';
import { batchRoutes } from './http/routes/batch';
import { healthRoutes, type ReadinessState } from './http/routes/health';
import { pageRoutes } from './http/page';
import { registerSecurity } from './http/security';

declare module 'fastify' {
  interface FastifyInstance {
    /** Runs a small article through the engine; /readyz answers 200 afterwards. */
    warmUp(): Promise<void>;
    /** From now on /readyz answers 503 and new API requests get a 503 problem. */
    beginShutdown(): void;
  }
}

export interface AppDeps {
  /** The attribution engine; defaults to a worker pool sized by the config. The app closes it on close. */
  engine?: Engine;
  /** Where the JSON logs go; defaults to stdout. Tests pass a stream to read them. */
  logStream?: { write(line: string): unknown };
}

/** The whole service except listening: plugins, parsers, error handling and routes, in registration order. */
export function buildApp(config: Config, deps: AppDeps = {}): FastifyInstance {
  const pool = deps.engine ?? createEnginePool({ workers: config.workers, maxQueue: config.maxQueue });
  const metrics = createMetrics(pool);
  const engine = instrumentEngine(pool, metrics);
  const app = Fastify({
    logger: deps.logStream ? { level: config.logLevel, stream: deps.logStream } : { level: config.logLevel },
    // Request ids are ours unless TRUST_REQUEST_ID: a client could otherwise forge or collide log lines.
    genReqId: (req) => (config.trustRequestId && clientRequestId(req.headers['x-request-id'])) || randomUUID(),
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // We answer requests that arrive during shutdown ourselves, as problem+json (see onRequest below).
    return503OnClosing: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    // Timeouts and the parser's own errors as problem+json (connections.ts).
    ...connectionOptions(config, { saturated: () => isSaturated(pool), onShed: () => metrics.shed.inc() }),
  });

  let readiness: ReadinessState = 'starting';

  app.decorate('warmUp', async () => {
    await engine.warmUp();
    if (readiness === 'starting') readiness = 'ready';
  });
  app.decorate('beginShutdown', () => {
    readiness = 'shutting-down';
    connections.dropStalledUploads();
  });
  app.addHook('onClose', async () => {
    readiness = 'shutting-down';
    await engine.close();
  });

  // 1. Every answer names its request id, so a client can quote it when reporting a problem.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const route = request.routeOptions.url;
    const probe = route === '/healthz' || route === '/readyz';
    if (readiness === 'shutting-down' && !probe) {
      reply.header('connection', 'close');
      throw new NotReadyError('shutting down');
    }
  });

  // Open connections capped, Host required, stalled uploads cut at shutdown.
  const connections = guardConnections(app, config);

  // 2. Security headers, CORS (only with CORS_ORIGINS), rate limit (only with RATE_LIMIT_MAX); metrics of every answer.
  registerSecurity(app, config);
  recordHttpMetrics(app, metrics);

  // 3. Body parsers: JSON with distinct errors for malformed input and forbidden keys; both decode the declared charset.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, decodeBody(body as Buffer, request.headers['content-type']));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = decodeBody(body as Buffer, request.headers['content-type']);
    } catch (err) {
      return done(err as Error, undefined);
    }
    parseJson(request, text, (err: Error | null, value?: unknown) => {
      if (!err) return done(null, value);
      done(isPlainJson(text) ? new ForbiddenPropertyError() : new MalformedJsonError(), undefined);
    });
  });

  // 4. One error handler and one not-found handler: RFC 9457 problem+json for everything.
  app.setErrorHandler(async (error, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.code === 'INTERNAL') {
      request.log.error({ err: error, problem: { code: problem.code, status: problem.status } }, 'request failed');
    } else {
      // Deliberate answers (4xx, timeouts, overload, not ready): the code and our own detail, never article text.
      request.log.info({ problem: { code: problem.code, status: problem.status, detail: problem.detail } }, problem.title);
    }
    if (problem.code === 'ENGINE_OVERLOADED' || problem.code === 'ENGINE_TIMEOUT') {
      reply.header('retry-after', String(Math.max(1, Math.ceil(config.engineTimeoutMs / 1000))));
    }
    // Pre-serialized: the problem is rendered the same way whatever the route's response schemas say.
    return reply.code(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  });
  app.setNotFoundHandler(async (request) => {
    throw new NotFoundError(request.method, request.url.split('?')[0] ?? '/');
  });

  // 5. OpenAPI + Swagger UI, before the routes they describe.
  registerDocs(app);
  app.register(openapiRoute);

  // 6. Routes.
  app.register(healthRoutes, { readiness: () => readiness });
  app.register(metricsRoute, { metrics });
  app.register(attributionRoutes, { engine, config });
  app.register(pageRoutes);
  app.register(batchRoutes, { engine, config });

  return app;
}

/** A client's x-request-id, if it is one short printable token; anything else is replaced by a generated id. */
function clientRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header) ? header : undefined;
}

/** Whether `body` is well-formed JSON; used only after the secure parser refused it, to tell a forbidden key from bad syntax. */
function isPlainJson(body: string): boolean {
  if (body.length === 0) return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}
