import type { Cue, Link, Paragraph, Sentence, Token } from '../types';
import { linkEntity, makeLink, type Sieve } from './sieve';
import { isBackground, isNamingCue, subjectOf } from './syntax';

/** How many earlier quotes (titles, scare quotes) a quote looks back over for its speaker. */
const QUOTE_LOOKBACK = 4;

/**
 * `“It's too early to tell,” said Ada Mertz, who hosts a show called “Deal Room.” “I mean…”` ·
 * `“I saw people fleeing,” she said, speaking by phone. “It was chaos.”` — a quote that opens its
 * sentence with no reporting verb of its own carries on the latest quoted speaker of its paragraph
 * (or of the paragraph before, when it opens its own), unless someone else is reported speaking in
 * between.
 */
export const recentSpeaker: Sieve = {
  name: 'recent-speaker',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const own = doc.sentences[(doc.tokens[qt] as Token).sentence] as Sentence;
    // A partial quote that opens its sentence (“I think what they want is jobs” and other issues) carries on too.
    if (own.first !== qt) return null;
    for (let i = own.first; i < own.last; i++) if ((doc.cueAt[i] ?? -1) >= 0) return null;
    const opensParagraph = (doc.tokens[qt - 1]?.paragraph ?? -1) !== q.paragraph;
    for (let k = q.index - 1; k >= 0 && q.index - k <= QUOTE_LOOKBACK; k--) {
      const p = doc.quotes[k];
      const link = ctx.links[k];
      if (!p || !link) return null;
      if (p.paragraph !== q.paragraph && !(opensParagraph && p.paragraph === q.paragraph - 1)) return null;
      if ((doc.paragraphs[p.paragraph] as Paragraph).isCaption) return null;
      const entity = linkEntity(link, ctx.resolution);
      if (entity === null) {
        // An unattributed quote of its own sentence has an unknown speaker, and so has ours; one inside
        // a sentence (a title: "a show called “Deal Room.”") is looked past.
        if (p.kind === 'direct' && opensSentence(ctx, k)) return null;
        continue;
      }
      return spokenBetween(ctx, ctx.quoteToken[k] as number, qt, link, entity) ? null : makeLink(q, 'recent-speaker', link.mention, link.cue, entity);
    }
    return null;
  },
};

/** Does someone other than `entity` report speech between the two quote tokens? */
function spokenBetween(ctx: Parameters<Sieve['link']>[1], from: number, to: number, link: Link, entity: number): boolean {
  const { doc } = ctx;
  for (let i = from + 1; i < to; i++) {
    const c = doc.cueAt[i] ?? -1;
    if (c < 0 || c === link.cue) continue;
    const cue = doc.cues[c] as Cue;
    if (cue.first !== i || cue.form === 'according' || cue.form === 'participle' || isNamingCue(cue)) continue;
    const subject = subjectOf(doc, cue);
    if (!subject || isBackground(doc, subject.mention)) continue;
    const other = ctx.resolution.entityOf[subject.mention.index] ?? null;
    if (other !== entity) return true;
  }
  return false;
}

function opensSentence(ctx: Parameters<Sieve['link']>[1], quote: number): boolean {
  const qt = ctx.quoteToken[quote] as number;
  return (ctx.doc.sentences[(ctx.doc.tokens[qt] as Token).sentence] as Sentence).first === qt;
}
