import type { Paragraph, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { mentionStartingAt } from './syntax';

/** Transcript lines: `Daughter: “I want to watch TV.”`, `Me: “…”`. */
export const dialogueLabel: Sieve = {
  name: 'dialogue-label',
  link(q, ctx) {
    const qt = ctx.quoteToken[q.index] as number;
    const colon = ctx.doc.tokens[qt - 1];
    if (!colon || colon.text !== ':') return null;
    const p = ctx.doc.paragraphs[q.paragraph] as Paragraph;
    // The label is the paragraph's first word(s) and nothing else stands before the colon.
    let first = qt - 2;
    while (first > 0 && (ctx.doc.tokens[first - 1] as Token).start >= p.start && qt - 1 - first < 3) first--;
    const head = ctx.doc.tokens[first] as Token;
    if (head.start !== p.start) return null;
    const m = mentionStartingAt(ctx.doc, first);
    if (!m || m.last !== qt - 1) return null;
    if (m.kind === 'pronoun' || m.kind === 'organisation') return null;
    // A bare capitalised label is a speaker only when it names a person of the article.
    if (m.kind === 'name') {
      const e = ctx.resolution.entityOf[m.index];
      if (e === null || e === undefined || ctx.resolution.entities[e]?.kind !== 'person') return null;
    }
    return makeLink(q, 'dialogue-label', m.index, null);
  },
};
