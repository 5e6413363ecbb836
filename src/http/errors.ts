import { STATUS_CODES } from 'node:http';
import createError, { type FastifyError } from '@fastify/error';
import type { FastifyRequest } from 'fastify';
import type { Problem } from '../schemas/problem';

/** Problem type URIs are `tag:` URIs (RFC 9457 §3.1.1): stable identifiers, not links to dereference. */
const TYPE_BASE = 'tag:quote-attribution,2025:problem/';

/** Every error the service answers with, defined once: code → status, title, type. */
export const PROBLEM_TYPES = {
  MALFORMED_JSON: { status: 400, title: 'Malformed JSON', slug: 'malformed-json' },
  FORBIDDEN_PROPERTY: { status: 400, title: 'Forbidden property name', slug: 'forbidden-property' },
  INVALID_REQUEST: { status: 400, title: 'Invalid request', slug: 'invalid-request' },
  BAD_REQUEST: { status: 400, title: 'Bad request', slug: 'bad-request' },
  INVALID_ENCODING: { status: 400, title: 'Invalid text encoding', slug: 'invalid-encoding' },
  NOT_FOUND: { status: 404, title: 'Not found', slug: 'not-found' },
  REQUEST_TIMEOUT: { status: 408, title: 'Request timeout', slug: 'request-timeout' },
  BODY_TOO_LARGE: { status: 413, title: 'Request body too large', slug: 'body-too-large' },
  TEXT_TOO_LONG: { status: 413, title: 'Text too long', slug: 'text-too-long' },
  BATCH_TOO_LARGE: { status: 413, title: 'Batch too large', slug: 'batch-too-large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type', slug: 'unsupported-media-type' },
  ANSWER_TOO_LARGE: { status: 422, title: 'Answer too large', slug: 'answer-too-large' },
  TEXT_TOO_COSTLY: { status: 422, title: 'Text too costly to attribute', slug: 'text-too-costly' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Request headers too large', slug: 'headers-too-large' },
  RATE_LIMITED: { status: 429, title: 'Too many requests', slug: 'rate-limited' },
  INTERNAL: { status: 500, title: 'Internal server error', slug: 'internal' },
  ENGINE_TIMEOUT: { status: 503, title: 'Attribution timed out', slug: 'engine-timeout' },
  ENGINE_OVERLOADED: { status: 503, title: 'Service overloaded', slug: 'engine-overloaded' },
  NOT_READY: { status: 503, title: 'Not ready', slug: 'not-ready' },
  // nginx's 499: logged and counted, never seen by the client, which is gone.
  CLIENT_CLOSED: { status: 499, title: 'Client closed the request', slug: 'client-closed' },
} as const;
export type ProblemCode = keyof typeof PROBLEM_TYPES;

export const problemTypeUri = (code: ProblemCode): string => TYPE_BASE + PROBLEM_TYPES[code].slug;

// The errors our own code throws. Messages become the problem's `detail`, so they speak to the client.
export const MalformedJsonError = createError('MALFORMED_JSON', 'The request body is not valid JSON.', 400);
export const ForbiddenPropertyError = createError(
  'FORBIDDEN_PROPERTY',
  'The JSON body contains a forbidden property name (__proto__, or constructor with prototype).',
  400,
);
export const BodyRequiredError = createError('BAD_REQUEST', 'A request body is required: JSON {"text": "..."} or a text/plain article.', 400);
export const TextTooLongError = createError<'TEXT_TOO_LONG', 413, [number, number]>(
  'TEXT_TOO_LONG',
  'The text has %d characters; the limit is %d.',
  413,
);
export const AnswerTooLargeError = createError<'ANSWER_TOO_LARGE', 422, [number, number]>(
  'ANSWER_TOO_LARGE',
  'The answer for this article is %d bytes; the limit is %d (MAX_ANSWER_BYTES). Split the article (by paragraph, say) and send the parts as separate requests.',
  422,
);
export const InvalidEncodingError = createError<'INVALID_ENCODING', 400, [string]>(
  'INVALID_ENCODING',
  'The body is not valid %s: send the charset the bytes are really in (Content-Type: text/plain; charset=...).',
  400,
);
export const UnsupportedCharsetError = createError<'UNSUPPORTED_MEDIA_TYPE', 415, [string, string]>(
  'UNSUPPORTED_MEDIA_TYPE',
  'The charset %s is not supported; send %s.',
  415,
);
export const MissingHostError = createError('BAD_REQUEST', 'An HTTP/1.1 request must carry a Host header.', 400);
export const BadUrlError = createError<'BAD_REQUEST', 400, [string]>('BAD_REQUEST', 'The URL %s is not valid (a bad percent-encoding?).', 400);
export const RateLimitedError = createError<'RATE_LIMITED', 429, [number, string]>(
  'RATE_LIMITED',
  'More than %d requests in %s from this client. Retry after the time given in Retry-After.',
  429,
);
export const NotFoundError = createError<'NOT_FOUND', 404, [string, string]>('NOT_FOUND', 'No route for %s %s.', 404);
export const EngineTimeoutError = createError<'ENGINE_TIMEOUT', 503, [number]>(
  'ENGINE_TIMEOUT',
  'The article waited %d ms for a free engine worker without starting: the service is busy. Retry after the time given in Retry-After.',
  503,
);
export const TextTooCostlyError = createError<'TEXT_TOO_COSTLY', 422, [number]>(
  'TEXT_TOO_COSTLY',
  'The engine worked on this text for %d ms, the limit, without finishing: the text itself is too costly. Split it (by paragraph, say) and send the parts as separate requests; retrying it unchanged will fail again.',
  422,
);
export const EngineOverloadedError = createError(
  'ENGINE_OVERLOADED',
  'Too many articles are waiting to be attributed. Retry after the time given in Retry-After.',
  503,
);
export const EngineCancelledError = createError(
  'CLIENT_CLOSED',
  'The client closed the connection before its article left the queue; the article was not attributed.',
  499,
);
export const NotReadyError = createError<'NOT_READY', 503, [string]>('NOT_READY', 'The service is %s.', 503);
export const TextOrHtmlError = createError('INVALID_REQUEST', 'Send exactly one of "text" (plain text) and "html" (an HTML page).', 400);
export const BatchTooLargeError = createError<'BATCH_TOO_LARGE', 413, [number, number]>(
  'BATCH_TOO_LARGE',
  'The batch has %d documents; the limit is %d (BATCH_MAX_LINES). Split it.',
  413,
);
export const EmptyBatchError = createError('INVALID_REQUEST', 'The batch holds no documents.', 400);

/** Fastify's own error codes and what they mean to a client of this API. */
const FRAMEWORK_CODES: Readonly<Record<string, ProblemCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_NOT_FOUND: 'NOT_FOUND',
};

