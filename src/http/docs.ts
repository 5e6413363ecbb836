import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from '../schemas/problem';
import { SERVICE_NAME, VERSION } from '../version';

/** The OpenAPI document the app builds from its own route schemas; `npm run openapi` writes the same object. */
export const OPENAPI_INFO = {
  title: SERVICE_NAME,
  version: VERSION,
  description:
    'Finds every quotation in a news article and attributes it to its speaker. Offsets are UTF-16 code units ' +
    '(what JavaScript `slice` counts), end exclusive, into the exact text received. Every error is an RFC 9457 ' +
    '`application/problem+json` document.',
  license: { name: 'MIT', identifier: 'MIT' },
};

/**
 * Swagger UI's page loads its scripts, styles and images from /docs/static and calls the API on the same
 * origin; it has no inline scripts (@fastify/swagger-ui's swaggerCSP hashes are empty), and its CSS uses
 * data: images. No upgrade-insecure-requests: the service itself speaks plain HTTP (TLS, if any, ends at
 * a proxy), and upgrading would break the page when opened as http://host:3000/docs.
 */
export const DOCS_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  // 'unsafe-inline' for styles only: the bundle sets a few style attributes at run time (seen as a CSP
  // violation in headless Chromium). Scripts stay 'self' only, which is what stops injected code.
  'style-src': ["'self'", "'unsafe-inline'"],
};

/**
 * OpenAPI 3.1 generation and Swagger UI at /docs, registered on `app` itself (not in a child plugin) so
 * @fastify/swagger sees every route registered after it.
 */
export function registerDocs(app: FastifyInstance): void {
  // Shared schemas, once in components.schemas under their own $id (not def-0) and referenced by routes.
  app.addSchema(ProblemSchema);
  app.register(swagger, {
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json['$id'] === 'string' ? json['$id'] : `def-${i}`),
    },
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      tags: [
        { name: 'attributions', description: 'Quote attribution' },
        { name: 'health', description: 'Liveness and readiness probes' },
      ],
    },
  });
  app.register(swaggerUi, {
    routePrefix: '/docs',
    // validatorUrl null: the page would otherwise send the spec's URL to validator.swagger.io for a badge.
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true, validatorUrl: null },
    // Replaces the API's strict CSP (security.ts) on the /docs routes only.
    staticCSP: DOCS_CSP,
  });
}

/** `GET /openapi.json`: the spec, from the same object as Swagger UI and `npm run openapi`. */
export async function openapiRoute(app: FastifyInstance): Promise<void> {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
