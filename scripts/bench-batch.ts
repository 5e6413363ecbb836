import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';

/**
 * Batch throughput beside single requests, same documents, same pool: documents/s for
 * `POST /v1/attributions/batch` (NDJSON streamed) and for `POST /v1/attributions` with 2 × WORKERS
 * requests in flight on keep-alive connections. `npm run bench:batch -- [documents]`.
 * Reports; gates nothing.
 */
const DOCS = Number(process.argv[2] ?? 2000);
const doc = (i: number) => `“Item ${i} is ready,” said Dana Marsh, the clerk. She added: “We will open on Monday.”`;

function post(port: number, path: string, type: string, body: string, agent: http.Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': type } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(data) : reject(new Error(`${res.statusCode}: ${data.slice(0, 200)}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', BATCH_MAX_LINES: String(Math.max(DOCS, 1)) });
  const app = buildApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  await app.warmUp();
  const { port } = app.server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 * config.workers });
  try {
    // Warm-up: a small batch and a few single requests, so neither measurement pays for the JIT.
    await post(port, '/v1/attributions/batch', 'application/x-ndjson', Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `w${i}`, text: doc(i) })).join('\n'), agent);
    for (let i = 0; i < 50; i++) await post(port, '/v1/attributions', 'text/plain', doc(i), agent);
    const ndjson = Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: `d${i}`, text: doc(i) })).join('\n');
    let started = performance.now();
    const lines = (await post(port, '/v1/attributions/batch', 'application/x-ndjson', ndjson, agent)).trimEnd().split('\n');
    const batchS = (performance.now() - started) / 1000;
    if (lines.length !== DOCS || lines.some((l) => l.includes('"error"'))) throw new Error('the batch did not answer every document');

    started = performance.now();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < DOCS) await post(port, '/v1/attributions', 'text/plain', doc(next++), agent);
    };
    await Promise.all(Array.from({ length: 2 * config.workers }, worker));
    const singleS = (performance.now() - started) / 1000;

    const row = (name: string, s: number) => `${name.padEnd(34)} ${s.toFixed(2).padStart(7)} s ${(DOCS / s).toFixed(0).padStart(7)} docs/s`;
    process.stdout.write(`${DOCS} documents, WORKERS=${config.workers}\n${row('batch (NDJSON, streamed)', batchS)}\n${row(`single requests (${2 * config.workers} in flight)`, singleS)}\n`);
  } finally {
    agent.destroy();
    await app.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
