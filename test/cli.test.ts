import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { attribute } from '../src/pipeline';

const ROOT = path.join(__dirname, '..');
const SEEDS = ['000_3e5c32fe3a399acd.txt', '001_36a2c5a54b03414d.txt'].map((f) => path.join('seeds', f));

/** Runs the CLI from its TypeScript source, as `node dist/cli.js` would after a build. */
function cli(args: string[], input?: string) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('quote-attribution CLI', () => {
  it('prints the pretty JSON result for one file, the same as the engine', () => {
    const { status, stdout, stderr } = cli([SEEDS[0]!]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const text = fs.readFileSync(path.join(ROOT, SEEDS[0]!), 'utf8');
    expect(JSON.parse(stdout)).toEqual(attribute(text));
    expect(stdout).toContain('\n  "quotes"'); // pretty-printed
  });

  it('reads standard input when no file is given', () => {
    const text = '“We are ready,” said Jane Doe.\n';
    const { status, stdout } = cli([], text);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(attribute(text));
  });

  it('--ndjson prints one line per file, naming it', () => {
    const { status, stdout } = cli(['--ndjson', ...SEEDS]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    lines.forEach((line, i) => {
      const record = JSON.parse(line);
      expect(record.file).toBe(SEEDS[i]);
      expect(record).toHaveProperty('quotes');
      expect(record).toHaveProperty('speakers');
    });
  });

  it('--help prints the usage and exits 0', () => {
    const { status, stdout } = cli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: quote-attribution/);
    expect(stdout).toContain('--ndjson');
  });

  it('exits 1 naming a file it cannot read, and 2 on a bad option', () => {
    const missing = cli(['no/such/file.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no/such/file.txt');
    const bad = cli(['--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage');
  });
});
