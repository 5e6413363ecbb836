import { ADVERBIAL_SUBORDINATORS, SENTENCE_OPENERS } from '../lexicon/function-words';
import { CLAUSE_PRONOUNS, RELATIVE_PRONOUNS, THIRD_PERSON_PLURALS, THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns';
import { DASHES } from '../lexicon/punctuation';
import { FINITE_VERB_TAGS } from '../lexicon/tags';
import type { Mention, Token } from '../types';
import { linkEntity, makeLink, type Sieve, type SieveContext } from './sieve';
import { isFiller, mentionStartingAt, SPEAKER_SUBJECT_KINDS } from './syntax';

/** How far into its sentence a quote may sit for the sentence's subject to be its speaker. */
const SUBJECT_REACH = 25;
/** How far a named person or a pronoun may reach: a name is a surer subject than a role phrase. */
const NAMED_SUBJECT_REACH = 35;
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
    const qt = ctx.quoteToken[q.index] as number;
    const subject = speakingSubject(ctx, qt);
    return subject === null ? null : makeLink(q, 'sentence-subject', subject.index, null);
  },
};

/**
 * The person who opens the sentence of token `end` with their own finite verb (no reporting verb
 * needed), when `end` stands within reach of the sentence start: the one whose words a quote at
 * `end` carries.
 */
export function speakingSubject(ctx: SieveContext, end: number): Mention | null {
  const { doc } = ctx;
  const s = doc.sentences[(doc.tokens[end] as Token).sentence];
  if (!s || end - s.first > NAMED_SUBJECT_REACH + APPOSITIVE_LIMIT) return null;
  let i = s.first;
  while (doc.tokens[i]?.kind === 'punct') i++;
  if (SENTENCE_OPENERS.has(doc.tokens[i]?.norm ?? '') && !mentionStartingAt(doc, i)) i++;
  const apposed = appositiveSubject(ctx, mentionStartingAt(doc, i), end);
  if (apposed) return end - apposed.verbFrom <= NAMED_SUBJECT_REACH && (end - apposed.verbFrom <= SUBJECT_REACH || apposed.subject.kind !== 'role') ? apposed.subject : null;
  if (end - s.first > NAMED_SUBJECT_REACH) return null;
  const subject =
    clauseSubject(ctx, mentionStartingAt(doc, i), end) ??
    clauseSubject(ctx, subjectAfterLeadingPhrase(ctx, i, end), end) ??
    relativeSubject(ctx, s.first, end) ??
    adverbialSubject(ctx, s.first, end);
  return subject && (end - s.first <= SUBJECT_REACH || subject.kind !== 'role') ? subject : null;
}

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

/** The longest appositive between a subject and its verb: "Ruiz, a farmer from the valley, said". */
const APPOSITIVE_LIMIT = 15;

/**
 * `Ruiz, a farmer from the valley, sent a short note: “…”` — the subject, one appositive
 * between commas (no quote, colon or semicolon in it), then the subject's finite verb: a reporting
 * verb, or any verb when a colon opens the quote.
 */
function appositiveSubject(ctx: SieveContext, subject: Mention | null, qt: number): { subject: Mention; verbFrom: number } | null {
  const { doc } = ctx;
  if (!subject || subject.kind === 'pronoun' || doc.tokens[subject.last]?.text !== ',') return null;
  for (let k = subject.last + 1; k < qt && k - subject.last <= APPOSITIVE_LIMIT; k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind === 'quote' || t.text === ':' || t.text === ';' || DASHES.has(t.text)) return null;
    if (t.text !== ',') continue;
    if (k === subject.last + 1) return null;
    // A word or two in quotes so far from the subject is as often the writer's as the subject's:
    // only a quoted sentence after a colon, or a reporting verb's.
    let v = k + 1;
    while (isFiller(doc.tokens[v])) v++;
    if (doc.tokens[qt - 1]?.text !== ':' && (doc.cueAt[v] ?? -1) < 0) return null;
    // "Ruiz, a lawyer, criticized the plan, which the audit said was “…”": a relative clause's own report.
    for (let j = v + 1; j < qt; j++) if (doc.tokens[j]?.text === ',' && RELATIVE_PRONOUNS.has(doc.tokens[j + 1]?.norm ?? '')) return null;
    const found = clauseSubject(ctx, subject, qt, k + 1);
    return found ? { subject: found, verbFrom: k + 1 } : null;
  }
  return null;
}

