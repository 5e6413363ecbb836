import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createInlineEngine } from '../src/http/engine-inline';
import { BATCH_EXAMPLE_DOCUMENTS, EXAMPLE_ARTICLE } from '../src/schemas/examples';

/** Where the OpenAPI answer examples live: real answers of the engine, written by this script. */
export const EXAMPLES_FILE = path.join(__dirname, '..', 'src', 'schemas', 'answer-examples.json');

/** Answers vary only in timings and request ids: fixed here so the file is stable. */
export function stabilise(text: string): string {
  return text
    .replace(/"elapsedMs":[\d.]+/g, '"elapsedMs":1.5')
    .replace(/"requestId":"[^"]+"/g, '"requestId":"6f1c2b8e-0d52-4a39-9a0e-2f4d3c1b5a77"');
}

/** Asks the app itself (the engine on this thread) for each documented answer. */
export async function currentExamples(): Promise<Record<string, unknown>> {
  const app = buildApp(loadConfig({ LOG_LEVEL: 'silent', WORKERS: '1' }), { engine: createInlineEngine() });
  await app.ready();
  try {
    const post = async (url: string, payload: string, contentType: string, accept: string) =>
      stabilise((await app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType, accept } })).body);
    const ndjson = BATCH_EXAMPLE_DOCUMENTS.join('\n');
    const batchJson = JSON.stringify({ documents: BATCH_EXAMPLE_DOCUMENTS.map((line) => JSON.parse(line) as unknown) });
    const batchNdjson = await post('/v1/attributions/batch', ndjson, 'application/x-ndjson', 'application/x-ndjson');
    return {
      single: JSON.parse(await post('/v1/attributions', JSON.stringify({ text: EXAMPLE_ARTICLE }), 'application/json', 'application/json')),
      singleCsv: await post('/v1/attributions', EXAMPLE_ARTICLE, 'text/plain', 'text/csv'),
      batchNdjsonLine: JSON.parse(batchNdjson.split('\n')[0] ?? ''),
      batchNdjson,
      batchJson: JSON.parse(await post('/v1/attributions/batch', batchJson, 'application/json', 'application/json')),
      batchCsv: await post('/v1/attributions/batch', ndjson, 'application/x-ndjson', 'text/csv'),
    };
  } finally {
    await app.close();
  }
}

export const renderExamples = (examples: unknown): string => `${JSON.stringify(examples, null, 2)}\n`;

if (require.main === module) {
  currentExamples().then(
    (examples) => {
      fs.writeFileSync(EXAMPLES_FILE, renderExamples(examples));
      process.stdout.write(`wrote ${path.relative(process.cwd(), EXAMPLES_FILE)}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
