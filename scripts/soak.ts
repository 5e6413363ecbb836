/**
 * Soak test — `npm run soak`, a script, not a CI test.
 *
 * Drives a running service with autocannon for SOAK_SECONDS (60) at SOAK_CONNECTIONS (32) with a mix
 * of valid seed articles (JSON and text/plain), malformed JSON, oversized bodies, schema violations,
 * an unsupported media type and pathological texts, while a side loop polls /healthz every 250 ms and
 * the server's RSS is sampled from /proc. Prints a table and exits 1 when a target is missed:
 *   - no 5xx except deliberate 503s (engine timeout, queue full), no request timeouts;
 *   - every error answer is application/problem+json;
 *   - /healthz always answers 200 (within SOAK_HEALTHZ_TIMEOUT_MS);
 *   - server RSS growth from after warm-up to the end under SOAK_MAX_RSS_GROWTH_MB (50).
 * Alongside the mix, hostile clients (issue 10): SOAK_NEVER_READ (16) connections that send a ~200 000
 * character article and never read the answer, each held SOAK_HOLD_SECONDS (40) before it checks whether
 * the server cut it; SOAK_STALLERS (8) connections that send half a body and stall, each expecting a 408
 * (or a 503 when the server sheds load before reading bodies).
 *
 * SOAK_URL targets a service that is already running (its RSS is checked only if SOAK_PID names its
 * process); without it, the script builds nothing but spawns `node dist/server.js` (run `npm run build`
 * first) on a free loopback port and kills it at the end, even on error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

interface PathologicalInput {
  readonly name: string;
  readonly text: string;
}

interface SoakRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse?: (status: number, body: string, context: unknown, headers: Record<string, string>) => void;
}

interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
  non2xx: number;
}

type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: SoakRequest[];
}) => Promise<AutocannonResult>;

// autocannon ships no type declarations; this is the slice of its API the script uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

const ROOT = path.resolve(__dirname, '..');
const ENDPOINT = '/v1/attributions';
const MiB = 1024 * 1024;

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

const config = Object.freeze({
  url: process.env.SOAK_URL ?? '',
  pid: process.env.SOAK_PID ? envNumber('SOAK_PID', 0) : null,
  seconds: envNumber('SOAK_SECONDS', 60),
  connections: envNumber('SOAK_CONNECTIONS', 32),
  warmupSeconds: envNumber('SOAK_WARMUP_SECONDS', 20),
  healthzTimeoutMs: envNumber('SOAK_HEALTHZ_TIMEOUT_MS', 2000),
  maxRssGrowthMb: envNumber('SOAK_MAX_RSS_GROWTH_MB', 50),
  pathologicalKb: envNumber('SOAK_PATHOLOGICAL_KB', 0.25),
  server: process.env.SOAK_SERVER ?? path.join(ROOT, 'dist/server.js'),
  neverRead: envNumber('SOAK_NEVER_READ', 16),
  holdSeconds: envNumber('SOAK_HOLD_SECONDS', 40),
  stallers: envNumber('SOAK_STALLERS', 8),
});

interface HostileStats {
  /** Never-readers opened, and what they found when they looked: 'cut' (an answer cut short by the server) or the status of a whole answer. */
  neverReadOpened: number;
  neverReadOutcomes: Record<string, number>;
  /** Stalled uploads opened, and the answers they got by status ('closed' for none). */
  stallersOpened: number;
  stallerAnswers: Record<string, number>;
}

/** One connection that sends `article` and does not read for `holdMs`; then 'cut' if the server had cut its answer short, else the answer's status. */
function neverReader(base: string, article: string, holdMs: number): Promise<string> {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(base);
    const socket = net.connect(Number(port), hostname);
    const body = Buffer.from(article, 'utf8');
    let received = '';
    socket.on('error', () => undefined);
    socket.write(`POST ${ENDPOINT} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`);
    socket.write(body);
    socket.pause();
    setTimeout(() => {
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => (received += chunk));
      socket.resume();
      // Whatever the server still sends arrives quickly; an answer cut short never completes.
      setTimeout(() => {
        const [head = '', rest = ''] = received.split('\r\n\r\n');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? NaN);
        socket.destroy();
        resolve(rest.length >= length ? (/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 'none') : 'cut');
      }, 2000);
    }, holdMs);
  });
}

