import os from 'node:os';
import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      logLevel: 'info',
      bodyLimitBytes: 1024 * 1024,
      maxTextChars: 200_000,
      workers: os.availableParallelism(),
      engineTimeoutMs: 2000,
      maxQueue: os.availableParallelism() * 64,
      shutdownGraceMs: 10_000,
      corsOrigins: [],
      rateLimitMax: 0,
      rateLimitWindowMs: 60_000,
      trustRequestId: false,
      requestTimeoutMs: 10_000,
      connectionTimeoutMs: 30_000,
      maxAnswerBytes: 8 * 1024 * 1024,
      maxConnections: 1024,
      batchMaxLines: 10_000,
      batchMaxBytes: 32 * 1024 * 1024,
    });
  });

  it('reads every variable and returns a frozen object', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      BODY_LIMIT_BYTES: '2048',
      MAX_TEXT_CHARS: '1000',
      WORKERS: '3',
      ENGINE_TIMEOUT_MS: '500',
      MAX_QUEUE: '7',
      SHUTDOWN_GRACE_MS: '3000',
      CORS_ORIGINS: 'https://News.example.com, http://localhost:8080',
      RATE_LIMIT_MAX: '100',
      RATE_LIMIT_WINDOW_MS: '1000',
      TRUST_REQUEST_ID: 'true',
      REQUEST_TIMEOUT_MS: '4000',
      CONNECTION_TIMEOUT_MS: '5000',
      MAX_ANSWER_BYTES: '65536',
      MAX_CONNECTIONS: '50',
      BATCH_MAX_LINES: '500',
      BATCH_MAX_BYTES: '65536',
    });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      logLevel: 'debug',
      bodyLimitBytes: 2048,
      maxTextChars: 1000,
      workers: 3,
      engineTimeoutMs: 500,
      maxQueue: 7,
      shutdownGraceMs: 3000,
      corsOrigins: ['https://news.example.com', 'http://localhost:8080'],
      rateLimitMax: 100,
      rateLimitWindowMs: 1000,
      trustRequestId: true,
      requestTimeoutMs: 4000,
      connectionTimeoutMs: 5000,
      maxAnswerBytes: 65536,
      maxConnections: 50,
      batchMaxLines: 500,
      batchMaxBytes: 65536,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.corsOrigins)).toBe(true);
  });

  it('reports a variable once, even when it breaks two rules (PORT=-1: not digits, and below 0)', () => {
    let message = '';
    try {
      loadConfig({ PORT: '-1' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.match(/PORT/g)).toHaveLength(1);
  });

  it('derives the CONNECTION_TIMEOUT_MS default from ENGINE_TIMEOUT_MS, and refuses one a queued request could outlast', () => {
    expect(loadConfig({}).connectionTimeoutMs).toBe(30_000);
    expect(loadConfig({ ENGINE_TIMEOUT_MS: '20000' }).connectionTimeoutMs).toBe(60_000);
    expect(() => loadConfig({ ENGINE_TIMEOUT_MS: '2000', CONNECTION_TIMEOUT_MS: '4000' })).toThrow(
      'CONNECTION_TIMEOUT_MS must be more than 2 × ENGINE_TIMEOUT_MS (4000), got 4000',
    );
    expect(() => loadConfig({ MAX_ANSWER_BYTES: '10' })).toThrow('MAX_ANSWER_BYTES');
    expect(() => loadConfig({ MAX_CONNECTIONS: '0' })).toThrow('MAX_CONNECTIONS');
  });

  it('derives the MAX_QUEUE default from WORKERS', () => {
    expect(loadConfig({ WORKERS: '4' }).maxQueue).toBe(256);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a non-negative integer, got "eighty"'],
    [{ PORT: '70000' }, 'PORT must be <= 65535'],
    [{ PORT: '3000.5' }, 'PORT must be a non-negative integer'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ WORKERS: '0' }, 'WORKERS must be >= 1'],
    [{ BODY_LIMIT_BYTES: '-1' }, 'BODY_LIMIT_BYTES must be a non-negative integer'],
    [{ ENGINE_TIMEOUT_MS: '1e3' }, 'ENGINE_TIMEOUT_MS must be a non-negative integer'],
    [{ SHUTDOWN_GRACE_MS: '0' }, 'SHUTDOWN_GRACE_MS must be >= 1'],
    [{ CORS_ORIGINS: 'news.example.com' }, 'CORS_ORIGINS must be a comma-separated list of origins'],
    [{ CORS_ORIGINS: 'https://news.example.com/path' }, 'CORS_ORIGINS must be a comma-separated list of origins'],
    [{ CORS_ORIGINS: ' , ' }, 'CORS_ORIGINS must be a comma-separated list of origins'],
    [{ RATE_LIMIT_MAX: '-5' }, 'RATE_LIMIT_MAX must be a non-negative integer'],
    [{ RATE_LIMIT_WINDOW_MS: '0' }, 'RATE_LIMIT_WINDOW_MS must be >= 1'],
    [{ TRUST_REQUEST_ID: 'yes' }, 'TRUST_REQUEST_ID must be true or false, got "yes"'],
  ])('fails fast on %p', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', WORKERS: '0', MAX_TEXT_CHARS: '0' })).toThrow(
      /PORT must be a non-negative integer[\s\S]*MAX_TEXT_CHARS must be >= 1[\s\S]*WORKERS must be >= 1/,
    );
  });
});
