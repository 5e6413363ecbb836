import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
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
 * OpenAPI 3.1 generation and Swagger UI at /docs, registered on `app` itself (not in a child plugin) so
 * @fastify/swagger sees every route registered after it.
 */
export function registerDocs(app: FastifyInstance): void {
  app.register(swagger, {
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
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true },
  });
}

/** `GET /openapi.json`: the spec, from the same object as Swagger UI and `npm run openapi`. */
export async function openapiRoute(app: FastifyInstance): Promise<void> {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
