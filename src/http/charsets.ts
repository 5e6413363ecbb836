import { InvalidEncodingError, UnsupportedCharsetError } from './errors';

/**
 * The charsets a newsroom sends, by the label in `Content-Type`, to the WHATWG Encoding name
 * TextDecoder knows. ISO-8859-1 and US-ASCII decode as Windows-1252, as browsers do: text labelled
 * Latin-1 is nearly always Windows-1252 (curly quotes at 0x93/0x94), and the two agree elsewhere.
 */
const CHARSETS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  'windows-1252': 'windows-1252',
  'cp1252': 'windows-1252',
};

/**
 * Windows-1252 at 0x80–0x9F (the rest is Latin-1). Node 20's TextDecoder decodes the label as plain
 * Latin-1, so curly quotes (0x93, 0x94) would come out as C1 control characters; undefined bytes stay
 * the C1 controls they are in WHATWG's table.
 */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

function decodeWindows1252(body: Buffer): string {
  let text = '';
  for (const byte of body) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** For error messages: what a client may declare. */
export const SUPPORTED_CHARSETS = 'UTF-8 (the default), UTF-16 (LE or BE; with a BOM if declared as plain utf-16), ISO-8859-1 and Windows-1252';

/** The `charset` parameter of a Content-Type header, lower-cased; undefined without one. */
export function charsetOf(contentType: string | undefined): string | undefined {
  for (const param of (contentType ?? '').split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    return param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return undefined;
}

/**
 * A request body as text, in the charset its Content-Type declares (UTF-8 without one). Throws
 * UnsupportedCharsetError (415) for another charset and InvalidEncodingError (400) for bytes that are
 * not valid in the declared one: never a silent U+FFFD.
 */
export function decodeBody(body: Buffer, contentType: string | undefined): string {
  const declared = charsetOf(contentType) ?? 'utf-8';
  let encoding = CHARSETS[declared];
  if (!encoding) throw new UnsupportedCharsetError(JSON.stringify(declared), SUPPORTED_CHARSETS);
  // RFC 2781 §4.3: plain "utf-16" names its byte order with a BOM, big-endian without one.
  if (encoding === 'utf-16') encoding = body[0] === 0xff && body[1] === 0xfe ? 'utf-16le' : 'utf-16be';
  if (encoding === 'windows-1252') return decodeWindows1252(body);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    throw new InvalidEncodingError(declared);
  }
}
