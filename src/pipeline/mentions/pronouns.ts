import { POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { PRONOUNS } from '../lexicon/pronouns';
import type { Token } from '../types';
import type { MentionInput } from './context';
import { isWord, type MentionDraft } from './shared';

const CONTRACTION = /^(\p{L}+)[’'](?:[dms]|re|ve|ll)$/u;

/** A pronoun's base form: "she" for "she’s", "they" for "they’ll". */
export function pronounBase(t: Token): string {
  const lower = t.text.toLowerCase();
  return CONTRACTION.exec(lower)?.[1] ?? lower;
}

/** Extractor 4: pronouns outside names; "I" and "me" are the author, "we" stays a pronoun. */
export function findPronouns(input: MentionInput, inName: Uint8Array): MentionDraft[] {
  const { tokens } = input;
  const found: MentionDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t) || inName[i]) continue;
    const base = pronounBase(t);
    const info = PRONOUNS.get(base);
    if (!info) continue;
    const author = info.person === 1 && base !== 'we';
    found.push({
      kind: author ? 'author' : 'pronoun',
      first: i,
      last: i + 1,
      name: [],
      honorific: null,
      title: null,
      head: null,
      gender: info.gender,
      possessive: POSSESSIVE_DETERMINERS.has(base),
      pronoun: base,
      definite: true,
      plural: info.plural,
    });
  }
  return found;
}
