import { QUOTE_RUN_JOINERS } from '../lexicon/function-words';
import type { Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { cuesAfter, mentionStartingAt, subjectBefore } from './syntax';

/**
 * The attribution at the end of the quote's sentence: `The UK is in talks with “a number of
 * countries”, Sir Alan Brennan has said.` · `… would “allow us …”, Sir Alan said.`
 */
export const trailingCue: Sieve = {
  name: 'trailing-cue',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    for (const cue of cuesAfter(doc, qt)) {
      if (cue.form === 'according' || cue.form === 'infinitive') continue;
      const subject = subjectBefore(doc, cue);
      if (subject && subject.first > qt && subject.kind !== 'author') {
        // Only a clause-final attribution: "…, X said." not "X said the plan …" mid-sentence.
        const before = doc.tokens[subject.first - 1];
        const after = doc.tokens[cue.last];
        const cueSentence = (doc.tokens[cue.first] as Token).sentence;
        const isFinal = !after || after.sentence !== cueSentence || after.kind === 'punct';
        // "“…,” Sen. Harold Vance, the committee's chairman, told reporters": the subject opens
        // the text after the quote, with a parenthetical before its verb.
        // So does "“…” and “…,” Sen. Harold Vance … proclaimed": the subject after a run of quotes.
        const opensAfterQuote = onlyQuotesBetween(doc, qt, subject.first);
        if (before?.text === ',' || isFinal || opensAfterQuote) return makeLink(q, 'trailing-mention-cue', subject.index, cue.index);
      }
      const inverted = mentionStartingAt(doc, cue.last);
      if (inverted && inverted.kind !== 'pronoun' && inverted.kind !== 'author' && doc.tokens[cue.first - 1]?.text === ',') {
        return makeLink(q, 'trailing-cue-mention', inverted.index, cue.index);
      }
    }
    return null;
  },
};

/** How many tokens a run of coordinated quotes may take: "“…” and “…,” ", "“…,” “…” or “…”". */
const QUOTE_RUN_LIMIT = 8;

/** Do only quotes, commas and "and"/"or" stand between the quote token and the subject? */
function onlyQuotesBetween(doc: Parameters<Sieve['link']>[1]['doc'], qt: number, first: number): boolean {
  if (first - qt > QUOTE_RUN_LIMIT) return false;
  for (let i = qt + 1; i < first; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'quote' || t.text === ',' || (t.kind === 'word' && QUOTE_RUN_JOINERS.has(t.norm))) continue;
    return false;
  }
  return true;
}
