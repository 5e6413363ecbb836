import { CLAIM_HEADS, CLAIM_LINKERS, CLAIM_NOUNS, MOTTO_NOUNS, REPLY_LINKING_VERBS, REPLY_NOUNS, SPEECH_NOUNS } from '../lexicon/speech-verbs';
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
    // "X’s “…” speech" (the noun after the quote), else "X’s assertion that “…”" (the noun before it).
    const nounAfter = after?.kind === 'word' && SPEECH_NOUNS.has(after.norm) && after.sentence === (doc.tokens[qt] as Token).sentence;
    const owner = nounAfter ? possessorBefore(doc, qt) : (ownerOfClaimBefore(doc, qt) ?? ownerOfCopularClaim(doc, qt) ?? ownerOfWords(doc, qt));
    return owner ? makeLink(q, 'possessive-speech', owner.index, null) : null;
  },
};

/**
 * `Ruiz’s recent assertion that “hundreds” …` · `Reed’s clarion call for a “fresh start”` — the
 * possessor of a noun of saying just before the quote said it.
 */
function ownerOfClaimBefore(doc: Parameters<Sieve['link']>[1]['doc'], qt: number): Mention | null {
  let i = qt - 1;
  for (let hops = 0; hops < CLAIM_LINK_LIMIT && doc.tokens[i]?.kind === 'word' && CLAIM_LINKERS.has((doc.tokens[i] as Token).norm); hops++) i--;
  const noun = doc.tokens[i];
  // "Reed’s remarks “have done harm”": with nothing between, the quote is said about the remarks, not by their owner.
  const link = doc.tokens[i + 1];
  if (i === qt - 1 || link?.kind !== 'word' || !CLAIM_HEADS.has(link.norm)) return null;
  if (!noun || noun.kind !== 'word' || !CLAIM_NOUNS.has(noun.norm) || noun.sentence !== (doc.tokens[qt] as Token).sentence) return null;
  return possessorBefore(doc, i);
}

/**
 * `The senator’s answer was that “…”` · `Ruiz’s campaign slogan is “…”` — a possessor's noun of
 * saying, a form of "be" and "that" (none after a motto noun), with the quote as its content.
 */
function ownerOfCopularClaim(doc: Parameters<Sieve['link']>[1]['doc'], qt: number): Mention | null {
  let i = qt - 1;
  const that = doc.tokens[i]?.norm === 'that';
  if (that) i--;
  const be = doc.tokens[i];
  const noun = doc.tokens[i - 1];
  if (be?.kind !== 'word' || !REPLY_LINKING_VERBS.has(be.norm) || be.norm === 'came' || be.norm === 'comes') return null;
  if (!noun || noun.kind !== 'word' || noun.sentence !== (doc.tokens[qt] as Token).sentence) return null;
  // "Ruiz’s description was “false”" is someone's verdict on it; only a motto needs no "that".
  if (!(MOTTO_NOUNS.has(noun.norm) || (that && (REPLY_NOUNS.has(noun.norm) || SPEECH_NOUNS.has(noun.norm) || CLAIM_NOUNS.has(noun.norm))))) return null;
  return possessorBefore(doc, i - 1);
}

/** `In the Ledger’s words, “…”` · `in her own words: “…”` — the possessor of "words" right before the quote. */
function ownerOfWords(doc: Parameters<Sieve['link']>[1]['doc'], qt: number): Mention | null {
  const stop = doc.tokens[qt - 1];
  if (stop?.text !== ',' && stop?.text !== ':') return null;
  if (doc.tokens[qt - 2]?.norm !== 'words') return null;
  const owner = possessorBefore(doc, qt - 2);
  const before = owner ? owner.first - (doc.tokens[owner.first - 1]?.norm === 'the' ? 2 : 1) : -1;
  return owner && doc.tokens[before]?.norm === 'in' ? owner : null;
}

/** How many linking words ("for a", "that") may stand between a claim noun and its quote. */
const CLAIM_LINK_LIMIT = 2;

/** The possessive mention just before token `at`, over a few lower-case modifiers. */
function possessorBefore(doc: Parameters<Sieve['link']>[1]['doc'], at: number): Mention | null {
  const sentence = (doc.tokens[at] as Token).sentence;
  for (let i = at - 1; i >= 0 && at - i <= MODIFIER_LIMIT + 1; i--) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence) return null;
    const owners = doc.mentionsEndingAt.get(i) ?? [];
    const owner = owners.map((k) => doc.mentions[k] as Mention).find((m) => m.possessive && m.kind !== 'author');
    if (owner) return owner;
    if (t.kind === 'punct' || t.kind === 'quote' || t.capitalised) return null;
  }
  return null;
}
