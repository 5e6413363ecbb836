import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { CSV_MEDIA_TYPE } from '../../formats/csv';
import { JsonBatchResponseSchema, JsonBatchSchema, BatchResultSchema, NdjsonBatchSchema, type JsonBatch } from '../../schemas/batch';
import { BatchCsvSchema } from '../../schemas/csv';
import { BATCH_CSV_HEADER, countDocuments, inOrder, ndjsonItems, outcomeCsv, outcomeJson, runDocument, type BatchItem } from '../batch';
import type { Engine } from '../engine';
import { BatchTooLargeError, EmptyBatchError } from '../errors';
import { negotiate } from '../negotiate';
import { problemResponse } from '../problem-docs';

const BATCH_PATH = '/v1/attributions/batch';

export interface BatchRoutesOptions {
  engine: Engine;
  config: Pick<Config, 'maxTextChars' | 'engineTimeoutMs' | 'batchMaxLines' | 'batchMaxBytes' | 'workers'>;
}

const NDJSON = 'application/x-ndjson';

/**
 * `POST /v1/attributions/batch`: many documents in, one answer per document out, in input order.
 * NDJSON in streams NDJSON (or CSV) out as documents finish, 2 × WORKERS in flight at most; JSON
 * `{"documents": […]}` answers `{"results": […]}` at the end.
 */
export async function batchRoutes(app: FastifyInstance, opts: BatchRoutesOptions): Promise<void> {
  const { config } = opts;
  app.addContentTypeParser(NDJSON, { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post(
    '/v1/attributions/batch',
    {
      bodyLimit: config.batchMaxBytes,
      schema: {
        tags: ['attributions'],
        operationId: 'createAttributionBatch',
        summary: 'Attribute many articles: NDJSON in, NDJSON (or CSV) streamed out in input order',
        description:
          'NDJSON body: one `{"id", "text"|"html", "options"?}` per line, at most BATCH_MAX_LINES lines and BATCH_MAX_BYTES bytes. ' +
          'The answer streams one line per document, in input order, as documents finish: `{"id", "quotes", "speakers", "meta"}` ' +
          '(plus `text` for HTML) or `{"id", "error"}` where `error` is a problem with the document\u2019s `line`; a bad document fails alone. ' +
          'At most 2 × WORKERS documents are in flight (WORKERS running); a client that hangs up cancels the rest. ' +
          'JSON `{"documents": […]}` answers `{"results": […]}` in one piece; `Accept: text/csv` gives one row per quote for either.',
        body: {
          content: {
            [NDJSON]: { schema: NdjsonBatchSchema },
            'application/json': { schema: JsonBatchSchema },
          },
        },
        response: {
          200: {
            description: 'One result per document, in input order.',
            content: {
              [NDJSON]: { schema: BatchResultSchema },
              'application/json': { schema: JsonBatchResponseSchema },
              'text/csv': { schema: BatchCsvSchema },
            },
          },
          400: problemResponse('Malformed JSON envelope, no documents, or a schema violation of the JSON envelope', [
            ['MALFORMED_JSON', 'The request body is not valid JSON.'],
            ['INVALID_REQUEST', 'The batch holds no documents.'],
          ], { instance: BATCH_PATH }),
          413: problemResponse('Body over BATCH_MAX_BYTES (BODY_TOO_LARGE) or more documents than BATCH_MAX_LINES (BATCH_TOO_LARGE)', [
            ['BODY_TOO_LARGE', 'The request body is larger than the configured limit (BATCH_MAX_BYTES).'],
            ['BATCH_TOO_LARGE', 'The batch holds 12000 documents; the limit is 10000 (BATCH_MAX_LINES).'],
          ], { instance: BATCH_PATH }),
          415: problemResponse('Content-Type is neither application/x-ndjson nor application/json', [
            ['UNSUPPORTED_MEDIA_TYPE', 'Content-Type "text/plain" is not supported here; send application/x-ndjson or application/json.'],
          ], { instance: BATCH_PATH }),
          500: problemResponse('Unexpected error (details are only in the logs)', [
            ['INTERNAL', 'The server could not handle the request. The error is logged under the request id.'],
          ], { instance: BATCH_PATH }),
          503: problemResponse('The service is shutting down (NOT_READY)', [['NOT_READY', 'The service is shutting down.']], { instance: BATCH_PATH }),
        },
      },
    },
    async (request, reply) => {
      const items = batchItems(request.body as string | JsonBatch, config.batchMaxLines);
      const ndjsonIn = typeof request.body === 'string';
      const answer = negotiate(request.headers.accept, ndjsonIn ? [NDJSON, 'text/csv', 'application/json'] : ['application/json', 'text/csv', NDJSON]);
      const outcomes = runBatch(items, request, reply, opts, answer === 'text/csv');
      if (answer === 'application/json') {
        const results: string[] = [];
        for await (const outcome of outcomes) results.push(outcomeJson(outcome));
        return reply.type('application/json; charset=utf-8').send(`{"results":[${results.join(',')}]}`);
      }
      const lines = answer === NDJSON ? mapAsync(outcomes, (o) => `${outcomeJson(o)}\n`) : withHeader(BATCH_CSV_HEADER, mapAsync(outcomes, outcomeCsv));
      return reply.type(answer === NDJSON ? `${NDJSON}; charset=utf-8` : CSV_MEDIA_TYPE).send(Readable.from(lines, { objectMode: false }));
    },
  );
}

/** The documents of either body, after the batch-wide checks (count, not empty). */
function batchItems(body: string | JsonBatch, maxLines: number): Iterable<BatchItem> {
  const count = typeof body === 'string' ? countDocuments(body) : body.documents.length;
  if (count === 0) throw new EmptyBatchError();
  if (count > maxLines) throw new BatchTooLargeError(count, maxLines);
  return typeof body === 'string' ? ndjsonItems(body) : body.documents.map((raw, i) => ({ line: i + 1, raw }));
}

/** The documents' outcomes in order (see inOrder); stops starting documents when the client hangs up. */
function runBatch(items: Iterable<BatchItem>, request: FastifyRequest, reply: FastifyReply, opts: BatchRoutesOptions, csv: boolean) {
  const hangUp = new AbortController();
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) hangUp.abort();
  });
  return inOrder(items, opts.config.workers, (item) => runDocument(item, opts.engine, opts.config, request, csv), hangUp.signal);
}

async function* mapAsync<T, R>(source: AsyncIterable<T>, map: (value: T) => R): AsyncGenerator<R> {
  for await (const value of source) yield map(value);
}

async function* withHeader(header: string, rows: AsyncIterable<string>): AsyncGenerator<string> {
  yield header;
  for await (const row of rows) if (row !== '') yield row;
}
