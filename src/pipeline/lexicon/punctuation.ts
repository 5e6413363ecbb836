/** Punctuation the engine reads: quotation marks, the marks a quote may open after, dashes. */
import { WordList, WordMap } from './word-list';

export type QuoteFamily = 'double' | 'single';

export interface QuoteMark {
  readonly family: QuoteFamily;
  /** The mark can only open (“ ‘ « „ ‚ ‹), only close (” » ’ ›), or is straight (" '). */
  readonly role: 'open' | 'close' | 'either';
}

/** Quotation marks by code point. */
export const QUOTE_MARKS: ReadonlyMap<number, QuoteMark> = new WordMap<number, QuoteMark>([
  [0x201c, { family: 'double', role: 'open' }], // “
  [0x201e, { family: 'double', role: 'open' }], // „
  [0x00ab, { family: 'double', role: 'either' }], // « (opens in French and English use, closes »…« in German)
  [0x201d, { family: 'double', role: 'close' }], // ”
  [0x00bb, { family: 'double', role: 'either' }], // » (closes «…», opens »…«)
  [0x0022, { family: 'double', role: 'either' }], // "
  [0x2018, { family: 'single', role: 'open' }], // ‘
  [0x201a, { family: 'single', role: 'open' }], // ‚
  [0x2039, { family: 'single', role: 'open' }], // ‹
  [0x2019, { family: 'single', role: 'close' }], // ’
  [0x203a, { family: 'single', role: 'close' }], // ›
  [0x0027, { family: 'single', role: 'either' }], // '
]);

/** Code points after which a quotation mark opens, as after a space: ( [ { – — - / */
export const OPENING_PUNCT: ReadonlySet<number> = new WordList([0x28, 0x5b, 0x7b, 0x2013, 0x2014, 0x2d, 0x2f]);

/** Dashes as tokens: a credit line ("“…” – Jane Doe") or an aside ("Jane Doe — in a statement — said"). */
export const DASHES: ReadonlySet<string> = new WordList(['–', '—', '-', '―', '--']);

/** Single marks that can close a quoted title or phrase inside a quotation: ’ ' ‘ (a typo'd closer). */
export const SINGLE_CLOSERS: ReadonlySet<string> = new WordList(['’', "'", '‘']);

/** Marks (and spaces) that may close a quote token's text: what stands inside them ends the quoted words. */
export const QUOTE_CLOSING_MARKS: ReadonlySet<string> = new WordList(['”', '"', '’', "'", ' ']);
