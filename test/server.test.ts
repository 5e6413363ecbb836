import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const ROOT = path.join(__dirname, '..');
const SERVER = ['--import', 'tsx', 'src/server.ts'];

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
});
