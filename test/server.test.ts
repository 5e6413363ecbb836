import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';

const ROOT = path.join(__dirname, '..');
const SERVER = ['--import', 'tsx', 'src/server.ts'];

type LogLine = { msg: string; reqId?: string; [key: string]: unknown };

/** The server's JSON log lines as they arrive, and a way to wait for one. */
function watchLogs(child: ChildProcess) {
  const lines: LogLine[] = [];
  const waiters: { test: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as LogLine;
    lines.push(line);
    for (const w of waiters.splice(0)) {
      if (w.test(line)) w.resolve(line);
      else waiters.push(w);
    }
  });
  const waitFor = (test: (l: LogLine) => boolean) =>
    new Promise<LogLine>((resolve) => {
      const seen = lines.find(test);
      if (seen) resolve(seen);
      else waiters.push({ test, resolve });
    });
  return { lines, waitFor };
}

/** One request on its own connection (no keep-alive pool to reuse), read to the end. */
function post(url: string, body: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'text/plain; charset=utf-8' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** ~190 000 characters of real news text: a few hundred ms of engine time each, under MAX_TEXT_CHARS. */
function bigArticle(): string {
  const seeds = fs
    .readdirSync(path.join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
  let text = '';
  for (let i = 0; text.length < 190_000; i++) text += `${seeds[i % seeds.length]}\n\n`;
  return text.slice(0, 190_000);
}

describe('server process', () => {
  it('fails fast with a clear message on a bad environment', () => {
    const res = spawnSync(process.execPath, SERVER, {
      cwd: ROOT,
      env: { ...process.env, PORT: 'abc', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Invalid configuration');
    expect(res.stderr).toContain('PORT must be a non-negative integer, got "abc"');
    expect(res.stderr).toContain('LOG_LEVEL must be one of');
  });

  it('listens, becomes ready, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, SERVER, {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WORKERS: '1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let address = '';
      const lines = readline.createInterface({ input: child.stdout! });
      for await (const line of lines) {
        const log = JSON.parse(line) as { msg: string };
        const listening = /^Server listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(log.msg);
        if (listening) address = listening[1]!;
        if (log.msg.includes('ready')) break;
      }
      expect(address).not.toBe('');
      const ready = await fetch(`${address}/readyz`);
      expect(ready.status).toBe(200);
      const res = await fetch(`${address}/v1/attributions`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '“Fine,” she said.',
      });
      expect(res.status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('on SIGTERM answers every in-flight request in full, refuses new connections, and exits 0 within the grace period', async () => {
    const GRACE_MS = 30_000;
    const IN_FLIGHT = 4;
    const article = bigArticle();
    // One worker: the articles queue behind each other, so all of them are still being worked on at the signal.
    const child = spawn(process.execPath, SERVER, {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        WORKERS: '1',
        LOG_LEVEL: 'info',
        ENGINE_TIMEOUT_MS: '60000',
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // 'close', not 'exit': it fires once stdout is drained too, so every log line has been read.
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      const logs = watchLogs(child);
      const listening = await logs.waitFor((l) => l.msg.startsWith('Server listening at'));
      const address = /(http:\/\/127\.0\.0\.1:\d+)/.exec(listening.msg)![1]!;
      await logs.waitFor((l) => l.msg.includes('ready'));

      let answered = 0;
      const inFlight = Array.from({ length: IN_FLIGHT }, () =>
        post(`${address}/v1/attributions`, article).then((res) => {
          answered += 1;
          return res;
        }),
      );
      // All of them accepted by the server (their onRequest ran) before the signal.
      const incoming = () => logs.lines.filter((l) => l.msg === 'incoming request' && (l['req'] as { url?: string })?.url === '/v1/attributions');
      await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => logs.waitFor(() => incoming().length > i)));

      const signalled = Date.now();
      child.kill('SIGTERM');
      await logs.waitFor((l) => l.msg === 'shutting down');

      // A new connection while the accepted work is still running: refused, or at most a 503 problem.
      expect(answered).toBeLessThan(IN_FLIGHT);
      const late = await post(`${address}/v1/attributions`, '“Late,” she said.').then(
        (res) => res.status,
        (err: NodeJS.ErrnoException) => err.code,
      );
      expect(['ECONNREFUSED', 'ECONNRESET', 503]).toContain(late);

      const responses = await Promise.all(inFlight);
      for (const res of responses) {
        expect(res.status).toBe(200);
        const body = JSON.parse(res.body) as { quotes: unknown[]; meta: { characters: number } };
        expect(body.meta.characters).toBe(article.length);
        expect(body.quotes.length).toBeGreaterThan(100);
      }
      expect(await closed).toBe(0);
      // The server's own log (read to its end once the process is gone) orders the events: answers sent
      // after the signal were truly in flight. The first article could in theory finish before the signal
      // on a badly stalled machine; the ones queued behind it can't.
      const signalAt = logs.lines.findIndex((l) => l.msg === 'shutting down');
      const completedAfterSignal = responses.filter(
        (res) => logs.lines.findIndex((l) => l.msg === 'request completed' && l.reqId === res.headers['x-request-id']) > signalAt,
      );
      expect(completedAfterSignal.length).toBeGreaterThanOrEqual(IN_FLIGHT - 1);
      expect(Date.now() - signalled).toBeLessThan(GRACE_MS);
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);

  it('on SIGTERM cuts a stalled upload and still exits 0 within the grace period', async () => {
    const GRACE_MS = 4000;
    const child = spawn(process.execPath, SERVER, {
      cwd: ROOT,
      // The request timeout is far off: the shutdown itself must deal with the stalled client.
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WORKERS: '1', LOG_LEVEL: 'info', REQUEST_TIMEOUT_MS: '600000', SHUTDOWN_GRACE_MS: String(GRACE_MS) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      const logs = watchLogs(child);
      const listening = await logs.waitFor((l) => l.msg.startsWith('Server listening at'));
      const port = Number(/:(\d+)$/.exec(listening.msg)![1]);
      await logs.waitFor((l) => l.msg.includes('ready'));
      const stalled = net.connect(port, '127.0.0.1');
      const cut = new Promise<void>((resolve) => stalled.on('close', () => resolve()));
      stalled.on('error', () => undefined);
      stalled.write('POST /v1/attributions HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n“Half an arti');
      await logs.waitFor((l) => l.msg === 'incoming request');
      child.kill('SIGTERM');
      expect(await closed).toBe(0);
      await cut;
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
