import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { CSV_COLUMNS, quoteRows, toCsv } from '../../src/formats/csv';
import { createInlineEngine } from '../../src/http/engine-inline';
import type { AttributionResult, Quote } from '../../src/schemas/attribution';
import { startApp } from '../http/helpers';

const SEEDS = path.join(__dirname, '../../seeds');
const SEED_FILES = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** A quote as a CSV row carries it, from the JSON answer. */
function asRow(q: Quote, result: AttributionResult): Record<string, string> {
  const speaker = q.speaker ? result.speakers.find((s) => s.id === q.speaker?.id) : undefined;
  return {
    document_id: '',
    quote_id: q.id,
    start: String(q.start),
    end: String(q.end),
    type: q.type,
    text: q.text,
    speaker: q.speaker?.name ?? '',
    speaker_kind: speaker?.kind ?? '',
    cue: q.cue?.text ?? '',
    rule: q.rule,
    confidence: String(q.confidence),
  };
}

describe('CSV rows', () => {
  it('quotes fields with commas, quote marks and line breaks, and parses back to the same fields', () => {
    const tricky = ['d,1', 'q1', '0', '5', 'direct', 'He said "no",\r\nthen\nleft', 'Ana Ruiz', 'person', 'said', 'cue-after-quote', '0.9'];
    const csv = toCsv([tricky], CSV_COLUMNS);
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv).toContain('"He said ""no"",\r\nthen\nleft"');
    expect(parse(csv, { columns: false })).toEqual([[...CSV_COLUMNS], tricky]);
  });

  it('an article without quotes is the header alone', () => {
    expect(toCsv(quoteRows('', { quotes: [], speakers: [] }), CSV_COLUMNS)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('POST /v1/attributions with Accept: text/csv', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp({}, { engine: createInlineEngine() });
  });
  afterAll(() => app.close());

  it.each(SEED_FILES)('%s: the CSV parses back (csv-parse) to the quotes of the JSON answer', async (file) => {
    const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const json = (await supertest(app.server).post('/v1/attributions').send({ text }).expect(200)).body as AttributionResult;
    const res = await supertest(app.server).post('/v1/attributions').set('accept', 'text/csv').send({ text }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const rows = parse(res.text, { columns: true, bom: false }) as Record<string, string>[];
    expect(json.quotes.length).toBeGreaterThan(0);
    expect(rows).toEqual(json.quotes.map((q) => asRow(q, json)));
    for (const row of rows) expect(text.slice(Number(row['start']), Number(row['end']))).toContain(row['text']);
  });

  it('keeps JSON when JSON is preferred, and for text/plain bodies too', async () => {
    const text = fs.readFileSync(path.join(SEEDS, SEED_FILES[0] as string), 'utf8');
    const json = await supertest(app.server).post('/v1/attributions').set('accept', 'text/csv;q=0.5, application/json').send({ text }).expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const csv = await supertest(app.server).post('/v1/attributions').set('content-type', 'text/plain').set('accept', 'text/csv').send(text).expect(200);
    expect(csv.text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });
});
