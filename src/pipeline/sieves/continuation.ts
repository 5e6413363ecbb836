import { linkEntity, makeLink, type Sieve } from './sieve';

/** Multi-paragraph quotes: a paragraph that reopens an unclosed quote continues its speaker. */
export const continuation: Sieve = {
  name: 'continuation',
  link(q, ctx) {
    if (q.continues === null) return null;
    const head = ctx.links[q.continues];
    if (!head) return null;
    const entity = linkEntity(head, ctx.resolution);
    if (entity === null) return null;
    return makeLink(q, 'multi-paragraph-continuation', head.mention, head.cue, entity);
  },
};
