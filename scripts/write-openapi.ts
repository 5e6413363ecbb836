import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createInlineEngine } from '../src/http/engine-inline';

/** Where the checked-in spec lives: openapi/openapi.json at the repository root. */
export const OPENAPI_FILE = path.join(__dirname, '..', 'openapi', 'openapi.json');

/** The spec exactly as the file holds it. */
export function renderOpenapi(spec: unknown): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/** The app's own OpenAPI document, from its TypeBox route schemas. */
export async function currentOpenapi(): Promise<string> {
  const app: FastifyInstance = buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { engine: createInlineEngine() });
  try {
    await app.ready();
    return renderOpenapi(app.swagger());
  } finally {
    await app.close();
  }
}

async function main(check: boolean): Promise<number> {
  const spec = await currentOpenapi();
  const relative = path.relative(process.cwd(), OPENAPI_FILE);
  if (check) {
    const onDisk = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (onDisk === spec) {
      process.stdout.write(`${relative} is up to date\n`);
      return 0;
    }
    process.stderr.write(`${relative} differs from the spec the app serves; run \`npm run openapi\` and commit it\n`);
    return 1;
  }
  fs.mkdirSync(path.dirname(OPENAPI_FILE), { recursive: true });
  fs.writeFileSync(OPENAPI_FILE, spec);
  process.stdout.write(`wrote ${relative}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.includes('--check')).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
