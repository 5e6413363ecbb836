import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import type { Engine } from '../../src/http/engine';
import { recordingEngine, startApp } from './helpers';

/** Sends `data` on a fresh connection and collects everything the server writes until it closes the connection. */
function exchange(port: number, data: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' ? resolve(received) : reject(err)));
    socket.write(data);
  });
}

/** A raw HTTP answer's status, headers and problem body. */
function parseAnswer(raw: string) {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) as Record<string, unknown> };
}

function expectProblemAnswer(raw: string, status: number, code: string) {
  const answer = parseAnswer(raw);
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status, code, type: expect.stringMatching(/^tag:|^about:blank$/), detail: expect.any(String) });
  expect(answer.body['requestId']).toEqual(expect.any(String));
  expect(answer.headers['x-request-id']).toBe(answer.body['requestId']);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  return answer;
}

async function listen(env: Record<string, string>, engine: Engine = recordingEngine()): Promise<{ app: FastifyInstance; port: number }> {
  const app = await startApp(env, { engine });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as AddressInfo).port };
}

/** Resolves once the server holds no open connection. */
async function noConnectionsLeft(app: FastifyInstance): Promise<void> {
  for (;;) {
    const open = await new Promise<number>((resolve, reject) => app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));
    if (open === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const POST_HEAD = 'POST /v1/attributions HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n';

describe('errors Node refuses before a request exists are problem+json', () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => ({ app, port } = await listen({})));
  afterAll(() => app.close());

  it.each([
    ['a Content-Length that is not a number', `${POST_HEAD}Content-Length: abc\r\n\r\nhello`],
    ['both Content-Length and Transfer-Encoding', `${POST_HEAD}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`],
    ['a garbage request line', 'HELLO THERE\r\n\r\n'],
  ])('400 BAD_REQUEST for %s', async (_name, request) => {
    expectProblemAnswer(await exchange(port, request), 400, 'BAD_REQUEST');
  });

  it('431 HEADERS_TOO_LARGE for headers over the limit', async () => {
    const raw = await exchange(port, `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectProblemAnswer(raw, 431, 'HEADERS_TOO_LARGE');
  });

  it('400 BAD_REQUEST for an HTTP/1.1 request without Host, with security headers', async () => {
    const answer = expectProblemAnswer(await exchange(port, 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n'), 400, 'BAD_REQUEST');
    expect(answer.body['detail']).toMatch(/Host/);
    expect(answer.headers['content-security-policy']).toBeDefined();
  });

  it('400 BAD_REQUEST for a URL with a bad percent-encoding (GET /%)', async () => {
    const answer = expectProblemAnswer(await exchange(port, 'GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'), 400, 'BAD_REQUEST');
    expect(answer.body['detail']).toMatch(/URL/);
  });
});

describe('slow and stalled clients', () => {
  it('408 REQUEST_TIMEOUT problem for a body that stops arriving, and the connection is closed', async () => {
    const { app, port } = await listen({ REQUEST_TIMEOUT_MS: '500' });
    try {
      const raw = await exchange(port, `${POST_HEAD}Content-Length: 100\r\n\r\n“Half a bo`);
      expectProblemAnswer(raw, 408, 'REQUEST_TIMEOUT');
    } finally {
      await app.close();
    }
  });

  it('a client that never reads its answer is disconnected after CONNECTION_TIMEOUT_MS of silence', async () => {
    // 24 MB of answer: more than the kernel's socket buffers on both sides take, so the rest waits in the server.
    const huge = `{"quotes":[],"speakers":[],"padding":"${'x'.repeat(24 * 1024 * 1024)}"}`;
    const engine: Engine = { ...recordingEngine(), run: async () => ({ json: huge, quotes: 0 }) };
    const { app, port } = await listen({ ENGINE_TIMEOUT_MS: '300', CONNECTION_TIMEOUT_MS: '1000', MAX_ANSWER_BYTES: String(64 * 1024 * 1024) }, engine);
    try {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write(`${POST_HEAD}Content-Length: 2\r\n\r\nhi`);
      socket.pause(); // and never resumed
      await new Promise((r) => setTimeout(r, 200));
      // Without the timeout, the server would hold this connection and its 24 MB answer for ever.
      await noConnectionsLeft(app);
      socket.destroy();
    } finally {
      await app.close();
    }
  });

  it('at most MAX_CONNECTIONS connections at once: the next is closed unanswered, the open ones still work', async () => {
    const { app, port } = await listen({ MAX_CONNECTIONS: '2' });
    const open = [net.connect(port, '127.0.0.1'), net.connect(port, '127.0.0.1')];
    try {
      await Promise.all(open.map((s) => new Promise((r) => s.once('connect', r))));
      await new Promise((r) => setTimeout(r, 100));
      expect(await exchange(port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n')).toBe('');
      const answered = new Promise<string>((resolve) => {
        let text = '';
        open[0]!.setEncoding('latin1').on('data', (c: string) => {
          text += c;
          if (text.includes('\r\n\r\n')) resolve(text);
        });
      });
      open[0]!.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
      expect(await answered).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      open.forEach((s) => s.destroy());
      await app.close();
    }
  });
});

describe('answer size', () => {
  it('422 ANSWER_TOO_LARGE when the answer would exceed MAX_ANSWER_BYTES', async () => {
    const big = `{"quotes":[],"speakers":[],"padding":"${'x'.repeat(4096)}"}`;
    const engine: Engine = { ...recordingEngine(), run: async () => ({ json: big, quotes: 0 }) };
    const app = await startApp({ MAX_ANSWER_BYTES: '2048' }, { engine });
    try {
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'Short.' });
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('ANSWER_TOO_LARGE');
      expect(res.body.detail).toContain('2048');
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
    } finally {
      await app.close();
    }
  });
});
