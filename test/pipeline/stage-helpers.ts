import { buildCueLexicon, findCues } from '../../src/pipeline/find-cues';
import { findMentions } from '../../src/pipeline/find-mentions';
import { findParagraphs } from '../../src/pipeline/find-paragraphs';
import { findQuotes } from '../../src/pipeline/find-quotes';
import { resolveSpeakers } from '../../src/pipeline/resolve-speakers';
import { tokenize } from '../../src/pipeline/tokenize';
import type { Mention, Resolution } from '../../src/pipeline/types';

/** The stages up to speaker resolution, run through their public functions on one text. */
export function runToResolution(text: string): { mentions: Mention[]; resolution: Resolution } {
  const paragraphs = findParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const { tokens, sentences } = tokenize(text, paragraphs, quotes);
  const cues = findCues(tokens, buildCueLexicon());
  const mentions = findMentions(text, tokens, sentences, new Set(cues.map((c) => c.first)));
  const resolution = resolveSpeakers(text, tokens, mentions, cues, paragraphs);
  return { mentions, resolution };
}
