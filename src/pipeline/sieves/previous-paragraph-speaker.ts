import type { Paragraph, Sentence, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { speakingSubject } from './sentence-subject';
import { mentionStartingAt, subjectOf } from './syntax';

/**
 * `Professor Ian Dunne, who led the trial, said the results were encouraging.` ⏎ `“This is the
 * first time…”` — a quote that opens its sentence, with no reporting verb of its own, right after a
 * sentence that reports someone's speech without quoting it, continues that speaker; so does
 * `Her mother, she says, was her first critic. “She would watch my commercials…”`.
 */
export const previousParagraphSpeaker: Sieve = {
  name: 'previous-paragraph-speaker',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const own = doc.sentences[(doc.tokens[qt] as Token).sentence] as Sentence;
    if (q.kind !== 'direct' || own.first !== qt) return null;
    for (let i = own.first; i < own.last; i++) if ((doc.cueAt[i] ?? -1) >= 0) return null;
    const before = doc.tokens[qt - 1];
    if (!before || q.paragraph - before.paragraph > 1) return null;
    const s = doc.sentences[before.sentence] as Sentence;
    if ((doc.paragraphs[before.paragraph] as Paragraph).isCaption) return null;
    // The previous sentence quotes nobody itself: its reporting verb is free to carry on.
    for (let i = s.first; i < s.last; i++) if ((doc.tokens[i] as Token).kind === 'quote') return null;
    for (let i = s.first; i < s.last; i++) {
      const c = doc.cueAt[i] ?? -1;
      if (c < 0) continue;
      const cue = doc.cues[c];
      if (!cue || cue.first !== i || cue.form === 'according' || cue.form === 'infinitive') continue;
      const subject = subjectOf(doc, cue);
      if (subject && subject.mention.kind !== 'author') return makeLink(q, 'previous-sentence-speaker', subject.mention.index, cue.index);
    }
    // `Quill pressed on. “Would it be negotiable?”` — no reporting verb, but a person opens the
    // sentence with their own verb, and the quote follows straight on in the same paragraph.
    // (Not when a name follows the quote, as in `“…?” Quill pressed.`: that is its speaker.)
    const after = mentionStartingAt(doc, qt + 1);
    if (before.paragraph !== q.paragraph || (after !== null && (doc.tokens[after.first] as Token).paragraph === q.paragraph)) return null;
    const subject = speakingSubject(ctx, s.last - 1);
    return subject === null ? null : makeLink(q, 'previous-sentence-speaker', subject.index, null);
  },
};
