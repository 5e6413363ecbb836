import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { BATCH_CSV_COLUMNS } from '../../src/formats/csv';
import { createInlineEngine } from '../../src/http/engine-inline';
import { serializeResult, type Engine, type SerializedResult } from '../../src/http/engine';
import { EMPTY_RESULT, startApp } from './helpers';

const SEEDS = path.join(__dirname, '../../seeds');
const SEED_FILES = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedText = (file: string) => fs.readFileSync(path.join(SEEDS, file), 'utf8');
const BATCH = '/v1/attributions/batch';

/** A small generated article: one quote, one named speaker. */
const smallDoc = (i: number) => `“Item ${i} is ready,” said Dana Marsh, the clerk.`;

/**
 * POSTs `body` over a real socket and hands each response line to `onLine` as it arrives; resolves
 * with every line once the answer ends. `onLine` may return 'hang-up' to destroy the connection.
 */
function streamLines(app: FastifyInstance, body: string, headers: Record<string, string>, onLine: (line: string, n: number) => void | 'hang-up') {
  const { port } = app.server.address() as AddressInfo;
  return new Promise<{ status: number; type: string; lines: string[]; hungUp: boolean }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: BATCH, headers }, (res) => {
      const lines: string[] = [];
      let rest = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          if (onLine(line, lines.length) === 'hang-up') {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), lines, hungUp: true });
            return;
          }
        }
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), lines: rest ? [...lines, rest] : lines, hungUp: false }));
      res.on('error', reject);
    });
    req.on('error', (err) => ((err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(err)));
    req.end(body);
  });
}

async function listen(app: FastifyInstance) {
  await app.listen({ port: 0, host: '127.0.0.1' });
}

describe('POST /v1/attributions/batch over a real socket, the worker pool', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp({ WORKERS: '2' });
    await app.warmUp();
    await listen(app);
  }, 120_000);
  afterAll(() => app.close());

  it('the five seeds and one bad line stream six lines in input order; the bad one is a problem with its line number', async () => {
    const lines = SEED_FILES.map((file) => JSON.stringify({ id: file, text: seedText(file) }));
    lines.splice(3, 0, '{"id": "broken", "text": ');
    const res = await streamLines(app, lines.join('\n'), { 'content-type': 'application/x-ndjson' }, () => undefined);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/x-ndjson/);
    const answers = res.lines.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.id)).toEqual([SEED_FILES[0], SEED_FILES[1], SEED_FILES[2], null, SEED_FILES[3], SEED_FILES[4]]);
    expect(answers[3].error).toMatchObject({ code: 'MALFORMED_JSON', status: 400, line: 4, type: expect.stringMatching(/^tag:/) });
    const inline = createInlineEngine();
    for (const answer of answers.filter((a) => a.id !== null)) {
      const single = JSON.parse((await inline.run(seedText(answer.id), {})).json);
      expect(answer.quotes).toEqual(single.quotes);
      expect(answer.speakers).toEqual(single.speakers);
      expect(answer.meta.characters).toBe(seedText(answer.id).length);
    }
  });

});

describe('POST /v1/attributions/batch: a 10,000-line batch over a real socket', () => {
  it('streams: the first line arrives while the last document is held back; memory stays bounded', async () => {
    const n = 10_000;
    let firstLineArrived!: () => void;
    const firstLine = new Promise<void>((resolve) => (firstLineArrived = resolve));
    let calls = 0;
    let lastStarted = false;
    // The real engine on this thread, run once per distinct text (the documents share one), so the
    // test measures the batch path and not 10,000 attributions on a shared machine. The last
    // document may only run once the client holds the first answer: a buffered answer would hang.
    const inline = createInlineEngine();
    const cache = new Map<string, Promise<SerializedResult>>();
    const engine: Engine = {
      ...inline,
      async run(text, options, limits, input) {
        calls += 1;
        if (calls === n) {
          await firstLine;
          lastStarted = true;
        }
        if (!cache.has(text)) cache.set(text, inline.run(text, options, limits, input));
        return cache.get(text) as Promise<SerializedResult>;
      },
    };
    const app = await startApp({ WORKERS: '2' }, { engine });
    await listen(app);
    try {
      const body = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `doc-${i + 1}`, text: smallDoc(0) })).join('\n');
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      let rssPeak = rssBefore;
      let lastStartedAtFirstLine: boolean | undefined;
      const res = await streamLines(app, body, { 'content-type': 'application/x-ndjson' }, (_line, count) => {
        if (count % 500 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
        if (count === 1) {
          lastStartedAtFirstLine = lastStarted;
          firstLineArrived();
        }
      });
      expect(lastStartedAtFirstLine).toBe(false);
      expect(res.lines).toHaveLength(n);
      const answers = res.lines.map((l) => JSON.parse(l));
      expect(answers.map((a) => a.id)).toEqual(Array.from({ length: n }, (_, i) => `doc-${i + 1}`));
      expect(answers.every((a) => a.quotes.length === 1 && a.quotes[0].speaker?.name === 'Dana Marsh')).toBe(true);
      // Client and server share this process: the growth counts both, and the answer lines the client keeps.
      expect(rssPeak - rssBefore).toBeLessThan(100 * 1024 * 1024);
    } finally {
      await app.close();
    }
  }, 120_000);
});

