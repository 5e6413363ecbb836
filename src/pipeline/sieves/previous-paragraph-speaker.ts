import type { Paragraph, Sentence, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { subjectOf } from './syntax';

/**
 * `Professor Ian Dunne, who led the trial, said the results were encouraging.` ⏎ `“This is the
 * first time…”` — a paragraph that is nothing but a quote, after a paragraph whose last sentence
 * reports someone's speech, continues that speaker.
 */
export const previousParagraphSpeaker: Sieve = {
  name: 'previous-paragraph-speaker',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const p = doc.paragraphs[q.paragraph] as Paragraph;
    if (q.kind !== 'direct' || q.outerStart !== p.start) return null;
    // Nothing but the quote (and closing punctuation) in the paragraph.
    for (let i = qt + 1; i < doc.tokens.length && (doc.tokens[i] as Token).paragraph === p.index; i++) {
      const t = doc.tokens[i] as Token;
      if (t.kind !== 'punct') return null;
    }
    const before = doc.tokens[qt - 1];
    if (!before || before.paragraph !== q.paragraph - 1) return null;
    const s = doc.sentences[before.sentence] as Sentence;
    // The previous sentence quotes nobody itself: its reporting verb is free to carry on.
    for (let i = s.first; i < s.last; i++) if ((doc.tokens[i] as Token).kind === 'quote') return null;
    for (let i = s.first; i < s.last; i++) {
      const c = doc.cueAt[i] ?? -1;
      if (c < 0) continue;
      const cue = doc.cues[c];
      if (!cue || cue.first !== i || cue.form === 'according' || cue.form === 'infinitive') continue;
      const subject = subjectOf(doc, cue);
      if (subject && subject.mention.kind !== 'author') return makeLink(q, 'previous-paragraph-speaker', subject.mention.index, cue.index);
      return null;
    }
    return null;
  },
};
