import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineWorker } from './engine-worker';

/** The watchdog must turn a hang, a throw and a heap blow-up into failures, then keep serving. */
describe('EngineWorker', () => {
  let dir: string;
  let engine: EngineWorker;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-worker-'));
    const misbehaving = path.join(dir, 'misbehaving.js');
    fs.writeFileSync(
      misbehaving,
      `exports.attribute = (text) => {
        if (text === 'hang') for (;;) {}
        if (text === 'throw') throw new Error('boom');
        if (text === 'oom') { const keep = []; for (;;) keep.push(new Array(1e6).fill(text)); }
        return { quotes: [], speakers: [] };
      };\n`,
    );
    engine = new EngineWorker(64, misbehaving);
  });
  afterAll(async () => {
    await engine.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('terminates a hanging call', async () => {
    await expect(engine.run('hang', 500)).rejects.toThrow(/did not return within 500 ms/);
  }, 10_000);

  it('reports an exception', async () => {
    await expect(engine.run('throw', 5_000)).rejects.toThrow(/threw: Error: boom/);
  }, 10_000);

  it('fails a call that exceeds the heap cap instead of crashing the test process', async () => {
    await expect(engine.run('oom', 20_000)).rejects.toThrow(/crashed|exited/);
  }, 30_000);

  it('serves again after each failure, with lone surrogates intact', async () => {
    const run = await engine.run('\uDC00a\uD800', 5_000);
    expect(run.result).toEqual({ quotes: [], speakers: [] });
  }, 10_000);
});
