import type { Token } from '../types';
import type { MentionInput } from './context';
import { isWord, type MentionDraft } from './shared';

/**
 * Extractor 6: the relative pronoun that opens a clause about someone just named — "Marsh**, who**
 * said", "from Rikkie Wells **who** tweeted". It is a mention of that person: the resolver points
 * it at the mention it follows, so a quote reported in the relative clause is tied to the word
 * that stands for its speaker there.
 */
export function findRelatives(input: MentionInput, inName: Uint8Array): MentionDraft[] {
  const { tokens } = input;
  const found: MentionDraft[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t) || t.norm !== 'who' || t.capitalised || inName[i]) continue;
    const before = tokens[i - 1] as Token;
    // After a comma or a name only: "a candidate who promised …" is a restrictive clause, part of its noun phrase.
    if (before.sentence !== t.sentence || !(before.text === ',' || inName[i - 1] === 1)) continue;
    found.push({
      kind: 'pronoun', first: i, last: i + 1, name: [], honorific: null, title: null, head: null, gender: null,
      possessive: false, pronoun: 'who', definite: true, plural: false,
    });
  }
  return found;
}