const FRAMEWORK_DETAILS: Partial<Record<ProblemCode, (req: FastifyRequest) => string>> = {
  MALFORMED_JSON: () => 'The request body is not valid JSON.',
  BODY_TOO_LARGE: () => 'The request body is larger than the configured limit (BODY_LIMIT_BYTES).',
  UNSUPPORTED_MEDIA_TYPE: (req) =>
    `Content-Type ${JSON.stringify(req.headers['content-type'] ?? '')} is not supported; send application/json or text/plain.`,
};

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

function validationIssues(error: FastifyError): { pointer: string; detail: string }[] {
  const issues = (error as FastifyError & { validation?: ValidationIssue[] }).validation ?? [];
  return issues.map((issue) => {
    const extra = issue.params?.['additionalProperty'];
    const pointer = (issue.instancePath ?? '') + (typeof extra === 'string' ? `/${extra}` : '');
    const detail = typeof extra === 'string' ? 'unknown property' : (issue.message ?? 'is invalid');
    return { pointer: pointer || '/', detail };
  });
}

/** Maps any thrown value to the problem the client sees. 5xx details are generic: the real error goes to the log only. */
export function toProblem(error: unknown, request: FastifyRequest): Problem {
  const err = (error instanceof Error ? error : new Error(String(error))) as FastifyError & { validation?: unknown };
  const base = { instance: request.url.split('?')[0] ?? request.url, requestId: String(request.id) };

  if (err.validation) {
    const errors = validationIssues(err);
    const detail = errors.map((e) => `${e.pointer === '/' ? 'body' : e.pointer}: ${e.detail}`).join('; ');
    return { ...describe('INVALID_REQUEST'), detail: detail || err.message, errors, ...base };
  }

  const code: ProblemCode | undefined =
    err.code && err.code in PROBLEM_TYPES ? (err.code as ProblemCode) : FRAMEWORK_CODES[err.code ?? ''];
  if (code) {
    const type = describe(code);
    const framework = (err.code ?? '') in FRAMEWORK_CODES ? FRAMEWORK_DETAILS[code]?.(request) : undefined;
    const detail = type.status >= 500 && !isOwnError(err) ? 'The server could not handle the request.' : (framework ?? err.message);
    return { ...type, detail, ...base };
  }

  const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
  if (status >= 500) {
    return { ...describe('INTERNAL'), status, detail: 'The server could not handle the request. The error is logged under the request id.', ...base };
  }
  // Another 4xx from the framework (a bad Content-Length, say): its message is about the client's own request.
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Client error',
    status,
    code: status === 400 ? 'BAD_REQUEST' : `HTTP_${status}`,
    detail: err.message,
    ...base,
  };
}

/** Our own 503s carry safe, deliberate messages. */
function isOwnError(err: FastifyError): boolean {
  return err.code === 'ENGINE_TIMEOUT' || err.code === 'ENGINE_OVERLOADED' || err.code === 'NOT_READY';
}

function describe(code: ProblemCode): { type: string; title: string; status: number; code: string } {
  const { status, title } = PROBLEM_TYPES[code];
  return { type: problemTypeUri(code), title, status, code };
}
