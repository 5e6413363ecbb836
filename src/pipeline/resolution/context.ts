import type { Cue, Mention, Paragraph, Token } from '../types';

/** What every resolution pass reads: the stages' output and a few indexes over it, never mutated. */
export interface ResolutionInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly cues: readonly Cue[];
  readonly paragraphs: readonly Paragraph[];
  /** Token indexes right before or right after a cue. */
  readonly cueAdjacent: ReadonlySet<number>;
  /** The first token of every cue. */
  readonly cueFirsts: ReadonlySet<number>;
  /** The first mention of each sentence. */
  readonly firstMentionOfSentence: ReadonlyMap<number, number>;
  /** The mentions of each sentence, in reading order. */
  readonly mentionsOfSentence: ReadonlyMap<number, readonly number[]>;
}

export function resolutionInput(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  cues: readonly Cue[],
  paragraphs: readonly Paragraph[],
): ResolutionInput {
  const cueAdjacent = new Set<number>();
  const firstMentionOfSentence = new Map<number, number>();
  const mentionsOfSentence = new Map<number, number[]>();
  for (const m of mentions) {
    const sentence = (tokens[m.first] as Token).sentence;
    if (!firstMentionOfSentence.has(sentence)) firstMentionOfSentence.set(sentence, m.index);
    const list = mentionsOfSentence.get(sentence) ?? [];
    list.push(m.index);
    mentionsOfSentence.set(sentence, list);
  }
  for (const c of cues) {
    cueAdjacent.add(c.first - 1);
    cueAdjacent.add(c.last);
  }
  const cueFirsts = new Set(cues.map((c) => c.first));
  return { text, tokens, mentions, cues, paragraphs, cueAdjacent, cueFirsts, firstMentionOfSentence, mentionsOfSentence };
}

/** A person or a bare name with name tokens: what the name passes resolve. */
export function isNamed(m: Mention): boolean {
  return (m.kind === 'person' || m.kind === 'name') && m.name.length > 0;
}
