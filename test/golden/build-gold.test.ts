import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The held-out sets' gold.json files are generated from their annotations.mjs by the one
 * scripts/build-gold.mjs: they must be what the annotations give, and the script's completeness
 * check must catch an annotation that goes missing.
 */
const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'build-gold.mjs');
const SETS = ['heldout', 'heldout2', 'heldout3', 'heldout4'].map((s) => join(ROOT, 'test', 'fixtures', s));

function run(args: readonly string[]): { code: number; stderr: string } {
  try {
    execFileSync(process.execPath, [SCRIPT, ...args], { stdio: 'pipe' });
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stderr: Buffer };
    return { code: err.status, stderr: err.stderr.toString() };
  }
}

describe('scripts/build-gold.mjs', () => {
  it('every held-out gold.json is what its annotations give', () => {
    expect(run(['--check', ...SETS])).toEqual({ code: 0, stderr: '' });
  });

  it('fails when a quote between marks is not annotated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-gold-'));
    try {
      cpSync(SETS[3] as string, dir, { recursive: true });
      const file = join(dir, 'annotations.mjs');
      const lines = readFileSync(file, 'utf8').split('\n');
      const first = lines.findIndex((l) => l.startsWith('    ['));
      writeFileSync(file, [...lines.slice(0, first), ...lines.slice(first + 1)].join('\n'));
      const { code, stderr } = run(['--check', dir]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/delimited span not in gold/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
