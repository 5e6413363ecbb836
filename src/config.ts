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
  },
  { additionalProperties: false },
);
export type Config = Readonly<Static<typeof ConfigSchema>>;

type Env = Readonly<Record<string, string | undefined>>;

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
} as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once into a frozen, validated Config; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  // workers first: MAX_QUEUE's default depends on it.
  const order = ['port', 'host', 'logLevel', 'bodyLimitBytes', 'maxTextChars', 'workers', 'engineTimeoutMs', 'maxQueue'] as const;
  for (const key of order) {
    const spec = ENV_VARS[key];
    const value = env[spec.name]?.trim();
    if (value === undefined || value === '') {
      raw[key] = spec.fallback(raw as { workers: number });
    } else if (spec.kind === 'int') {
      // Number('') and parseInt('12abc') both accept garbage; demand plain decimal digits.
      if (!/^\d+$/.test(value)) problems.push(`${spec.name} must be a non-negative integer, got ${JSON.stringify(value)}`);
      raw[key] = Number(value);
    } else {
      raw[key] = value;
    }
  }
  {
    for (const error of Value.Errors(ConfigSchema, raw)) {
      const key = error.instancePath.slice(1) as keyof typeof ENV_VARS;
      if (Number.isNaN(raw[key])) continue; // already reported as not a number
      const name = ENV_VARS[key]?.name ?? key;
      const detail = key === 'logLevel' ? 'must be one of fatal, error, warn, info, debug, trace, silent' : error.message;
      problems.push(`${name} ${detail}, got ${JSON.stringify(raw[key])}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  - ${[...new Set(problems)].join('\n  - ')}`);
  return Object.freeze(raw as Config);
}
