import fs from 'node:fs';
import { currentExamples, EXAMPLES_FILE, renderExamples } from '../../scripts/write-examples';
import { OPENAPI_FILE } from '../../scripts/write-openapi';

describe('OpenAPI answer examples', () => {
  it('are what the service answers today (run `npx tsx scripts/write-examples.ts && npm run openapi` after engine changes)', async () => {
    expect(fs.readFileSync(EXAMPLES_FILE, 'utf8')).toBe(renderExamples(await currentExamples()));
  });

  it('every request and 200 media type of the attribution endpoints has an example', () => {
    const spec = JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8'));
    for (const path of ['/v1/attributions', '/v1/attributions/batch']) {
      const post = spec.paths[path].post;
      for (const [type, media] of Object.entries<{ example?: unknown }>(post.requestBody.content)) {
        expect([path, type, media.example !== undefined]).toEqual([path, type, true]);
      }
      for (const [type, media] of Object.entries<{ schema: { examples?: unknown[] } }>(post.responses['200'].content)) {
        expect([path, type, media.schema.examples?.length]).toEqual([path, type, 1]);
      }
    }
  });
});
