import fs from 'node:fs';
import path from 'node:path';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { createInlineEngine } from '../../src/http/engine-inline';
import { withMeta } from '../../src/http/routes/attributions';
import { EXAMPLE_ARTICLE } from '../../src/schemas/examples';
import type { AttributionResult } from '../../src/schemas/attribution';
import { Value } from 'typebox/value';
import { AttributionResponseSchema } from '../../src/schemas/response';
import type { Speaker } from '../../src/schemas/attribution';
import { recordingEngine, startApp } from './helpers';

const SEED = fs.readFileSync(path.join(__dirname, '../../seeds/000_3e5c32fe3a399acd.txt'), 'utf8');
const VERSION = (JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

/** A quote record as the engine would produce it for `text`, located by `quoted`. */
function resultQuoting(text: string, quoted: string, speaker: string): AttributionResult {
  const start = text.indexOf(quoted);
  const mentionStart = text.indexOf(speaker);
  const mention = { text: speaker, start: mentionStart, end: mentionStart + speaker.length };
  return {
    quotes: [
      {
        id: 'q1',
        text: quoted,
        start,
        end: start + quoted.length,
        type: 'direct',
        continues: null,
        speaker: { id: 's1', name: speaker, mention },
        cue: null,
        rule: 'quote-pronoun-cue',
        confidence: 0.9,
      },
    ],
    speakers: [
      { id: 's1', name: speaker, kind: 'person', title: null, honorific: null, gender: null, genderEvidence: null, mentions: [mention], quoteIds: ['q1'] },
    ],
  };
}

describe('POST /v1/attributions with the real engine (worker pool)', () => {
  let app: FastifyInstance;
  // Loading the engine in a worker (tsx, compromise) takes tens of seconds on a loaded machine.
  beforeAll(async () => {
    app = await startApp();
    await app.warmUp();
  }, 60_000);
  afterAll(() => app.close());

  it('attributes a JSON article and adds meta', async () => {
    const res = await supertest(app.server).post('/v1/attributions').send({ text: SEED }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(res.body).sort()).toEqual(['meta', 'quotes', 'speakers', 'summary']);
    expect(Array.isArray(res.body.quotes)).toBe(true);
    expect(Array.isArray(res.body.speakers)).toBe(true);
    expect(res.body.meta).toEqual({ version: VERSION, characters: SEED.length, elapsedMs: expect.any(Number) });
    expect(res.body.meta.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it("answers JSON.parse of the engine's serialised result plus meta, byte for byte", async () => {
    // The same engine code on this thread: what the pool's worker serialises for this article.
    const expected = await createInlineEngine().run(SEED, {});
    expect(expected.quotes).toBeGreaterThan(0);
    const res = await supertest(app.server).post('/v1/attributions').send({ text: SEED }).expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const meta = { version: VERSION, characters: SEED.length, elapsedMs: res.body.meta.elapsedMs };
    expect(res.body).toEqual({ ...JSON.parse(expected.json), meta });
    expect(res.body.quotes).toHaveLength(expected.quotes);
    expect(Object.keys(res.body)).toEqual(['quotes', 'speakers', 'summary', 'meta']);
    expect(res.text).toBe(withMeta(expected.json, meta));
  });

  it('lists who is only mentioned, with the summary, in an answer that validates against the 200 schema', async () => {
    const text =
      'Ms Dana Orrel met Tomas Wendell in Lisbon on Monday.\n\n“We will reopen the bridge in May,” said Kiran Vossberg, the council leader.';
    const res = await supertest(app.server).post('/v1/attributions').send({ text }).expect(200);
    expect(Value.Check(AttributionResponseSchema, res.body)).toBe(true);
    const speakers = res.body.speakers as Speaker[];
    expect(speakers.map((s) => [s.id, s.name, s.quoteIds.length])).toEqual([
      ['s1', 'Kiran Vossberg', 1],
      ['s2', 'Dana Orrel', 0],
      ['s3', 'Tomas Wendell', 0],
    ]);
    expect(speakers[1]).toMatchObject({ gender: 'female', genderEvidence: 'honorific' });
    expect(res.body.summary).toMatchObject({ quoted: 1, onlyMentioned: 2, byGenderEvidence: { honorific: { quoted: 0, onlyMentioned: 1 } } });
  });

  it('accepts the raw article as text/plain', async () => {
    const res = await supertest(app.server)
      .post('/v1/attributions')
      .set('content-type', 'text/plain; charset=utf-8')
      .send(SEED)
      .expect(200);
    expect(res.body.meta.characters).toBe(SEED.length);
  });

  it('answers the Swagger UI example and options', async () => {
    const res = await supertest(app.server)
      .post('/v1/attributions')
      .send({ text: EXAMPLE_ARTICLE, options: { includePartial: false, includeUnattributed: true, minConfidence: 0.5 } })
      .expect(200);
    expect(res.body.meta.characters).toBe(EXAMPLE_ARTICLE.length);
  });

  it.each([
    ['a lone high surrogate', '\ud800 said'],
    ['a lone low surrogate', 'x\udfff'],
    ['only quote marks', '“”"“"”‘’\'\'«»'],
    ['only whitespace', ' \r\n\t '],
    ['unbalanced quotes', '“He said “yes” and then “no'],
  ])('never fails on %s', async (_name, text) => {
    const res = await supertest(app.server).post('/v1/attributions').send({ text });
    expect([200, 400]).toContain(res.status);
    if (res.status === 200) expect(res.body.meta.characters).toBe(text.length);
  });
});

describe('POST /v1/attributions contract (recorded engine)', () => {
  it('keeps `summary` optional: an answer without it still validates', () => {
    const text = 'Sir Alan Brennan said: “Yes.”';
    const answer = { ...resultQuoting(text, 'Yes.', 'Sir Alan Brennan'), meta: { version: VERSION, characters: text.length, elapsedMs: 1 } };
    expect(Value.Check(AttributionResponseSchema, answer)).toBe(true);
  });

  it('passes the exact text (CRLF, emoji) and options to the engine and returns its spans unchanged', async () => {
    const text = 'Intro 🙂\r\n“We are ready,” said Jane Doe.\r\n';
    const engine = recordingEngine((t) => resultQuoting(t, 'We are ready,', 'Jane Doe'));
    const app = await startApp({}, { engine });
    try {
      const res = await supertest(app.server)
        .post('/v1/attributions')
        .send({ text, options: { minConfidence: 0.2 } })
        .expect(200);
      // The schema's documented defaults are filled in for options the client left out.
      expect(engine.calls).toEqual([{ text, options: { minConfidence: 0.2, includePartial: true, includeUnattributed: true } }]);
      const [quote] = res.body.quotes;
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.start).toBe(text.indexOf('We are ready,')); // UTF-16 units: the emoji counts 2
      expect(res.body.speakers[0].quoteIds).toEqual(['q1']);
      expect(res.body.meta.characters).toBe(text.length);
    } finally {
      await app.close();
    }
  });

  it('gives text/plain articles the default options', async () => {
    const engine = recordingEngine();
    const app = await startApp({}, { engine });
    try {
      await supertest(app.server).post('/v1/attributions').set('content-type', 'text/plain').send('Hello.').expect(200);
      expect(engine.calls).toEqual([{ text: 'Hello.', options: {} }]);
    } finally {
      await app.close();
    }
  });

  it('sends the serialised result as is, meta spliced in, never re-serialised through the response schema', async () => {
    // Keys in an order the schema's serialiser would not write: only an untouched string keeps it.
    const json = '{"speakers":[],"quotes":[]}';
    const app = await startApp({}, { engine: { ...recordingEngine(), run: async () => ({ json, quotes: 0 }) } });
    try {
      const res = await supertest(app.server).post('/v1/attributions').send({ text: 'Hello.' }).expect(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.text).toBe(`{"speakers":[],"quotes":[],"meta":${JSON.stringify(res.body.meta)}}`);
      expect(res.body.meta).toEqual({ version: VERSION, characters: 6, elapsedMs: expect.any(Number) });
    } finally {
      await app.close();
    }
  });

  it('serializes through the result schema: internal fields the engine adds never leave the service', async () => {
    const engine = recordingEngine((t) => {
      const result = resultQuoting(t, 'yes', 'Ann') as AttributionResult & { debug?: string };
      return { ...result, debug: 'internal', quotes: result.quotes.map((q) => ({ ...q, trace: ['sieve'] })) } as AttributionResult;
    });
    const app = await startApp({}, { engine });
    try {
      const res = await supertest(app.server).post('/v1/attributions').send({ text: '“yes,” said Ann.' }).expect(200);
      expect(res.body).not.toHaveProperty('debug');
      expect(res.body.quotes[0]).not.toHaveProperty('trace');
      expect(res.body.quotes[0].text).toBe('yes');
    } finally {
      await app.close();
    }
  });

  it('closes the engine when the app closes', async () => {
    const engine = recordingEngine();
    const app = await startApp({}, { engine });
    await app.close();
    expect(engine.isClosed()).toBe(true);
  });
});
