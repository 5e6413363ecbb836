import type { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import type { AttributeOptions } from '../../schemas/attribution';
import { AttributionRequestSchema, PlainTextArticleSchema, type AttributionRequest } from '../../schemas/request';
import { AttributionResponseSchema, type ResponseMeta } from '../../schemas/response';
import { VERSION } from '../../version';
import { isSaturated, type Engine } from '../engine';
import { AnswerTooLargeError, BodyRequiredError, EngineOverloadedError, TextTooLongError } from '../errors';
import { problemResponse } from '../problem-docs';

export interface AttributionRoutesOptions {
  engine: Engine;
  config: Pick<Config, 'maxTextChars' | 'engineTimeoutMs' | 'maxAnswerBytes'>;
}

/** `POST /v1/attributions`: JSON `{text, options?}` or a text/plain article in, quotes and speakers out. */
export async function attributionRoutes(app: FastifyInstance, opts: AttributionRoutesOptions): Promise<void> {
  const { engine, config } = opts;

  // No TypeBox type provider here: it would type the reply as the response object, and this route sends
  // that object already serialised (see withMeta). The schemas below still validate and document.
  app.post(
    '/v1/attributions',
    {
      // Shed load before the body is read and parsed (the server itself sheds earlier still, connections.ts).
      onRequest: async () => {
        if (isSaturated(engine)) throw new EngineOverloadedError();
      },
      schema: {
        tags: ['attributions'],
        operationId: 'createAttribution',
        summary: 'Find the quotations in an article and attribute them to speakers',
        description:
          'Send the article as JSON `{"text": "...", "options": {...}}` or as the raw `text/plain` body. ' +
          '`quotes` are sorted by `start`; `text === article.slice(start, end)` for every span.',
        body: {
          content: {
            'application/json': { schema: AttributionRequestSchema },
            'text/plain': { schema: PlainTextArticleSchema },
          },
        },
        response: {
          200: AttributionResponseSchema,
          400: problemResponse('Malformed JSON, a schema violation (unknown property, wrong type, empty text), a forbidden property name, bytes invalid in the declared charset, or a malformed request', [
            ['MALFORMED_JSON', 'The request body is not valid JSON.'],
            ['INVALID_REQUEST', "body: must have required property 'text'"],
            ['FORBIDDEN_PROPERTY', 'The JSON body contains a forbidden property name (__proto__, or constructor with prototype).'],
            ['INVALID_ENCODING', 'The body is not valid utf-8: send the charset the bytes are really in (Content-Type: text/plain; charset=...).'],
            ['BAD_REQUEST', 'A request body is required: JSON {"text": "..."} or a text/plain article.'],
          ]),
          408: problemResponse('The request did not arrive in full within REQUEST_TIMEOUT_MS; the connection is closed', [
            ['REQUEST_TIMEOUT', 'The request did not arrive in full within REQUEST_TIMEOUT_MS.'],
          ]),
          413: problemResponse('Body over BODY_LIMIT_BYTES or text over MAX_TEXT_CHARS', [
            ['BODY_TOO_LARGE', 'The request body is larger than the configured limit (BODY_LIMIT_BYTES).'],
            ['TEXT_TOO_LONG', 'The text has 250000 characters; the limit is 200000.'],
          ]),
          415: problemResponse('Content-Type is neither application/json nor text/plain, or its charset is not supported', [
            ['UNSUPPORTED_MEDIA_TYPE', 'Content-Type "application/xml" is not supported; send application/json or text/plain.'],
          ]),
          422: problemResponse('The engine ran for ENGINE_TIMEOUT_MS without finishing (TEXT_TOO_COSTLY), or the answer would exceed MAX_ANSWER_BYTES (ANSWER_TOO_LARGE): split the text', [
            ['TEXT_TOO_COSTLY', 'The engine worked on this text for 2000 ms, the limit, without finishing: the text itself is too costly. Split it (by paragraph, say) and send the parts as separate requests; retrying it unchanged will fail again.'],
            ['ANSWER_TOO_LARGE', 'The answer for this article is 9437184 bytes; the limit is 8388608 (MAX_ANSWER_BYTES). Split the article (by paragraph, say) and send the parts as separate requests.'],
          ]),
          429: problemResponse('More than RATE_LIMIT_MAX requests from this client in RATE_LIMIT_WINDOW_MS (only when RATE_LIMIT_MAX is set); see Retry-After', [
            ['RATE_LIMITED', 'More than 100 requests in 1 minute from this client. Retry after the time given in Retry-After.'],
          ], { retryAfter: true }),
          500: problemResponse('Unexpected error (details are only in the logs)', [
            ['INTERNAL', 'The server could not handle the request. The error is logged under the request id.'],
          ]),
          503: problemResponse('The article waited ENGINE_TIMEOUT_MS for a free worker (ENGINE_TIMEOUT), the queue is full (ENGINE_OVERLOADED), or the service is shutting down (NOT_READY); see Retry-After', [
            ['ENGINE_TIMEOUT', 'The article waited 2000 ms for a free engine worker without starting: the service is busy. Retry after the time given in Retry-After.'],
            ['ENGINE_OVERLOADED', 'Too many articles are waiting to be attributed. Retry after the time given in Retry-After.'],
            ['NOT_READY', 'The service is shutting down.'],
          ], { retryAfter: true }),
        },
      },
    },
    async (request, reply) => {
      const { text, options } = readArticle(request.body as AttributionRequest | string | undefined);
      if (text.length > config.maxTextChars) throw new TextTooLongError(text.length, config.maxTextChars);
      const started = performance.now();
      const answer = await engine.run(text, options, { timeoutMs: config.engineTimeoutMs, signal: clientGone(reply.raw) });
      // One request never pins more than MAX_ANSWER_BYTES of answer, whether or not its client reads it.
      const bytes = Buffer.byteLength(answer.json);
      if (bytes > config.maxAnswerBytes) throw new AnswerTooLargeError(bytes, config.maxAnswerBytes);
      const elapsedMs = Math.round((performance.now() - started) * 100) / 100;
      // A string with a JSON content type is sent as is: the 200 schema documents it, its serialiser never runs.
      return reply.type('application/json; charset=utf-8').send(withMeta(answer.json, { version: VERSION, characters: text.length, elapsedMs }));
    },
  );
}

/**
 * The 200 answer, `{"quotes":…,"speakers":…,"meta":…}`, from the engine's serialised result: the
 * event loop only splices `meta` in before the closing brace, whatever the size of the answer.
 */
export function withMeta(resultJson: string, meta: ResponseMeta): string {
  return `${resultJson.slice(0, -1)},"meta":${JSON.stringify(meta)}}`;
}

/** Aborts when the connection closes before the answer was sent: the client hung up, its queued work is moot. */
function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** The two accepted bodies as one shape. A missing body only gets here without a Content-Type, which no schema checks. */
function readArticle(body: AttributionRequest | string | undefined): { text: string; options: AttributeOptions } {
  if (typeof body === 'string') return { text: body, options: {} };
  if (body === undefined || body === null) throw new BodyRequiredError();
  return { text: body.text, options: body.options ?? {} };
}

