import { DASHES } from '../lexicon/punctuation';
import type { Paragraph, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { mentionStartingAt } from './syntax';

/** Headline and pull-quote credits: `‘Didn’t get process right’ – PM`, `“…” — Jane Doe`. */
export const dashCredit: Sieve = {
  name: 'dash-credit',
  link(q, ctx) {
    const qt = ctx.quoteToken[q.index] as number;
    const dash = ctx.doc.tokens[qt + 1];
    // `“…”` ⏎ `-Jane Doe, tweeting after the speech.`: a quote closing its paragraph, credited on the next line.
    const creditLine = dash !== undefined && dash.paragraph === q.paragraph + 1 && (ctx.doc.tokens[qt - 1]?.paragraph ?? -1) !== q.paragraph;
    if (!dash || !DASHES.has(dash.text) || (dash.paragraph !== q.paragraph && !creditLine)) return null;
    const m = mentionStartingAt(ctx.doc, qt + 2);
    if (!m || m.kind === 'pronoun') return null;
    const after = ctx.doc.tokens[m.last];
    const p = ctx.doc.paragraphs[dash.paragraph] as Paragraph;
    // The credit ends the paragraph, or goes on with the speaker's description: "– Dr X, chief economist at Y".
    const endsParagraph =
      !after || after.paragraph !== p.index || after.text === ',' ||
      (after.kind === 'punct' && (ctx.doc.tokens[m.last + 1] as Token | undefined)?.paragraph !== p.index);
    return endsParagraph ? makeLink(q, 'dash-credit', m.index, null) : null;
  },
};