/** One connection that sends half a body and stalls; resolves with the status it was answered, or 'closed'. */
function staller(base: string): Promise<string> {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(base);
    const socket = net.connect(Number(port), hostname);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 'closed'));
    socket.write(`POST ${ENDPOINT} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{"text": "half an art`);
  });
}

/** Keeps `count` clients of one hostile kind going until `state.stop`, each replaced when it ends. */
async function keepHostile(count: number, state: { stop: boolean }, client: () => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, async () => {
      while (!state.stop) await client();
    }),
  );
}

/** ~200 000 characters of seed articles: an answer far larger than a socket's buffers. */
function bigArticle(): string {
  const seedDir = path.join(ROOT, 'seeds');
  const seeds = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'));
  let text = '';
  for (let i = 0; text.length < 190_000; i++) text += `${seeds[i % seeds.length]}\n\n`;
  return text.slice(0, 190_000);
}

/** Loaded at run time: the fixture lives in test/, outside the build's rootDir, so it cannot be imported. */
function loadPathological(kb: number): PathologicalInput[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fixture = require(path.join(ROOT, 'test/fixtures/pathological')) as { pathologicalInputs(kb: number): PathologicalInput[] };
  return fixture.pathologicalInputs(kb);
}

const json = (value: unknown): SoakRequest => ({ method: 'POST', path: ENDPOINT, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const raw = (contentType: string, body: string): SoakRequest => ({ method: 'POST', path: ENDPOINT, headers: { 'content-type': contentType }, body });

/** Error answers that are not problem+json, by status: the contract says every error is problem+json. */
const nonProblemErrors = new Map<number, number>();
function checkProblemJson(status: number, _body: string, _context: unknown, headers: Record<string, string>): void {
  if (status < 400) return;
  const type = headers['content-type'] ?? headers['Content-Type'] ?? '';
  if (!type.startsWith('application/problem+json')) nonProblemErrors.set(status, (nonProblemErrors.get(status) ?? 0) + 1);
}

/** The request mix, interleaved so every connection cycles through all kinds; mostly valid articles. */
function buildMix(): { requests: SoakRequest[]; kinds: Record<string, number> } {
  const seedDir = path.join(ROOT, 'seeds');
  const seeds = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'));
  if (seeds.length === 0) throw new Error(`no seed articles in ${seedDir}`);
  const groups: Record<string, SoakRequest[]> = {
    'valid json': seeds.map((text) => json({ text })),
    'valid text/plain': seeds.map((text) => raw('text/plain; charset=utf-8', text)),
    'malformed json': [raw('application/json', '{"text": "unterminated'), raw('application/json', '{"text": }'), raw('application/json', '')],
    'oversized body': [json({ text: 'a'.repeat(MiB + 64 * 1024) }), raw('text/plain', 'b '.repeat(MiB))],
    'schema violation': [json({ text: 42 }), json({ text: 'x', extra: true }), raw('application/json', '{"__proto__":{"x":1},"text":"x"}'), json({}), json(['text'])],
    'unsupported media type': [raw('application/xml', '<text>hello</text>')],
    pathological: loadPathological(config.pathologicalKb).map(({ text }) => json({ text })),
  };
  // Weights: valid articles dominate, as in production; each bad kind still recurs every few cycles.
  const weights: Record<string, number> = { 'valid json': 3, 'valid text/plain': 2 };
  const requests: SoakRequest[] = [];
  const kinds: Record<string, number> = {};
  for (const [kind, list] of Object.entries(groups)) {
    const copies = weights[kind] ?? 1;
    kinds[kind] = list.length * copies;
    for (let i = 0; i < copies; i++) requests.push(...list);
  }
  // A fixed interleaving (deterministic, no Math.random) so bad requests are spread through the cycle.
  const spread = requests.map((r, i) => ({ r, key: (i * 7919) % requests.length })).sort((a, b) => a.key - b.key).map((x) => x.r);
  return { requests: spread.map((r) => ({ ...r, onResponse: checkProblemJson })), kinds };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitUntilReady(base: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${base}/readyz did not answer 200 within ${timeoutMs} ms`);
}

/** VmRSS of a process in MB, from /proc (Linux). */
function rssMb(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface HealthStats {
  polls: number;
  failures: number;
  latencies: number[];
}

/** Polls /healthz every 250 ms until `stop` is set; a non-200 or no answer within the timeout is a failure. */
async function pollHealth(base: string, state: { stop: boolean }, stats: HealthStats): Promise<void> {
  while (!state.stop) {
    const started = performance.now();
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(config.healthzTimeoutMs) });
      await res.arrayBuffer();
      if (res.status !== 200) stats.failures++;
    } catch {
      stats.failures++;
    }
    const elapsed = performance.now() - started;
    stats.latencies.push(elapsed);
    stats.polls++;
    await sleep(Math.max(0, 250 - elapsed));
  }
}

const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

function printTable(title: string, rows: ReadonlyArray<readonly [string, string | number]>): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${title}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

async function main(): Promise<number> {
  let child: ChildProcess | null = null;
  const killChild = (): void => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killChild);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killChild();
      process.exit(130);
    });
  }

  try {
    let base = config.url.replace(/\/$/, '');
    let pid = config.pid;
    if (!base) {
      if (!fs.existsSync(config.server)) throw new Error(`${config.server} not found: run \`npm run build\` first, or set SOAK_URL`);
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      child = spawn(process.execPath, [config.server], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      pid = child.pid ?? null;
      console.log(`spawned ${path.relative(ROOT, config.server)} (pid ${pid}) on ${base}`);
    }
    await waitUntilReady(base, child, 30_000);

    const { requests, kinds } = buildMix();
    printTable('request mix (entries per cycle)', Object.entries(kinds));

    // Warm-up at the full load and mix: the JIT, the worker pool's heaps and the allocator arenas
    // grow to their working size first, so that the RSS baseline measures retention (a leak), not
    // the first climb to steady state (back-to-back soaks on one server plateau at that size).
    await autocannon({ url: base, connections: config.connections, duration: config.warmupSeconds, timeout: 10, requests });
    nonProblemErrors.clear();
    const rssStart = rssMb(pid);

    const health: HealthStats = { polls: 0, failures: 0, latencies: [] };
    const state = { stop: false };
    let rssPeak = rssStart ?? 0;
    const rssSampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, rssMb(pid) ?? 0);
    }, 1000);
    const poller = pollHealth(base, state, health);
    const hostile: HostileStats = { neverReadOpened: 0, neverReadOutcomes: {}, stallersOpened: 0, stallerAnswers: {} };
    const article = bigArticle();
    const hostiles = Promise.all([
      keepHostile(config.neverRead, state, async () => {
        hostile.neverReadOpened++;
        const outcome = await neverReader(base, article, config.holdSeconds * 1000);
        hostile.neverReadOutcomes[outcome] = (hostile.neverReadOutcomes[outcome] ?? 0) + 1;
      }),
      keepHostile(config.stallers, state, async () => {
        hostile.stallersOpened++;
        const status = await staller(base);
        hostile.stallerAnswers[status] = (hostile.stallerAnswers[status] ?? 0) + 1;
      }),
    ]);
    console.log(`\nsoaking ${base} for ${config.seconds} s at ${config.connections} connections…`);
    let result: AutocannonResult;
    try {
      result = await autocannon({ url: base, connections: config.connections, duration: config.seconds, timeout: 10, requests });
    } finally {
      state.stop = true;
      clearInterval(rssSampler);
      await poller;
      await hostiles;
    }
    const rssEnd = rssMb(pid);
    if (child && child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} during the soak`);

    const statuses = Object.entries(result.statusCodeStats).sort(([a], [b]) => Number(a) - Number(b));
    const count = (predicate: (status: number) => boolean): number =>
      statuses.filter(([s]) => predicate(Number(s))).reduce((sum, [, v]) => sum + v.count, 0);
    const unexpected5xx = count((s) => s >= 500 && s !== 503);
    const nonProblem = [...nonProblemErrors.entries()].reduce((sum, [, n]) => sum + n, 0);
    const rssGrowth = rssStart !== null && rssEnd !== null ? rssEnd - rssStart : null;

    printTable('responses by status', statuses.map(([s, v]) => [s, v.count]));
    printTable('load', [
      ['requests', result.requests.total],
      ['req/s (mean)', result.requests.average.toFixed(1)],
      ['latency p50 / p99 / max (ms)', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max}`],
      ['connection errors (incl. resets)', result.errors],
      ['timeouts (no answer in 10 s)', result.timeouts],
      ['503 (deliberate: engine timeout / queue full)', count((s) => s === 503)],
    ]);
    printTable('/healthz (every 250 ms)', [
      ['polls', health.polls],
      ['failures', health.failures],
      ['latency p50 / p99 / max (ms)', `${percentile(health.latencies, 50).toFixed(1)} / ${percentile(health.latencies, 99).toFixed(1)} / ${Math.max(0, ...health.latencies).toFixed(1)}`],
    ]);
    printTable('hostile clients', [
      ['never-readers opened', hostile.neverReadOpened],
      ['never-readers, what they found (cut = answer cut short by the server)', JSON.stringify(hostile.neverReadOutcomes)],
      ['stalled uploads opened', hostile.stallersOpened],
      ['stalled uploads answered, by status', JSON.stringify(hostile.stallerAnswers)],
    ]);
    const mb = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(1));
    printTable(`server RSS (pid ${pid ?? 'unknown'}, MB)`, [
      ['after warm-up', mb(rssStart)],
      ['peak (1 s samples)', mb(rssPeak || null)],
      ['end', mb(rssEnd)],
      ['growth', mb(rssGrowth)],
    ]);

    const targets: Array<[string, boolean | null, string]> = [
      ['no 5xx other than 503', unexpected5xx === 0, String(unexpected5xx)],
      ['no request timeouts', result.timeouts === 0, String(result.timeouts)],
      ['every error is problem+json', nonProblem === 0, nonProblem === 0 ? '0' : JSON.stringify(Object.fromEntries(nonProblemErrors))],
      ['/healthz always answered 200', health.failures === 0 && health.polls > 0, `${health.failures} failures / ${health.polls}`],
      // 408 once the body is overdue, or 503 when the server was shedding load before reading bodies at all.
      [
        'every stalled upload answered 408 or 503',
        (hostile.stallerAnswers['408'] ?? 0) + (hostile.stallerAnswers['503'] ?? 0) === hostile.stallersOpened && hostile.stallersOpened > 0,
        JSON.stringify(hostile.stallerAnswers),
      ],
      [`RSS growth < ${config.maxRssGrowthMb} MB`, rssGrowth === null ? null : rssGrowth < config.maxRssGrowthMb, `${mb(rssGrowth)} MB`],
    ];
    printTable('targets', targets.map(([name, ok, value]) => [name, `${ok === null ? 'SKIP (no pid)' : ok ? 'ok  ' : 'MISS'}  ${value}`]));
    const missed = targets.filter(([, ok]) => ok === false).length;
    console.log(missed === 0 ? '\nsoak: all targets met' : `\nsoak: ${missed} target(s) missed`);
    return missed === 0 ? 0 : 1;
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child?.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      killChild();
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
