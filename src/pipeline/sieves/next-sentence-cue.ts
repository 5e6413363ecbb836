import type { Cue, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { isFiller, mentionStartingAt } from './syntax';

/** `“We will win.” Mr Smith said.` — a bare attribution sentence right after the quote. */
export const nextSentenceCue: Sieve = {
  name: 'next-sentence-cue',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const next = doc.tokens[qt + 1];
    if (!next || next.paragraph !== q.paragraph || next.sentence === (doc.tokens[qt] as Token).sentence) return null;
    const m = mentionStartingAt(doc, qt + 1);
    if (!m || m.kind === 'author') return null;
    let j = m.last;
    while (isFiller(doc.tokens[j])) j++;
    const c = doc.cueAt[j] ?? -1;
    if (c < 0) return null;
    const cue = doc.cues[c] as Cue;
    const end = doc.tokens[cue.last];
    // The sentence must end right after the verb: "Mr Smith said." and not "Mr Smith said the …".
    if (end && end.sentence === next.sentence && !(end.kind === 'punct' && /^[.!?]$/u.test(end.text))) return null;
    return makeLink(q, 'next-sentence-cue', m.index, cue.index);
  },
};
