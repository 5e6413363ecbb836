import { makeLink, type Sieve } from './sieve';

const SCARE_MARKERS = new Set(['so-called', 'so‑called', 'self-styled', 'self-proclaimed', 'quote-unquote', 'alleged']);

/** "the so-called “revolving door problem”": the writer's distance, nobody's words. */
export const scareQuote: Sieve = {
  name: 'scare-quote',
  link(q, ctx) {
    const before = ctx.doc.tokens[(ctx.quoteToken[q.index] as number) - 1];
    if (before && before.kind === 'word' && SCARE_MARKERS.has(before.norm)) return makeLink(q, 'scare-quote', null, null);
    return null;
  },
};
