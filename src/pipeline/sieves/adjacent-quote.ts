import type { Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { isFiller } from './syntax';

/**
 * `“We are in talks…,” he said.` ⏎ `“At the appropriate time…”` — a quote with no cue of its own
 * that follows straight on a quote of known speaker, with nothing but that attribution between.
 */
export const adjacentQuote: Sieve = {
  name: 'adjacent-quote',
  link(q, ctx) {
    if (q.kind !== 'direct' || q.index === 0) return null;
    const prev = ctx.doc.quotes[q.index - 1];
    const prevLink = ctx.links[q.index - 1];
    if (!prev || !prevLink || q.paragraph - prev.paragraph > 1) return null;
    const entity = prevLink.entity ?? (prevLink.mention === null ? null : ctx.resolution.entityOf[prevLink.mention] ?? null);
    if (entity === null) return null;
    const from = ctx.quoteToken[q.index - 1] as number;
    const to = ctx.quoteToken[q.index] as number;
    const mention = prevLink.mention === null ? null : ctx.doc.mentions[prevLink.mention];
    const cue = prevLink.cue === null ? null : ctx.doc.cues[prevLink.cue];
    for (let i = from + 1; i < to; i++) {
      const t = ctx.doc.tokens[i] as Token;
      if (t.kind === 'punct' || isFiller(t)) continue;
      if (mention && i >= mention.first && i < mention.last) continue;
      if (cue && i >= cue.first && i < cue.last) continue;
      return null;
    }
    return makeLink(q, 'adjacent-quote', prevLink.mention, prevLink.cue, entity);
  },
};
