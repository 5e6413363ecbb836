import { SENTENCE_OPENERS } from '../lexicon/function-words';
import { CLAUSE_PRONOUNS } from '../lexicon/pronouns';
import { FINITE_VERB_TAGS } from '../lexicon/tags';
import type { Mention, Token } from '../types';
import { linkEntity, makeLink, type Sieve, type SieveContext } from './sieve';
import { isFiller, mentionStartingAt, SPEAKER_SUBJECT_KINDS } from './syntax';

/** How far into its sentence a quote may sit for the sentence's subject to be its speaker. */
const SUBJECT_REACH = 25;
/** The longest opening phrase ("In a TV interview later that day,") a subject may follow. */
const LEADING_PHRASE_LIMIT = 10;

/**
 * `Ortiz defended his manager as a “very decent man” on Tuesday.` · `She rails against its “wall of
 * protectionism”.` — a quote inside a sentence that opens with a person and their verb, and has no
 * reporting verb for it, is that person's words.
 */
export const sentenceSubject: Sieve = {
  name: 'sentence-subject',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const s = doc.sentences[(doc.tokens[qt] as Token).sentence];
    if (!s || qt - s.first > SUBJECT_REACH) return null;
    let i = s.first;
    while (doc.tokens[i]?.kind === 'punct') i++;
    if (SENTENCE_OPENERS.has(doc.tokens[i]?.norm ?? '') && !mentionStartingAt(doc, i)) i++;
    const subject =
      clauseSubject(ctx, mentionStartingAt(doc, i), qt) ??
      clauseSubject(ctx, subjectAfterLeadingPhrase(ctx, i, qt), qt) ??
      relativeSubject(ctx, s.first, qt);
    return subject === null ? null : makeLink(q, 'sentence-subject', subject.index, null);
  },
};

/**
 * `In a TV interview later that day, Ruiz went further: “…”` · `Asked about it, she demurred: “…”` —
 * the mention right after a short opening phrase and its comma, when the phrase holds no mention.
 */
function subjectAfterLeadingPhrase(ctx: SieveContext, first: number, qt: number): Mention | null {
  const { doc } = ctx;
  if (mentionStartingAt(doc, first)) return null;
  for (let k = first; k < qt && k - first <= LEADING_PHRASE_LIMIT; k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind === 'quote') return null;
    if (t.text === ',') return mentionStartingAt(doc, k + 1);
  }
  return null;
}

/** The subject mention if it is a speaker's, followed by its finite verb, with no quote between verb and `qt`. */
function clauseSubject(ctx: SieveContext, subject: Mention | null, qt: number): Mention | null {
  const { doc } = ctx;
  if (!subject || !SPEAKER_SUBJECT_KINDS.has(subject.kind) || subject.possessive || subject.last >= qt) return null;
  if (subject.kind === 'pronoun' && !CLAUSE_PRONOUNS.has(subject.pronoun ?? '')) return null;
  if ((ctx.resolution.entityOf[subject.index] ?? null) === null) return null;
  let v = subject.last;
  while (isFiller(doc.tokens[v])) v++;
  const verb = doc.tokens[v];
  if (!verb || verb.kind !== 'word' || verb.capitalised || !(looksFinite(verb) || thirdPersonAfterName(verb, subject))) return null;
  // "Ruiz supports “pay raises,” opposes “cuts”": an earlier quote of the clause must be this subject's too.
  const entity = ctx.resolution.entityOf[subject.index] ?? null;
  for (let k = v + 1; k < qt; k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind === 'quote' && (t.quote === null || linkedEntity(ctx, t.quote) !== entity)) return null;
  }
  return subject;
}

/** `Marsh, who has described the developer as “a gambler,”`: the nearest relative pronoun before the quote. */
function relativeSubject(ctx: SieveContext, first: number, qt: number): Mention | null {
  for (let k = qt - 1; k >= first && qt - k <= SUBJECT_REACH; k--) {
    const m = mentionStartingAt(ctx.doc, k);
    if (m?.pronoun === 'who') return clauseSubject(ctx, m, qt);
  }
  return null;
}

/** "defended", "rails": a finite verb by the dictionary, or an unknown word with a verb's ending. */
function looksFinite(t: Token): boolean {
  return t.tags.some((x) => FINITE_VERB_TAGS.has(x)) || (t.tags.length === 0 && /(?:ed|s)$/u.test(t.norm));
}

/** The speaker entity an earlier quote was linked to, or null. */
function linkedEntity(ctx: SieveContext, quote: number): number | null {
  const link = ctx.links[quote];
  return link ? linkEntity(link, ctx.resolution) : null;
}

/** `Ortega lobbies for …`: after a named person, an -s word the dictionary calls a plural noun is the verb. */
function thirdPersonAfterName(t: Token, subject: Mention): boolean {
  return (subject.kind === 'person' || subject.kind === 'name') && !subject.plural && t.tags.includes('Plural') && /[^s]s$/u.test(t.norm);
}
