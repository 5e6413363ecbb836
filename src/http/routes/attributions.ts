import type { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import { CSV_COLUMNS, CSV_MEDIA_TYPE, quoteRows, toCsv } from '../../formats/csv';
import type { AttributeOptions, AttributionResult } from '../../schemas/attribution';
import { QuotesCsvSchema } from '../../schemas/csv';
import { AttributionRequestSchema, HtmlArticleSchema, PlainTextArticleSchema, type AttributionRequest } from '../../schemas/request';
import { AttributionResponseSchema, type ResponseMeta } from '../../schemas/response';
import { VERSION } from '../../version';
import { isSaturated, type Engine, type InputFormat } from '../engine';
import { AnswerTooLargeError, BodyRequiredError, EngineOverloadedError, TextOrHtmlError, TextTooLongError } from '../errors';
import { negotiate } from '../negotiate';
import { problemResponse } from '../problem-docs';

/** What the answer can be, the default first. */
const ANSWER_TYPES = ['application/json', 'text/csv'] as const;

export interface AttributionRoutesOptions {
  engine: Engine;
  config: Pick<Config, 'maxTextChars' | 'engineTimeoutMs' | 'maxAnswerBytes'>;
}

/** `POST /v1/attributions`: JSON `{text, options?}` or a text/plain article in, quotes and speakers out. */
export async function attributionRoutes(app: FastifyInstance, opts: AttributionRoutesOptions): Promise<void> {
  const { engine, config } = opts;
  // HTML pages arrive as strings; the worker parses them, not the event loop.
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_request, body, done) => done(null, body));

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
          'Send the article as JSON `{"text": "...", "options": {...}}` or as the raw `text/plain` body; an HTML page as ' +
          'JSON `{"html": "..."}` or a raw `text/html` body (the answer then carries the extracted `text`). ' +
          '`quotes` are sorted by `start`; `text === article.slice(start, end)` for every span. ' +
          'With `Accept: text/csv` the answer is one CSV row per quote (RFC 4180, UTF-8, header row).',
        body: {
          content: {
            'application/json': { schema: AttributionRequestSchema },
            'text/plain': { schema: PlainTextArticleSchema },
            'text/html': { schema: HtmlArticleSchema },
          },
        },
        response: {
          200: {
            description: 'The quotes and speakers as JSON, or with `Accept: text/csv` one CSV row per quote.',
            content: {
              'application/json': { schema: AttributionResponseSchema },
              'text/csv': { schema: QuotesCsvSchema },
            },
          },
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
          413: problemResponse('Body over BODY_LIMIT_BYTES or text (for HTML: the extracted text) over MAX_TEXT_CHARS', [
            ['BODY_TOO_LARGE', 'The request body is larger than the configured limit (BODY_LIMIT_BYTES).'],
            ['TEXT_TOO_LONG', 'The text has 250000 characters; the limit is 200000.'],
          ]),
          415: problemResponse('Content-Type is none of application/json, text/plain and text/html, or its charset is not supported', [
            ['UNSUPPORTED_MEDIA_TYPE', 'Content-Type "application/xml" is not supported; send application/json, text/plain or text/html.'],
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
      const { text, options, format } = readArticle(request.body as AttributionRequest | string | undefined, request.headers['content-type']);
      if (format === 'text' && text.length > config.maxTextChars) throw new TextTooLongError(text.length, config.maxTextChars);
      const started = performance.now();
      const input = format === 'html' ? { format, maxChars: config.maxTextChars } : undefined;
      const answer = await engine.run(text, options, { timeoutMs: config.engineTimeoutMs, signal: clientGone(reply.raw) }, input);
      if (answer.tooLong) throw new TextTooLongError(answer.characters ?? 0, config.maxTextChars);
      // One request never pins more than MAX_ANSWER_BYTES of answer, whether or not its client reads it.
      const bytes = Buffer.byteLength(answer.json);
      if (bytes > config.maxAnswerBytes) throw new AnswerTooLargeError(bytes, config.maxAnswerBytes);
      const elapsedMs = Math.round((performance.now() - started) * 100) / 100;
      if (negotiate(request.headers.accept, ANSWER_TYPES) === 'text/csv') {
        return reply.type(CSV_MEDIA_TYPE).send(toCsv(quoteRows('', JSON.parse(answer.json) as AttributionResult), CSV_COLUMNS));
      }
      // A string with a JSON content type is sent as is: the 200 schema documents it, its serialiser never runs.
      return reply.type('application/json; charset=utf-8').send(withMeta(answer.json, { version: VERSION, characters: answer.characters ?? text.length, elapsedMs }));
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

/** The accepted bodies as one shape. A missing body only gets here without a Content-Type, which no schema checks. */
function readArticle(
  body: AttributionRequest | string | undefined,
  contentType: string | undefined,
): { text: string; options: AttributeOptions; format: InputFormat } {
  if (typeof body === 'string') return { text: body, options: {}, format: contentType?.startsWith('text/html') ? 'html' : 'text' };
  if (body === undefined || body === null) throw new BodyRequiredError();
  const options = body.options ?? {};
  if (body.text !== undefined && body.html === undefined) return { text: body.text, options, format: 'text' };
  if (body.html !== undefined && body.text === undefined) return { text: body.html, options, format: 'html' };
  throw new TextOrHtmlError();
}