describe('POST /v1/attributions/batch: cancellation, limits, JSON and CSV forms', () => {
  it('a client that hangs up cancels the documents not yet started', async () => {
    const started: string[] = [];
    let hungUp!: () => void;
    const hangUp = new Promise<void>((resolve) => (hungUp = resolve));
    const engine: Engine = {
      async run(text) {
        started.push(text);
        // Everything after the first document waits until the client is gone.
        if (started.length > 1) await hangUp;
        return serializeResult(EMPTY_RESULT);
      },
      async warmUp() {},
      async close() {},
    };
    const app = await startApp({ WORKERS: '2' }, { engine });
    await listen(app);
    app.server.on('connection', (socket) => socket.on('close', () => setImmediate(hungUp)));
    try {
      const body = Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `text ${i}` })).join('\n');
      const res = await streamLines(app, body, { 'content-type': 'application/x-ndjson' }, () => 'hang-up');
      expect(res.hungUp).toBe(true);
      await hangUp;
      // Let the documents already running finish and the batch notice the hang-up.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(started.length).toBeLessThan(100);
      // The first answer, the two running when it went out, and at most one window more.
      expect(started.length).toBeLessThanOrEqual(5);
    } finally {
      await app.close();
    }
  });

  describe('with the engine on this thread', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await startApp({ BATCH_MAX_LINES: '3', BATCH_MAX_BYTES: '4096' }, { engine: createInlineEngine() });
    });
    afterAll(() => app.close());
    const post = () => supertest(app.server).post(BATCH);

    it('413 BATCH_TOO_LARGE over BATCH_MAX_LINES documents, 413 BODY_TOO_LARGE over BATCH_MAX_BYTES, 400 for none', async () => {
      const four = [1, 2, 3, 4].map((i) => JSON.stringify({ id: `d${i}`, text: smallDoc(i) })).join('\n');
      let res = await post().set('content-type', 'application/x-ndjson').send(four).expect(413);
      expect(res.body).toMatchObject({ code: 'BATCH_TOO_LARGE', detail: expect.stringContaining('4 documents; the limit is 3') });
      res = await post().set('content-type', 'application/x-ndjson').send(JSON.stringify({ id: 'a', text: 'x'.repeat(5000) })).expect(413);
      expect(res.body.code).toBe('BODY_TOO_LARGE');
      res = await post().set('content-type', 'application/x-ndjson').send('\n\n \n').expect(400);
      expect(res.body.code).toBe('INVALID_REQUEST');
      res = await post().send({ documents: [1, 2, 3, 4] }).expect(413);
      expect(res.body.code).toBe('BATCH_TOO_LARGE');
    });

    it('bad documents fail alone: unknown property, both text and html, too long', async () => {
      const small = await startApp({ MAX_TEXT_CHARS: '60' }, { engine: createInlineEngine() });
      try {
        const body = [
          JSON.stringify({ id: 'a', txt: 'x' }),
          '',
          JSON.stringify({ id: 'b', text: 'x', html: '<p>x</p>' }),
          JSON.stringify({ id: 'c', text: 'y'.repeat(61) }),
          JSON.stringify({ id: 'd', text: smallDoc(1) }),
        ].join('\r\n');
        const res = await supertest(small.server).post(BATCH).set('content-type', 'application/x-ndjson').send(body).expect(200);
        const answers = res.text.trim().split('\n').map((l) => JSON.parse(l));
        expect(answers.map((a) => [a.id, a.error?.code ?? 'ok', a.error?.line ?? null])).toEqual([
          ['a', 'INVALID_REQUEST', 1],
          ['b', 'INVALID_REQUEST', 3],
          ['c', 'TEXT_TOO_LONG', 4],
          ['d', 'ok', null],
        ]);
        expect(answers[0].error.errors).toEqual([{ pointer: '/txt', detail: 'unknown property' }]);
      } finally {
        await small.close();
      }
    });

    it('JSON {"documents": […]} answers {"results": […]} in order, HTML documents with their text', async () => {
      const res = await post()
        .send({ documents: [{ id: 'p', text: smallDoc(1) }, { id: 'h', html: `<nav>Menu</nav><p>${smallDoc(2)}</p>` }, { text: 'no id' }] })
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const [plain, html, bad] = res.body.results;
      expect(plain).toMatchObject({ id: 'p', quotes: [{ speaker: { name: 'Dana Marsh' } }] });
      expect(html).toMatchObject({ id: 'h', text: smallDoc(2), quotes: [{ speaker: { name: 'Dana Marsh' } }] });
      expect(bad).toMatchObject({ id: null, error: { code: 'INVALID_REQUEST', line: 3 } });
    });

    it('Accept: text/csv answers one row per quote with document ids, failures in the error column', async () => {
      const body = [JSON.stringify({ id: 'one, two', text: `${smallDoc(1)}\n“And\nmore,” she said.` }), 'not json', JSON.stringify({ id: 'three', text: smallDoc(3) })].join('\n');
      const res = await post().set('content-type', 'application/x-ndjson').set('accept', 'text/csv').send(body).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parse(res.text, { columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0] ?? {})).toEqual([...BATCH_CSV_COLUMNS]);
      expect(rows.map((r) => [r['document_id'], r['quote_id'], r['error']?.split(':')[0]])).toEqual([
        ['one, two', 'q1', ''],
        ['one, two', 'q2', ''],
        ['', '', 'MALFORMED_JSON (line 2)'],
        ['three', 'q1', ''],
      ]);
      expect(rows[1]?.['text']).toBe('And\nmore,');
    });
  });
});
