import { NOUN_TAGS } from '../lexicon/tags';
import type { Token } from '../types';
import type { MentionInput } from './context';
import { isWord, type MentionDraft } from './shared';

const AGE_DESCRIPTION = /^\d{1,3}-year-old$/u;
const DEMONYM_NOUN = /^(?:dutch|french|english|irish|welsh|scots|cornish|manx|swiss)(?:wo)?man$|^(?:scot|brit|swede|dane|finn|pole|spaniard|turk|kiwi|aussie)$/u;

/**
 * Extractor 3: descriptions that refer back to a named person — "the 23-year-old", "the Dutchman" —
 * outside names and role phrases.
 */
export function findDescriptions(input: MentionInput, inName: Uint8Array, inRole: Uint8Array): MentionDraft[] {
  const { tokens } = input;
  const found: MentionDraft[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const det = tokens[i - 1] as Token;
    if (det.kind !== 'word' || det.norm !== 'the' || det.sentence !== t.sentence || inName[i] || inRole[i]) continue;
    const age = t.kind === 'number' && AGE_DESCRIPTION.test(t.text);
    const demonym = isDemonymDescription(tokens, i, input.cueTokens);
    if (!age && !demonym) continue;
    found.push({
      kind: 'role',
      first: i - 1,
      last: i + 1,
      name: [],
      honorific: null,
      title: t.norm,
      head: age ? 'year-old' : t.norm,
      gender: /woman$/u.test(t.norm) ? 'female' : /man$/u.test(t.norm) ? 'male' : null,
      possessive: t.possessive,
      pronoun: null,
      definite: true,
      plural: false,
    });
  }
  return found;
}

/** "the Dutchman told…", "the Brazilian said": a nationality used as a noun, after "the". */
export function isDemonymDescription(tokens: readonly Token[], i: number, cueTokens: ReadonlySet<number>): boolean {
  const t = tokens[i];
  const det = tokens[i - 1];
  if (!isWord(t) || !t.capitalised || !isWord(det) || det.norm !== 'the' || det.sentence !== t.sentence) return false;
  if (!t.tags.includes('Demonym') && !DEMONYM_NOUN.test(t.norm)) return false;
  const next = tokens[i + 1];
  // "the Dutch government", "the French Open": the demonym is an adjective there.
  return !(isWord(next) && next.sentence === t.sentence && (next.capitalised || (!cueTokens.has(i + 1) && next.tags.some((x) => NOUN_TAGS.has(x)))));
}