/** The subject mention if it is a speaker's, followed by its finite verb, with no quote between verb and `qt`. */
function clauseSubject(ctx: SieveContext, subject: Mention | null, qt: number, verbFrom?: number): Mention | null {
  const { doc } = ctx;
  if (!subject || !SPEAKER_SUBJECT_KINDS.has(subject.kind) || subject.possessive || subject.last >= qt) return null;
  if (subject.kind === 'pronoun' && !CLAUSE_PRONOUNS.has(subject.pronoun ?? '')) return null;
  if ((ctx.resolution.entityOf[subject.index] ?? null) === null) return null;
  let v = verbFrom ?? subject.last;
  while (isFiller(doc.tokens[v])) v++;
  const verb = doc.tokens[v];
  if (!verb || verb.kind !== 'word' || (verb.capitalised && !titleCased(ctx, v, qt))) return null;
  if (!(looksFinite(verb) || thirdPersonAfterName(verb, subject) || pastAfterSubject(verb))) return null;
  // "Ruiz supports “pay raises,” opposes “cuts”": an earlier quote of the clause must be this subject's too.
  const entity = ctx.resolution.entityOf[subject.index] ?? null;
  for (let k = v + 1; k < qt; k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind === 'quote' && (t.quote === null || linkedEntity(ctx, t.quote) !== entity)) return null;
  }
  return subject;
}

/** `That's why he wanted to “…”`, `… because she believed “…”`: the pronoun subject of the nearest adverbial clause. */
function adverbialSubject(ctx: SieveContext, first: number, qt: number): Mention | null {
  for (let k = qt - 1; k > first && qt - k <= SUBJECT_REACH; k--) {
    const t = ctx.doc.tokens[k - 1] as Token;
    if (t.kind !== 'word' || !ADVERBIAL_SUBORDINATORS.has(t.norm)) continue;
    const m = mentionStartingAt(ctx.doc, k);
    // Only "he" or "she": a plural "they" in such a clause is as often the people talked about.
    const p = m?.pronoun ?? '';
    if (m && THIRD_PERSON_SUBJECTS.has(p) && !THIRD_PERSON_PLURALS.has(p)) return clauseSubject(ctx, m, qt);
  }
  return null;
}

/** `Marsh, who has described the developer as “a gambler,”`: the nearest relative pronoun before the quote. */
function relativeSubject(ctx: SieveContext, first: number, qt: number): Mention | null {
  for (let k = qt - 1; k >= first && qt - k <= SUBJECT_REACH; k--) {
    const m = mentionStartingAt(ctx.doc, k);
    if (m?.pronoun === 'who') return clauseSubject(ctx, m, qt);
  }
  return null;
}

/**
 * `Mara Quill Told Us Why The Docks Seemed “Forgotten”` — in a headline in title case every word from the
 * verb to the quote is capitalised, the verb too.
 */
function titleCased(ctx: SieveContext, from: number, qt: number): boolean {
  for (let k = from; k < qt; k++) {
    const t = ctx.doc.tokens[k] as Token;
    if (t.kind === 'quote') return false;
    if (t.kind === 'word' && !t.capitalised && t.norm.length > 3) return false;
  }
  return qt - from >= 2;
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

/** `Vance worried that …`, `he anticipated that …`: right after its subject, an -ed word the dictionary calls an adjective is the past-tense verb. */
function pastAfterSubject(t: Token): boolean {
  return t.tags.includes('Adjective') && !t.tags.includes('Noun') && /[^e]ed$/u.test(t.norm);
}

/** `Ortega lobbies for …`: after a named person, an -s word the dictionary calls a plural noun is the verb. */
function thirdPersonAfterName(t: Token, subject: Mention): boolean {
  const single = subject.kind === 'person' || subject.kind === 'name' || subject.pronoun === 'he' || subject.pronoun === 'she';
  return single && !subject.plural && t.tags.includes('Plural') && /[^s]s$/u.test(t.norm);
}
