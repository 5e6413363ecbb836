import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { RateLimitedError } from './errors';

/**
 * The API answers JSON only, so its pages may load nothing and be framed by no one. Swagger UI at
 * /docs gets its own policy (DOCS_CSP in docs.ts), which replaces this one on those routes.
 */
export const API_CSP = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Routes no limit applies to: probes must answer an orchestrator, and scrapes come from infrastructure. */
const isApiRoute = (url: string | undefined): boolean => url !== undefined && url.startsWith('/v1/');

/**
 * Security headers (helmet), CORS only for the origins in CORS_ORIGINS, and a per-client rate limit on
 * the API when RATE_LIMIT_MAX is set. Registered before the routes: rate-limit hooks routes as they are added.
 */
export function registerSecurity(app: FastifyInstance, config: Config): void {
  app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
  });

  if (config.corsOrigins.length > 0) {
    app.register(cors, {
      origin: config.corsOrigins.includes('*') ? '*' : [...config.corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
      maxAge: 600,
    });
  }

  if (config.rateLimitMax > 0) {
    app.register(rateLimit, {
      max: config.rateLimitMax,
      timeWindow: config.rateLimitWindowMs,
      allowList: (request) => !isApiRoute(request.routeOptions.url),
      // Thrown, so the app's error handler renders it as problem+json like every other error.
      errorResponseBuilder: (_request, context) => new RateLimitedError(context.max, context.after),
    });
  }
}
