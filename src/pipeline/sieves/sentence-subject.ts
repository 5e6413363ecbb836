import { THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns';
import { FINITE_VERB_TAGS } from '../lexicon/tags';
import type { Mention, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { isFiller, mentionStartingAt } from './syntax';

const SUBJECT_KINDS = new Set<Mention['kind']>(['person', 'name', 'pronoun', 'role']);
/** How far into its sentence a quote may sit for the sentence's subject to be its speaker. */
const SUBJECT_REACH = 25;

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
    const subject = mentionStartingAt(doc, i);
    if (!subject || !SUBJECT_KINDS.has(subject.kind) || subject.possessive || subject.last >= qt) return null;
    if (subject.kind === 'pronoun' && !THIRD_PERSON_SUBJECTS.has(subject.pronoun ?? '')) return null;
    if ((ctx.resolution.entityOf[subject.index] ?? null) === null) return null;
    let v = subject.last;
    while (isFiller(doc.tokens[v])) v++;
    const verb = doc.tokens[v];
    if (!verb || verb.kind !== 'word' || verb.capitalised || !looksFinite(verb)) return null;
    for (let k = v + 1; k < qt; k++) if ((doc.tokens[k] as Token).kind === 'quote') return null;
    return makeLink(q, 'sentence-subject', subject.index, null);
  },
};

/** "defended", "rails": a finite verb by the dictionary, or an unknown word with a verb's ending. */
function looksFinite(t: Token): boolean {
  return t.tags.some((x) => FINITE_VERB_TAGS.has(x)) || (t.tags.length === 0 && /(?:ed|s)$/u.test(t.norm));
}
