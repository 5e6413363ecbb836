#!/usr/bin/env node
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runBatch } from './cli/batch';
import { CSV_COLUMNS, quoteRows, toCsv } from './formats/csv';
import { extractText } from './formats/html';
import { attribute } from './pipeline';
import type { AttributeOptions, AttributionResult } from './schemas/attribution';
import { VERSION } from './version';

const USAGE = `Usage: quote-attribution [options] [file...]
       quote-attribution batch [options] [input.ndjson]   (see batch --help)

Finds the quotations in news articles and attributes them to speakers.
Reads each file (or standard input when no file or "-" is given) as one
plain-text article and prints the attributions as JSON. Runs the engine
in this process: no server needed.

Options:
  --ndjson                one compact JSON line per article: {"file", "quotes", "speakers", "summary"}
  --csv                   CSV (RFC 4180): a header, then one row per quote, document_id = file
  --html                  the inputs are HTML pages: attribute their article text, which the
                          JSON output carries as "text" (offsets index it)
  --no-partial            leave out partial quotes
  --no-unattributed       leave out quotes without a speaker
  --min-confidence <n>    drop attributions below n (0..1)
  -v, --version           print the version
  -h, --help              print this help

Without --ndjson, one article prints {"quotes", "speakers", "summary"} and several print
an array of {"file", "quotes", "speakers", "summary"}.

Exit status: 0 on success, 1 when a file cannot be read, 2 on bad usage.`;

interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

class UsageError extends Error {}

function readOptions(values: Record<string, string | boolean | undefined>): AttributeOptions {
  const options: AttributeOptions = {};
  if (values['no-partial']) options.includePartial = false;
  if (values['no-unattributed']) options.includeUnattributed = false;
  const min = values['min-confidence'];
  if (typeof min === 'string') {
    const n = Number(min);
    if (min.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-confidence must be a number from 0 to 1, got ${JSON.stringify(min)}`);
    options.minConfidence = n;
  }
  return options;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The CLI as a function of its arguments and streams; returns the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'batch') return runBatch(argv.slice(1), io);
  let parsed;
  let options: AttributeOptions;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ndjson: { type: 'boolean' },
        csv: { type: 'boolean' },
        html: { type: 'boolean' },
        'no-partial': { type: 'boolean' },
        'no-unattributed': { type: 'boolean' },
        'min-confidence': { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    options = readOptions(parsed.values);
    if (parsed.values.csv && parsed.values.ndjson) throw new UsageError('--csv and --ndjson exclude each other');
  } catch (err) {
    io.stderr.write(`quote-attribution: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }

  const files = parsed.positionals.length > 0 ? parsed.positionals : ['-'];
  const results: ({ file: string; text?: string } & AttributionResult)[] = [];
  if (parsed.values.csv) io.stdout.write(toCsv([], CSV_COLUMNS));
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? await readStream(io.stdin) : await fs.promises.readFile(file, 'utf8');
    } catch (err) {
      io.stderr.write(`quote-attribution: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 1;
    }
    if (parsed.values.html) text = extractText(text);
    const result = attribute(text, options);
    const record = parsed.values.html ? { file, text, ...result } : { file, ...result };
    if (parsed.values.csv) io.stdout.write(quoteRows(file, result).length > 0 ? toCsv(quoteRows(file, result), null) : '');
    else if (parsed.values.ndjson) io.stdout.write(`${JSON.stringify(record)}\n`);
    else results.push(record);
  }
  if (!parsed.values.ndjson && !parsed.values.csv) {
    const only = results.length === 1 ? results[0] : undefined;
    const { file: _file, ...single } = only ?? { file: '' };
    const output = only ? single : results;
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  }
  return 0;
}

if (require.main === module) {
  runCli(process.argv.slice(2), process).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`quote-attribution: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
