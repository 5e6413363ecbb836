import type { Paragraph } from '../types';
import { makeLink, type Sieve } from './sieve';
import { speakingSubject } from './sentence-subject';
import { cuesBefore, mentionStartingAt, subjectOf } from './syntax';

/** `Sir Alan said:` ⏎ `“…”` · `Stated Stone:` ⏎ `“…”` — the cue sentence ends the paragraph before the quote. */
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
      // "Stated Stone:" — an inverted cue whose speaker closes the paragraph at the colon.
      const inverted = mentionStartingAt(doc, cue.last);
      if (inverted && inverted.last === qt - 1 && inverted.kind !== 'pronoun' && inverted.kind !== 'author') {
        return makeLink(q, 'colon-previous-paragraph', inverted.index, cue.index);
      }
    }
    // `Pike then listed the tests a nominee must pass:` ⏎ `“…”` — no reporting verb, but the
    // sentence's subject introduces what follows.
    const subject = speakingSubject(ctx, qt - 1);
    return subject === null ? null : makeLink(q, 'colon-previous-paragraph', subject.index, null);
  },
};
