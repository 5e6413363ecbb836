import type { LinkRule, SieveName } from '../rules';
import type { Doc, Link, QuoteSpan, Resolution } from '../types';

export interface SieveContext {
  readonly doc: Doc;
  readonly resolution: Resolution;
  /** Links decided so far, by quote index (earlier quotes are decided first). */
  readonly links: readonly (Link | undefined)[];
  /** Token index of each quote's `quote` token. */
  readonly quoteToken: readonly number[];
}

/** A linking rule: first hit wins; `null` passes the quote on to the next sieve. */
export interface Sieve {
  /** The name LINK_RULES (rules.ts) files this sieve's rules under. */
  readonly name: SieveName;
  link(q: QuoteSpan, ctx: SieveContext): Link | null;
}

export function makeLink(q: QuoteSpan, rule: LinkRule, mention: number | null, cue: number | null, entity: number | null = null): Link {
  return { quote: q.index, mention, cue, rule, entity };
}

/** The entity a link names: its own, or its mention's; null when neither resolves. */
export function linkEntity(link: Link, resolution: Resolution): number | null {
  return link.entity ?? (link.mention === null ? null : (resolution.entityOf[link.mention] ?? null));
}
