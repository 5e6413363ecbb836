import type { FastifyInstance } from 'fastify';
import { charsetOf } from '../../src/http/charsets';
import { recordingEngine, startApp } from './helpers';

const ARTICLE = '“Ça va,” she said.'; // 18 UTF-16 code units: curly quotes and a non-ASCII letter

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}
const BOM_LE = Buffer.from([0xff, 0xfe]);
const BOM_BE = Buffer.from([0xfe, 0xff]);
// Windows-1252: 0x93/0x94 are the curly quotes, 0xC7 is Ç.
const CP1252 = Buffer.concat([Buffer.from([0x93]), Buffer.from('\xC7a va,', 'latin1'), Buffer.from([0x94]), Buffer.from(' she said.', 'latin1')]);

describe('declared charsets', () => {
  let app: FastifyInstance;
  let engine: ReturnType<typeof recordingEngine>;
  let url: string;
  beforeEach(async () => {
    engine = recordingEngine();
    app = await startApp({}, { engine });
    url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/v1/attributions`;
  });
  afterEach(() => app.close());
  /** The bytes as they are (supertest would serialise a Buffer under a JSON content type). */
  const post = async (contentType: string, body: Buffer) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    const json = (await res.json()) as { meta: { characters: number }; code: string; detail: string; requestId: string };
    return { status: res.status, body: json, headers: Object.fromEntries(res.headers) };
  };

  it.each([
    ['no charset (UTF-8)', 'text/plain', Buffer.from(ARTICLE, 'utf8')],
    ['utf-8', 'text/plain; charset=utf-8', Buffer.from(ARTICLE, 'utf8')],
    ['UTF-16 with a little-endian BOM', 'text/plain; charset=utf-16', Buffer.concat([BOM_LE, Buffer.from(ARTICLE, 'utf16le')])],
    ['UTF-16 with a big-endian BOM', 'text/plain; charset=UTF-16', Buffer.concat([BOM_BE, utf16be(ARTICLE)])],
    ['utf-16le without BOM', 'text/plain; charset=utf-16le', Buffer.from(ARTICLE, 'utf16le')],
    ['utf-16be without BOM', 'text/plain;charset="utf-16be"', utf16be(ARTICLE)],
    ['windows-1252', 'text/plain; charset=windows-1252', CP1252],
    ['iso-8859-1 (read as Windows-1252, as browsers do)', 'text/plain; charset=ISO-8859-1', CP1252],
  ])('text/plain in %s is decoded to the article', async (_name, contentType, body) => {
    const res = await post(contentType, body);
    expect(res.status).toBe(200);
    expect(engine.calls[0]?.text).toBe(ARTICLE);
    expect(res.body.meta.characters).toBe(ARTICLE.length);
  });

  it('JSON in UTF-16 with a BOM is decoded too', async () => {
    const json = JSON.stringify({ text: ARTICLE });
    const res = await post('application/json; charset=utf-16', Buffer.concat([BOM_LE, Buffer.from(json, 'utf16le')]));
    expect(res.status).toBe(200);
    expect(engine.calls[0]?.text).toBe(ARTICLE);
  });

  it('415 naming the supported charsets for another charset', async () => {
    const res = await post('text/plain; charset=shift_jis', Buffer.from('abc'));
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.body.detail).toContain('"shift_jis"');
    expect(res.body.detail).toMatch(/UTF-8.*UTF-16.*ISO-8859-1.*Windows-1252/);
    expect(engine.calls).toHaveLength(0);
  });

  it.each([
    ['text/plain', 'text/plain; charset=utf-8'],
    ['text/plain without charset', 'text/plain'],
    ['JSON', 'application/json'],
  ])('400 INVALID_ENCODING for bytes that are not UTF-8 under %s, never U+FFFD', async (_name, contentType) => {
    const body = contentType === 'application/json' ? Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]) : Buffer.from([0x63, 0x61, 0x66, 0xe9]);
    const res = await post(contentType, body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('INVALID_ENCODING');
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
    expect(engine.calls).toHaveLength(0);
  });

  it('Windows-1252 maps all of 0x80–0x9F as its table does', async () => {
    const res = await post('text/plain; charset=windows-1252', Buffer.from([0x80, 0x85, 0x96, 0x97, 0x9f, 0x81]));
    expect(res.status).toBe(200);
    expect(engine.calls[0]?.text).toBe('€…–—Ÿ\x81');
  });

  it('reads the charset parameter wherever it stands', () => {
    expect(charsetOf('text/plain')).toBeUndefined();
    expect(charsetOf('text/plain; format=flowed; Charset="UTF-16LE"')).toBe('utf-16le');
    expect(charsetOf(undefined)).toBeUndefined();
  });
});
