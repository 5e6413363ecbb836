import type { Paragraph } from '../types';
import { makeLink, type Sieve } from './sieve';
import { cuesBefore, subjectOf } from './syntax';

/** `Sir Alan said:` ⏎ `“…”` — the cue sentence ends the paragraph before the quote. */
export const colonPreviousParagraph: Sieve = {
  name: 'colon-previous-paragraph',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const p = doc.paragraphs[q.paragraph] as Paragraph;
    if (q.outerStart !== p.start) return null;
    const colon = doc.tokens[qt - 1];
    if (!colon || colon.text !== ':' || colon.paragraph !== q.paragraph - 1) return null;
    for (const cue of cuesBefore(doc, qt - 1).slice(0, 2)) {
      const subject = subjectOf(doc, cue);
      if (subject && subject.mention.kind !== 'author') {
        return makeLink(q, 'colon-previous-paragraph', subject.mention.index, cue.index);
      }
    }
    return null;
  },
};
