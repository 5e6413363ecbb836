import { NEVER_NAMES } from '../lexicon/function-words';
import { HONORIFICS } from '../lexicon/honorifics';
import { FUNCTION_TAGS } from '../lexicon/tags';
import type { Sentence, Token } from '../types';
import { hasAny, roleClass } from './shared';

/** What every mention extractor reads, never mutated. */
export interface MentionInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The first token of every cue. */
  readonly cueTokens: ReadonlySet<number>;
  /** The first word of each sentence, also after a dash or bracket. */
  readonly sentenceStartAt: ReadonlySet<number>;
  /** Words the article capitalises mid-sentence as names. */
  readonly knownNames: ReadonlySet<string>;
}

export function mentionInput(text: string, tokens: readonly Token[], sentences: readonly Sentence[], cueTokens: ReadonlySet<number>): MentionInput {
  const sentenceStartAt = new Set<number>();
  for (const s of sentences) {
    // The first word starts the sentence, also after a dash or bracket; after a quote
    // (“…,” Okafor said) the sentence has already begun.
    let i = s.first;
    while (i < s.last && (tokens[i] as Token).kind === 'punct') i++;
    if ((tokens[i] as Token | undefined)?.kind === 'word') sentenceStartAt.add(i);
  }
  // Words the article capitalises mid-sentence as names ("Goals from Mo Kader…"): at the start
  // of a sentence they are names too ("Kader, who has scored 14 goals, said…").
  const knownNames = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (t.kind === 'word' && t.capitalised && prev.sentence === t.sentence && prev.kind === 'word' && !hasAny(t.tags, FUNCTION_TAGS) && !NEVER_NAMES.has(t.norm) && !HONORIFICS.has(t.norm) && roleClass(t.norm) === null) {
      knownNames.add(t.norm);
    }
  }
  return { text, tokens, cueTokens, sentenceStartAt, knownNames };
}
