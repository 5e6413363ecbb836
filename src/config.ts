import os from 'node:os';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

/** Every setting the service reads, with its environment variable, default and bounds. */
export const ConfigSchema = Type.Object(
  {
    port: Type.Integer({ minimum: 0, maximum: 65535 }),
    host: Type.String({ minLength: 1 }),
    logLevel: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    bodyLimitBytes: Type.Integer({ minimum: 1 }),
    maxTextChars: Type.Integer({ minimum: 1 }),
    workers: Type.Integer({ minimum: 1, maximum: 256 }),
    engineTimeoutMs: Type.Integer({ minimum: 1 }),
    maxQueue: Type.Integer({ minimum: 0 }),
    shutdownGraceMs: Type.Integer({ minimum: 1 }),
    corsOrigins: Type.Array(Type.String({ minLength: 1 })),
    rateLimitMax: Type.Integer({ minimum: 0 }),
    rateLimitWindowMs: Type.Integer({ minimum: 1 }),
    trustRequestId: Type.Boolean(),
    requestTimeoutMs: Type.Integer({ minimum: 1 }),
    connectionTimeoutMs: Type.Integer({ minimum: 1 }),
    maxAnswerBytes: Type.Integer({ minimum: 1024 }),
    maxConnections: Type.Integer({ minimum: 1 }),
    batchMaxLines: Type.Integer({ minimum: 1 }),
    batchMaxBytes: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type Config = Readonly<Static<typeof ConfigSchema>>;

type Env = Readonly<Record<string, string | undefined>>;
type Kind = 'int' | 'string' | 'bool' | 'origins';

/** One row per setting; the README's config table mirrors this list. */
export const ENV_VARS = {
  port: { name: 'PORT', kind: 'int', fallback: () => 3000 },
  host: { name: 'HOST', kind: 'string', fallback: () => '0.0.0.0' },
  logLevel: { name: 'LOG_LEVEL', kind: 'string', fallback: () => 'info' },
  bodyLimitBytes: { name: 'BODY_LIMIT_BYTES', kind: 'int', fallback: () => 1024 * 1024 },
  maxTextChars: { name: 'MAX_TEXT_CHARS', kind: 'int', fallback: () => 200_000 },
  workers: { name: 'WORKERS', kind: 'int', fallback: () => os.availableParallelism() },
  engineTimeoutMs: { name: 'ENGINE_TIMEOUT_MS', kind: 'int', fallback: () => 2000 },
  // A queue deeper than this only adds latency: each waiting task already costs its share of the timeout.
  maxQueue: { name: 'MAX_QUEUE', kind: 'int', fallback: (c: { workers: number }) => c.workers * 64 },
  shutdownGraceMs: { name: 'SHUTDOWN_GRACE_MS', kind: 'int', fallback: () => 10_000 },
  corsOrigins: { name: 'CORS_ORIGINS', kind: 'origins', fallback: () => [] },
  // 0 = no rate limiting: a service behind a gateway usually has its limits there.
  rateLimitMax: { name: 'RATE_LIMIT_MAX', kind: 'int', fallback: () => 0 },
  rateLimitWindowMs: { name: 'RATE_LIMIT_WINDOW_MS', kind: 'int', fallback: () => 60_000 },
  trustRequestId: { name: 'TRUST_REQUEST_ID', kind: 'bool', fallback: () => false },
  // The whole request, headers and body, must arrive within this (408): a stalled upload holds a socket and a parser.
  requestTimeoutMs: { name: 'REQUEST_TIMEOUT_MS', kind: 'int', fallback: () => 10_000 },
  // No byte either way for this long closes the connection: a client that never reads its answer frees its memory.
  connectionTimeoutMs: { name: 'CONNECTION_TIMEOUT_MS', kind: 'int', fallback: (c: { engineTimeoutMs?: number }) => Math.max(30_000, 3 * (c.engineTimeoutMs ?? 0)) },
  // A 200 answer's JSON bytes; past it 422 ANSWER_TOO_LARGE, so one request never pins more than this.
  maxAnswerBytes: { name: 'MAX_ANSWER_BYTES', kind: 'int', fallback: () => 8 * 1024 * 1024 },
  maxConnections: { name: 'MAX_CONNECTIONS', kind: 'int', fallback: () => 1024 },
  // A batch body is held whole while its documents stream out; its answers are not (see routes/batch.ts).
  batchMaxLines: { name: 'BATCH_MAX_LINES', kind: 'int', fallback: () => 10_000 },
  batchMaxBytes: { name: 'BATCH_MAX_BYTES', kind: 'int', fallback: () => 32 * 1024 * 1024 },
} as const satisfies Record<keyof Static<typeof ConfigSchema>, { name: string; kind: Kind; fallback: (c: { workers: number; engineTimeoutMs?: number }) => unknown }>;

/** `scheme://host[:port]`, nothing after it: what a browser sends in `Origin`. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once into a frozen, validated Config; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  const malformed = new Set<string>();
  // workers first: MAX_QUEUE's default depends on it.
  const order = Object.keys(ENV_VARS) as (keyof typeof ENV_VARS)[];
  for (const key of order) {
    const spec = ENV_VARS[key];
    const value = env[spec.name]?.trim();
    if (value === undefined || value === '') {
      raw[key] = spec.fallback(raw as { workers: number; engineTimeoutMs?: number });
    } else if (spec.kind === 'int') {
      // Number('') and parseInt('12abc') both accept garbage; demand plain decimal digits.
      if (!/^\d+$/.test(value)) {
        problems.push(`${spec.name} must be a non-negative integer, got ${JSON.stringify(value)}`);
        malformed.add(key);
      }
      raw[key] = Number(value);
    } else if (spec.kind === 'bool') {
      if (value !== 'true' && value !== 'false') problems.push(`${spec.name} must be true or false, got ${JSON.stringify(value)}`);
      raw[key] = value === 'true';
    } else if (spec.kind === 'origins') {
      const origins = value.split(',').map((o) => o.trim()).filter((o) => o !== '');
      const bad = origins.filter((o) => o !== '*' && !ORIGIN.test(o));
      if (bad.length > 0 || origins.length === 0) {
        problems.push(`${spec.name} must be a comma-separated list of origins like https://news.example.com (or *), got ${JSON.stringify(value)}`);
      }
      // A browser's Origin has no trailing slash and a lower-case host; compare like with like.
      raw[key] = origins.map((o) => o.toLowerCase());
    } else {
      raw[key] = value;
    }
  }
  {
    for (const error of Value.Errors(ConfigSchema, raw)) {
      const key = error.instancePath.slice(1).split('/')[0] as keyof typeof ENV_VARS;
      if (malformed.has(key)) continue; // already reported as not a number: one problem per variable
      const name = ENV_VARS[key]?.name ?? key;
      const detail = key === 'logLevel' ? 'must be one of fatal, error, warn, info, debug, trace, silent' : error.message;
      problems.push(`${name} ${detail}, got ${JSON.stringify(raw[key])}`);
    }
  }
  // A request may sit silent for its wait plus its run (2 × ENGINE_TIMEOUT_MS): the socket must outlive that.
  const engineTimeoutMs = raw['engineTimeoutMs'] as number;
  const connectionTimeoutMs = raw['connectionTimeoutMs'] as number;
  if (problems.length === 0 && connectionTimeoutMs <= 2 * engineTimeoutMs) {
    problems.push(`CONNECTION_TIMEOUT_MS must be more than 2 × ENGINE_TIMEOUT_MS (${2 * engineTimeoutMs}), got ${connectionTimeoutMs}`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  - ${[...new Set(problems)].join('\n  - ')}`);
  return Object.freeze({ ...raw, corsOrigins: Object.freeze(raw['corsOrigins']) } as Config);
}
