import type { Cue, Doc, Mention, Paragraph, QuoteSpan, Sentence, Token } from './types';

/** Indexes the stage outputs so that sieves look things up in constant time. */
export function buildDoc(
  text: string,
  paragraphs: readonly Paragraph[],
  quotes: readonly QuoteSpan[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  cues: readonly Cue[],
  mentions: readonly Mention[],
): Doc {
  const cueAt = new Array<number>(tokens.length).fill(-1);
  for (const c of cues) for (let i = c.first; i < c.last; i++) cueAt[i] = c.index;
  const mentionsEndingAt = new Map<number, number[]>();
  const mentionsStartingAt = new Map<number, number[]>();
  for (const m of mentions) {
    const ending = mentionsEndingAt.get(m.last - 1) ?? [];
    ending.push(m.index);
    mentionsEndingAt.set(m.last - 1, ending);
    const starting = mentionsStartingAt.get(m.first) ?? [];
    starting.push(m.index);
    mentionsStartingAt.set(m.first, starting);
  }
  return { text, paragraphs, quotes, tokens, sentences, cues, mentions, cueAt, mentionsEndingAt, mentionsStartingAt };
}
