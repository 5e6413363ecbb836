import { Type } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { problemResponse } from '../problem-docs';
import { NotReadyError } from '../errors';

export type ReadinessState = 'starting' | 'ready' | 'shutting-down';

export interface HealthRoutesOptions {
  readiness: () => ReadinessState;
}

const StatusSchema = (status: string) =>
  Type.Object({ status: Type.Literal(status) }, { additionalProperties: false });

/** `/healthz`: the process answers (never touches the engine). `/readyz`: the engine is warm and we are not shutting down. */
export async function healthRoutes(app: FastifyInstance, opts: HealthRoutesOptions): Promise<void> {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Liveness: the process is up',
        response: { 200: StatusSchema('ok') },
      },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        operationId: 'getReadiness',
        summary: 'Readiness: the engine is warmed up and the service is not shutting down',
        response: {
          200: StatusSchema('ready'),
          503: problemResponse('Starting or shutting down', [
            ['NOT_READY', 'The service is starting: the engine is warming up.'],
          ], { instance: '/readyz' }),
        },
      },
      logLevel: 'warn',
    },
    async () => {
      const state = opts.readiness();
      if (state === 'starting') throw new NotReadyError('starting: the engine is warming up');
      if (state === 'shutting-down') throw new NotReadyError('shutting down');
      return { status: 'ready' as const };
    },
  );
}
