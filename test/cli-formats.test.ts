import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS } from '../src/formats/csv';
import { extractText } from '../src/formats/html';
import { attribute } from '../src/pipeline';
import { EXAMPLE_PAGE } from '../src/schemas/examples';

const ROOT = path.join(__dirname, '..');
const SEEDS = ['000_3e5c32fe3a399acd.txt', '001_36a2c5a54b03414d.txt'].map((f) => path.join('seeds', f));

function cli(args: string[], input?: string) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('quote-attribution CLI: --csv and --html', () => {
  it('--csv prints a header and one row per quote of every file, named by document_id', () => {
    const { status, stdout, stderr } = cli(['--csv', ...SEEDS]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    for (const file of SEEDS) {
      const quotes = attribute(fs.readFileSync(path.join(ROOT, file), 'utf8')).quotes;
      expect(rows.filter((r) => r['document_id'] === file).map((r) => [r['quote_id'], r['text']])).toEqual(quotes.map((q) => [q.id, q.text]));
    }
  });

  it('--html reads a page from standard input and prints its text with the attributions', () => {
    const { status, stdout } = cli(['--html'], EXAMPLE_PAGE);
    expect(status).toBe(0);
    const text = extractText(EXAMPLE_PAGE);
    expect(JSON.parse(stdout)).toEqual({ text, ...attribute(text) });
  });

  it('--csv with --ndjson is a usage error', () => {
    expect(cli(['--csv', '--ndjson']).status).toBe(2);
  });
});
