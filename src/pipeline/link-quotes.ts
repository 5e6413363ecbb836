import { adjacentQuote } from './sieves/adjacent-quote';
import { colonPreviousParagraph } from './sieves/colon-previous-paragraph';
import { continuation } from './sieves/continuation';
import { cueAfterQuote } from './sieves/cue-after-quote';
import { cueBeforeQuote } from './sieves/cue-before-quote';
import { dashCredit } from './sieves/dash-credit';
import { dialogueLabel } from './sieves/dialogue-label';
import { nextSentenceCue } from './sieves/next-sentence-cue';
import { possessiveSpeech } from './sieves/possessive-speech';
import { previousParagraphSpeaker } from './sieves/previous-paragraph-speaker';
import { scareQuote } from './sieves/scare-quote';
import type { Sieve, SieveContext } from './sieves/sieve';
import { trailingCue } from './sieves/trailing-cue';
import type { Doc, Link, Resolution } from './types';

/**
 * The sieves in precision order: the most reliable evidence decides first, and each later sieve
 * only sees quotes the earlier ones left open.
 */
export const SIEVES: readonly Sieve[] = [
  scareQuote,
  dialogueLabel,
  dashCredit,
  possessiveSpeech,
  cueAfterQuote,
  continuation,
  cueBeforeQuote,
  colonPreviousParagraph,
  trailingCue,
  nextSentenceCue,
  adjacentQuote,
  previousParagraphSpeaker,
];

/** One link per quote, in reading order, so that continuations can lean on earlier decisions. */
export function linkQuotes(doc: Doc, resolution: Resolution, sieves: readonly Sieve[] = SIEVES): Link[] {
  const quoteToken: number[] = new Array<number>(doc.quotes.length).fill(-1);
  for (const t of doc.tokens) if (t.quote !== null) quoteToken[t.quote] = t.index;
  const links: Link[] = [];
  const ctx: SieveContext = { doc, resolution, links, quoteToken };
  for (const q of doc.quotes) {
    let link: Link | null = null;
    if ((quoteToken[q.index] ?? -1) >= 0) {
      for (const sieve of sieves) {
        link = sieve.link(q, ctx);
        if (link) break;
      }
    }
    links.push(link ?? { quote: q.index, mention: null, cue: null, rule: 'no-attribution', entity: null });
  }
  return links;
}
