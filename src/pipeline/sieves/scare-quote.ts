import { makeLink, type Sieve } from './sieve';

const SCARE_MARKERS = new Set(['so-called', 'so‑called', 'self-styled', 'self-proclaimed', 'quote-unquote', 'alleged']);

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'is', 'my', 'your']);
// Linear: one pass over letters with a single alternation per position.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** "Her single “Blue Skies at Night” topped the charts": a title in title case, nobody's words. */
function isTitleOfWork(text: string): boolean {
  const words = text.match(WORD_RE) ?? [];
  if (words.length < 2 || words.length > 10) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR_WORDS.has(w)));
}

/**
 * "the so-called “revolving door problem”": the writer's distance, nobody's words; likewise the
 * title of a film, song, book or campaign quoted in title case inside a sentence.
 */
export const scareQuote: Sieve = {
  name: 'scare-quote',
  link(q, ctx) {
    const before = ctx.doc.tokens[(ctx.quoteToken[q.index] as number) - 1];
    if (before && before.kind === 'word' && SCARE_MARKERS.has(before.norm)) return makeLink(q, 'scare-quote', null, null);
    if (q.kind === 'partial' && isTitleOfWork(ctx.doc.text.slice(q.start, q.end))) return makeLink(q, 'title-of-work', null, null);
    return null;
  },
};
