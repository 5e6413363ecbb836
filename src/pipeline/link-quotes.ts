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
import { quoteSubjectCue } from './sieves/quote-subject-cue';
import { rankedCandidate } from './sieves/ranked-candidate';
import { recentSpeaker } from './sieves/recent-speaker';
import { scareQuote } from './sieves/scare-quote';
import { sentenceSubject } from './sieves/sentence-subject';
import { linkEntity, type Sieve, type SieveContext } from './sieves/sieve';
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
  quoteSubjectCue,
  cueBeforeQuote,
  colonPreviousParagraph,
  trailingCue,
  nextSentenceCue,
  adjacentQuote,
  previousParagraphSpeaker,
  recentSpeaker,
  sentenceSubject,
  rankedCandidate,
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
  return carryBackThroughChains(doc, resolution, links);
}

/**
 * `“The first month was hell.` ⏎ `“After that…,” said Pte Josh Harker.` — when the cue comes in a
 * later paragraph of a multi-paragraph quote, the earlier paragraphs get its speaker too.
 */
function carryBackThroughChains(doc: Doc, resolution: Resolution, links: readonly Link[]): Link[] {
  const out = [...links];
  const chainSpeaker = new Map<number, Link>();
  for (const q of doc.quotes) {
    const head = q.continues ?? q.index;
    const link = out[q.index] as Link;
    const entity = linkEntity(link, resolution);
    if (entity !== null && !chainSpeaker.has(head)) chainSpeaker.set(head, { ...link, entity });
  }
  for (const q of doc.quotes) {
    const link = out[q.index] as Link;
    const source = chainSpeaker.get(q.continues ?? q.index);
    if (link.mention === null && link.entity === null && link.rule === 'no-attribution' && source) {
      out[q.index] = { quote: q.index, mention: source.mention, cue: source.cue, rule: 'multi-paragraph-continuation', entity: source.entity };
    }
  }
  return out;
}
