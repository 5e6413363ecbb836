import { SPEECH_NOUNS } from '../lexicon/speech-verbs';
import type { Mention, Token } from '../types';
import { makeLink, type Sieve } from './sieve';

const MODIFIER_LIMIT = 3;

/** `Edwin Hart’s infamous 1968 “rivers of blood” speech`: the possessor made the speech. */
export const possessiveSpeech: Sieve = {
  name: 'possessive-speech',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const after = doc.tokens[qt + 1];
    if (!after || after.kind !== 'word' || !SPEECH_NOUNS.has(after.norm) || after.sentence !== (doc.tokens[qt] as Token).sentence) {
      return null;
    }
    for (let i = qt - 1; i >= 0 && qt - i <= MODIFIER_LIMIT + 1; i--) {
      const t = doc.tokens[i] as Token;
      if (t.sentence !== (doc.tokens[qt] as Token).sentence) return null;
      const owners = doc.mentionsEndingAt.get(i) ?? [];
      const owner = owners.map((k) => doc.mentions[k] as Mention).find((m) => m.possessive && m.kind !== 'author');
      if (owner) return makeLink(q, 'possessive-speech', owner.index, null);
      if (t.kind === 'punct' || t.kind === 'quote' || t.capitalised) return null;
    }
    return null;
  },
};
