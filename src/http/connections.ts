import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyHttpOptions, FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config';
import type { Problem } from '../schemas/problem';
import { BadUrlError, MissingHostError, PROBLEM_TYPES, problemTypeUri, toProblem, type ProblemCode } from './errors';

/** Headers every answer written outside Fastify's reply (and its hooks) still carries. */
const BARE_HEADERS = {
  'content-type': 'application/problem+json',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/**
 * Fastify's server options that bound what one client can hold: how long its request may take to
 * arrive, how long its connection may sit silent (a client that never reads its answer), and the
 * problem+json answers for what Node's HTTP parser refuses before Fastify sees a request.
 */
export function connectionOptions(config: Config, shedder?: Shedder): FastifyHttpOptions<Server> {
  const retryAfter = String(Math.max(1, Math.ceil(config.engineTimeoutMs / 1000)));
  return {
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    // Our own server, so that an overloaded service refuses articles before Fastify spends anything on them.
    serverFactory: (handler) => {
      const server = http.createServer(
        {
          requestTimeout: config.requestTimeoutMs,
          headersTimeout: config.requestTimeoutMs,
          // Node checks request deadlines on this interval (30 s by default): a 408 comes at most this late.
          connectionsCheckingInterval: Math.min(1000, Math.ceil(config.requestTimeoutMs / 4)),
          // Checked in preValidation instead (guardConnections), so the 400 is a problem like every other.
          requireHostHeader: false,
        },
        (req, res) => {
          if (shedder && req.method === 'POST' && req.url?.startsWith('/v1/attributions') && shedder.saturated()) shed(res, retryAfter, shedder);
          else handler(req, res);
        },
      );
      // What Fastify sets on the servers it creates itself (its keep-alive default included).
      server.keepAliveTimeout = 72_000;
      server.setTimeout(config.connectionTimeoutMs);
      return server;
    },
    clientErrorHandler,
    frameworkErrors: (error, request, bareReply) => {
      const reply = bareReply as unknown as FastifyReply;
      const problem = toProblem(error.code === 'FST_ERR_BAD_URL' ? new BadUrlError(JSON.stringify(request.raw.url ?? '')) : error, request);
      request.log.info({ problem: { code: problem.code, status: problem.status } }, problem.title);
      void reply.code(problem.status).headers({ ...BARE_HEADERS, 'x-request-id': request.id }).send(JSON.stringify(problem));
    },
  };
}

/** What the cheapest refusal needs: whether the engine's queue is full, and a way to count each refusal. */
export interface Shedder {
  saturated(): boolean;
  onShed(): void;
}

const OVERLOADED = PROBLEM_TYPES.ENGINE_OVERLOADED;

/**
 * 503 ENGINE_OVERLOADED written straight on the response, before routing, hooks, body parsing or logging:
 * past capacity the event loop must spend almost nothing per refused request, or refusing them starves
 * the workers of the loop turns that hand them work and collect their answers (issue 10: goodput).
 */
function shed(res: ServerResponse, retryAfter: string, shedder: Shedder): void {
  const requestId = randomUUID();
  const problem: Problem = {
    type: problemTypeUri('ENGINE_OVERLOADED'),
    title: OVERLOADED.title,
    status: OVERLOADED.status,
    code: 'ENGINE_OVERLOADED',
    detail: 'Too many articles are waiting to be attributed. Retry after the time given in Retry-After.',
    instance: '/v1/attributions',
    requestId,
  };
  const body = JSON.stringify(problem);
  shedder.onShed();
  // Held a moment before it is written: a client that retries at once then retries at a pace the loop can
  // afford, instead of thousands of refusals a second starving the workers of the turns that feed them.
  const timer = setTimeout(() => writeShed(res, body, requestId, retryAfter), SHED_DELAY_MS);
  res.once('close', () => clearTimeout(timer));
}

/** How long a refused request is held before its 503 is written (idle: a timer, no CPU). */
const SHED_DELAY_MS = 1000;

function writeShed(res: ServerResponse, body: string, requestId: string, retryAfter: string): void {
  if (res.destroyed) return;
  // Connection: close makes a client that retries at once open a new connection first: under a retry
  // storm that paces the refusals (the kernel does the handshakes), so the loop keeps feeding the workers.
  res.writeHead(OVERLOADED.status, {
    ...BARE_HEADERS,
    'content-length': Buffer.byteLength(body),
    'x-request-id': requestId,
    'retry-after': retryAfter,
    connection: 'close',
  });
  res.end(body);
}

/** What Node's parser refused, as a problem: a request that never finished arriving, oversized headers, or bad framing. */
function clientErrorProblem(err: NodeJS.ErrnoException, requestId: string): Problem {
  const code: ProblemCode =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'REQUEST_TIMEOUT' : err.code === 'HPE_HEADER_OVERFLOW' ? 'HEADERS_TOO_LARGE' : 'BAD_REQUEST';
  const detail = {
    REQUEST_TIMEOUT: 'The request did not arrive in full within REQUEST_TIMEOUT_MS.',
    HEADERS_TOO_LARGE: 'The request headers are larger than the server accepts.',
  }[code as string] ?? 'The request is not valid HTTP/1.1 (its request line, headers, Content-Length or Transfer-Encoding).';
  const { status, title } = PROBLEM_TYPES[code];
  return { type: problemTypeUri(code), title, status, code, detail, requestId };
}

/** Node's 'clientError': the connection has no request Fastify could answer, so the problem is written on the socket. */
function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const requestId = randomUUID();
  const problem = clientErrorProblem(err, requestId);
  this.log.info({ reqId: requestId, err: { code: err.code }, problem: { code: problem.code, status: problem.status } }, problem.title);
  // An answer already under way (a request that timed out while being answered) cannot get a second status line.
  const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (!socket.writable || answering) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(problem);
  const headers = { ...BARE_HEADERS, 'content-length': Buffer.byteLength(body), 'x-request-id': requestId, connection: 'close' };
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(`HTTP/1.1 ${problem.status} ${problem.title}\r\n${head}\r\n${body}`);
  // A client that does not read even this is not waited for.
  setTimeout(() => socket.destroy(), 1000).unref();
}

/**
 * Caps open connections (MAX_CONNECTIONS: Node closes any beyond it at once), refuses requests without
 * Host, and returns what shutdown calls: uploads still arriving after half the grace period are cut,
 * so one stalled client cannot hold the process past SHUTDOWN_GRACE_MS.
 */
export function guardConnections(app: FastifyInstance, config: Config): { dropStalledUploads(): void } {
  const receiving = new Set<IncomingMessage>();
  app.addHook('onReady', async () => {
    app.server.maxConnections = config.maxConnections;
  });
  // After onRequest, so the 400 carries the security headers the plugins add there.
  app.addHook('preValidation', async (request) => {
    if (request.raw.httpVersion === '1.1' && !request.raw.headers.host) throw new MissingHostError();
  });
  app.addHook('onRequest', async (request) => {
    const raw = request.raw;
    if (raw.complete) return;
    receiving.add(raw);
    const done = (): void => {
      receiving.delete(raw);
    };
    raw.once('end', done).once('close', done);
  });
  return {
    dropStalledUploads() {
      setTimeout(() => {
        for (const raw of receiving) if (!raw.complete) raw.socket.destroy();
      }, config.shutdownGraceMs / 2).unref();
    },
  };
}
