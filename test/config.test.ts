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
    });
    expect(Object.isFrozen(config)).toBe(true);
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
