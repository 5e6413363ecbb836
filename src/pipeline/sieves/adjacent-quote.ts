import { SENTENCE_OPENERS } from '../lexicon/function-words';
import type { Cue, Token } from '../types';
import { linkEntity, makeLink, type Sieve } from './sieve';
import { isBackground, isFiller, isNamingCue, subjectOf, WINDOW } from './syntax';

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
    const entity = linkEntity(prevLink, ctx.resolution);
    if (entity === null) return null;
    const from = ctx.quoteToken[q.index - 1] as number;
    const to = ctx.quoteToken[q.index] as number;
    // Only the previous quote's own attribution sentence may stand between the two quotes:
    // `“A,” said Sen. Jane Doe, who sponsored the bill. “B.”`
    const { tokens } = ctx.doc;
    // "“B,” Ms Roe said" with a cue of its own that no sieve could resolve: not the last speaker's.
    if (hasOwnCue(ctx, to)) return null;
    // "a show called “Deal Room.”": the quote is the name a naming verb gives, nobody's next words.
    const c0 = ctx.doc.cueAt[to - 1] ?? -1;
    if (c0 >= 0 && isNamingCue(ctx.doc.cues[c0] as Cue)) return null;
    const allowed = new Set<number>([(tokens[from] as Token).sentence]);
    const mention = prevLink.mention === null ? null : ctx.doc.mentions[prevLink.mention];
    const cue = prevLink.cue === null ? null : ctx.doc.cues[prevLink.cue];
    if (mention) allowed.add((tokens[mention.first] as Token).sentence);
    if (cue) allowed.add((tokens[cue.first] as Token).sentence);
    for (let i = from + 1; i < to; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'punct' || isFiller(t) || opensQuoteSentence(ctx, i, to)) continue;
      if (allowed.has(t.sentence)) {
        // …but no other reporting verb in it: "“A,” he said, but Ms Roe replied: “B.”"
        const c = ctx.doc.cueAt[i] ?? -1;
        // "…, according to a translation by the broadcaster." names a source of the text, not a new speaker.
        // "“A,” Pike said, according to the Ledger. “B.”": the verb the source's report stands behind.
        const behindSource = cue?.form === 'according' && (ctx.doc.cues[c]?.last ?? Infinity) <= cue.first;
        // "…, urging the board to explain." reports nobody's words either: an infinitive is no new report.
        const form = ctx.doc.cues[c]?.form;
        if (c >= 0 && c !== prevLink.cue && form !== 'according' && form !== 'infinitive' && !behindSource && !inBackground(ctx, c)) return null;
        continue;
      }
      return null;
    }
    return makeLink(q, 'adjacent-quote', prevLink.mention, prevLink.cue, entity);
  },
};

/** "“A,” Blake said after Ruiz spoke.": a cue in a time or relative clause is background, not a new speaker. */
function inBackground(ctx: Parameters<Sieve['link']>[1], c: number): boolean {
  const cue = ctx.doc.cues[c] as Cue;
  if (isNamingCue(cue)) return true;
  const subject = subjectOf(ctx.doc, cue);
  return subject !== null && isBackground(ctx.doc, subject.mention);
}

/** Does the quote's own sentence have a reporting verb after it? */
function hasOwnCue(ctx: Parameters<Sieve['link']>[1], qt: number): boolean {
  const { doc } = ctx;
  const sentence = (doc.tokens[qt] as Token).sentence;
  for (let i = qt + 1; i < doc.tokens.length && i - qt <= WINDOW; i++) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence || t.kind === 'quote') return false;
    const c = doc.cueAt[i] ?? -1;
    if (c >= 0 && doc.cues[c]?.form === 'finite') return true;
  }
  return false;
}

/** `“A,” he said outside. But “B.”` — a conjunction that opens the quote's own sentence, with only punctuation before the quote. */
function opensQuoteSentence(ctx: Parameters<Sieve['link']>[1], i: number, to: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[i] as Token;
  if (t.kind !== 'word' || !SENTENCE_OPENERS.has(t.norm) || t.sentence !== (tokens[to] as Token).sentence) return false;
  for (let k = i + 1; k < to; k++) if ((tokens[k] as Token).kind !== 'punct') return false;
  return true;
}
