import type { LinkRule } from '../rules';
import type { Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { cuesBefore, mentionStartingAt, subjectOf } from './syntax';

const CUE_SEARCH_LIMIT = 3;

/**
 * A reporting verb earlier in the quote's sentence, and its subject: `X said: “…”` ·
 * `X told Channel 9 News: “…”` · `…, telling reporters: “…”` · `described it as a “…”` ·
 * `said a “…” and added: “…”` · `According to X, “…”`.
 */
export const cueBeforeQuote: Sieve = {
  name: 'cue-before-quote',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const colon = doc.tokens[qt - 1]?.text === ':';
    const cues = cuesBefore(doc, qt).slice(0, CUE_SEARCH_LIMIT);
    for (const cue of cues) {
      const subject = subjectOf(doc, cue);
      if (subject && !(subject.mention.first > cue.first && cue.form !== 'according')) {
        let rule: LinkRule;
        if (cue.form === 'according') rule = 'according-to';
        else if (subject.via === 'main') rule = cue.form === 'participle' ? 'participle-cue' : 'coordinated-cue';
        else rule = colon ? 'mention-cue-colon' : 'mention-cue-before';
        return makeLink(q, rule, subject.mention.index, cue.index);
      }
      // "said the minister, “…”" in a split quote; "Continued Marsh: “…”" with its colon right before the quote.
      const inverted = mentionStartingAt(doc, cue.last);
      const closer = (doc.tokens[inverted?.last ?? -1] as Token | undefined)?.text;
      const closes = closer === ',' || (closer === ':' && colon && inverted?.last === qt - 1);
      if (inverted && inverted.kind !== 'pronoun' && inverted.kind !== 'author' && closes) {
        return makeLink(q, 'cue-mention-before', inverted.index, cue.index);
      }
      if (cue.form !== 'infinitive' && cue.form !== 'participle') break;
    }
    return null;
  },
};
