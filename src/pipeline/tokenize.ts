import { ABBREVIATIONS, AFTER_COMMA_CONJUNCTIONS, CLAUSE_CONJUNCTIONS } from './lexicon/function-words';
import { isSpace } from './find-paragraphs';
import { lexicalTags } from './parse';
import type { Paragraph, QuoteSpan, Sentence, Token, TokenKind } from './types';

// Linear: each repetition of the group starts with a separator the first part cannot match.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-‑][\p{L}\p{M}\p{N}]+)*/uy;
const POSSESSIVE = /(?:[’']s|[’'])$/u;

interface RawToken {
  kind: TokenKind;
  start: number;
  end: number;
  paragraph: number;
  quote: number | null;
}

export interface Tokens {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

/**
 * Words and punctuation outside quotes, and one `quote` token per quotation, split into
 * sentences and clauses: `“Yes,” he said.` → [quote, he, said, .].
 */
export function tokenize(text: string, paragraphs: readonly Paragraph[], quotes: readonly QuoteSpan[]): Tokens {
  const raw: RawToken[] = [];
  let q = 0;
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      while (q < quotes.length && (quotes[q] as QuoteSpan).outerStart < i) q++;
      const quote = quotes[q];
      if (quote && quote.outerStart === i) {
        raw.push({ kind: 'quote', start: quote.outerStart, end: quote.outerEnd, paragraph: p.index, quote: quote.index });
        i = Math.max(quote.outerEnd, i + 1);
        q++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      const limit = quote && quote.paragraph === p.index ? Math.min(quote.outerStart, p.end) : p.end;
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      if (m && m.index === i) {
        let end = Math.min(i + m[0].length, limit);
        // "Tories’ plan": a trailing apostrophe after s is a possessive, part of the word.
        const next = text.charCodeAt(end);
        if ((next === 0x2019 || next === 0x27) && end < limit && /s$/iu.test(text.slice(i, end))) {
          const after = end + 1 < limit ? text.charCodeAt(end + 1) : -1;
          if (after === -1 || isSpace(after) || !/[\p{L}\p{N}]/u.test(String.fromCharCode(after))) end++;
        }
        raw.push({ kind: /^\p{N}/u.test(m[0]) ? 'number' : 'word', start: i, end, paragraph: p.index, quote: null });
        i = end;
        continue;
      }
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < limit ? 2 : 1;
      raw.push({ kind: 'punct', start: i, end: i + width, paragraph: p.index, quote: null });
      i += width;
    }
  }
  return segment(text, raw, quotes);
}

function segment(text: string, raw: readonly RawToken[], quotes: readonly QuoteSpan[]): Tokens {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let clause = 0;
  let sentenceFirst = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawToken;
    const prev = raw[i - 1];
    const surface = text.slice(r.start, r.end);
    const lower = surface.toLowerCase();
    if (prev && prev.paragraph !== r.paragraph) {
      sentences.push({ index: sentence, paragraph: prev.paragraph, first: sentenceFirst, last: i });
      sentence++;
      clause++;
      sentenceFirst = i;
    } else if (prev && endsSentence(text, raw, i - 1, quotes)) {
      sentences.push({ index: sentence, paragraph: prev.paragraph, first: sentenceFirst, last: i });
      sentence++;
      clause++;
      sentenceFirst = i;
    } else if (
      (r.kind === 'punct' && surface === ';') ||
      (r.kind === 'word' && CLAUSE_CONJUNCTIONS.has(lower)) ||
      (r.kind === 'word' && AFTER_COMMA_CONJUNCTIONS.has(lower) && prev && text.slice(prev.start, prev.end) === ',')
    ) {
      clause++;
    }
    const possessive = r.kind === 'word' && POSSESSIVE.test(surface) && surface.length > 2;
    const norm = possessive ? lower.replace(POSSESSIVE, '') : lower;
    tokens.push({
      index: i,
      kind: r.kind,
      text: surface,
      norm,
      start: r.start,
      end: r.end,
      paragraph: r.paragraph,
      sentence,
      clause,
      quote: r.quote,
      capitalised: r.kind === 'word' && /^\p{Lu}/u.test(surface),
      possessive,
      tags: r.kind === 'word' ? lexicalTags(norm) : [],
    });
  }
  if (raw.length > 0) {
    sentences.push({ index: sentence, paragraph: (raw[raw.length - 1] as RawToken).paragraph, first: sentenceFirst, last: raw.length });
  }
  return { tokens, sentences };
}

/** Does the sentence end after token `i`? */
function endsSentence(text: string, raw: readonly RawToken[], i: number, quotes: readonly QuoteSpan[]): boolean {
  const t = raw[i] as RawToken;
  const next = raw[i + 1];
  if (!next || next.paragraph !== t.paragraph) return true;
  const nextText = text.slice(next.start, next.end);
  const nextStartsSentence = next.kind === 'quote' || /^[\p{Lu}\p{N}]/u.test(nextText);
  if (t.kind === 'quote') {
    const q = quotes[t.quote as number] as QuoteSpan;
    const last = text.slice(q.end - 1, q.end);
    if (next.kind === 'quote') return true;
    return /[.!?…]/u.test(last) && nextStartsSentence;
  }
  if (t.kind !== 'punct') return false;
  const surface = text.slice(t.start, t.end);
  if (!/^[.!?…]$/u.test(surface)) return false;
  if (!nextStartsSentence) return false;
  if (surface === '.') {
    // "D-N.M.", "U.S.": a full stop with no space after it is inside an abbreviation.
    if (next.start === t.end) return false;
    const prev = raw[i - 1];
    if (prev && prev.end === t.start && prev.kind === 'word') {
      const word = text.slice(prev.start, prev.end);
      if (ABBREVIATIONS.has(word.toLowerCase())) return false;
      if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
    }
  }
  return true;
}
