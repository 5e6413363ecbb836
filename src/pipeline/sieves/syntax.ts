import { PHRASE_DETERMINERS } from '../lexicon/determiners';
import {
  COORDINATORS, COPULAS, MODALS, OBJECT_PREPOSITIONS, OF_PHRASE_PREPOSITIONS, PERFECT_AUXILIARIES, PHRASE_PREPOSITIONS, PREPOSITIONS, SUBJECT_PREPOSITIONS,
  SUBJECT_VERB_FILLERS, TIME_SUBORDINATORS,
} from '../lexicon/function-words';
import { LY_NOUNS, RENDERING_NOUNS } from '../lexicon/nouns';
import { RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { PLACE_TAGS } from '../lexicon/tags';
import { DASHES } from '../lexicon/punctuation';
import { NICKNAMING_VERBS, PASSIVE_REPORTS } from '../lexicon/speech-verbs';
import type { Cue, Doc, Mention, Token } from '../types';

const APPOSITIVE_LIMIT = 40;
/** How far (in tokens) a sieve looks for a cue or subject within a sentence: keeps every sieve linear. */
export const WINDOW = 60;

/** The longest non-nested mention ending at token `end - 1`. */
export function mentionEndingAt(doc: Doc, end: number): Mention | null {
  const list = doc.mentionsEndingAt.get(end - 1);
  if (!list) return null;
  let best: Mention | null = null;
  for (const i of list) {
    const m = doc.mentions[i] as Mention;
    if (m.nested || m.possessive) continue;
    if (!best || m.first < best.first) best = m;
  }
  return best;
}

/** The longest mention starting at token `first`. */
export function mentionStartingAt(doc: Doc, first: number): Mention | null {
  const list = doc.mentionsStartingAt.get(first);
  if (!list) return null;
  let best: Mention | null = null;
  for (const i of list) {
    const m = doc.mentions[i] as Mention;
    if (!best || m.last > best.last) best = m;
  }
  return best;
}

/**
 * `after Ruiz spoke`, `…, who spoke on condition of anonymity`: is the cue's subject in a time or
 * relative clause — background to a report, not a new one? (A naming verb, `a fund called Future Now`,
 * is background too: see isNamingCue.)
 */
export function isBackground(doc: Doc, subject: Mention): boolean {
  if (subject.pronoun === 'who') return true;
  const t = doc.tokens[subject.first - 1];
  return t !== undefined && t.kind === 'word' && TIME_SUBORDINATORS.has(t.norm);
}

/** `a fund called Future Now`, `what critics dub …`: a verb of naming names, it reports no speech between two quotes. */
export function isNamingCue(cue: Cue): boolean {
  return NICKNAMING_VERBS.has(cue.lemma);
}

/** Mention kinds that can be the subject who speaks: a person, a bare name, a pronoun, a role. */
export const SPEAKER_SUBJECT_KINDS: ReadonlySet<Mention['kind']> = new Set<Mention['kind']>(['person', 'name', 'pronoun', 'role']);

export function isFiller(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  // "has also broadly called": a manner adverb stands between a subject and its verb like "also".
  // "Reed later Thursday told": a weekday stands there like "today".
  return SUBJECT_VERB_FILLERS.has(t.norm) || t.tags.includes('WeekDay') || (!t.capitalised && /^\p{Ll}{3,}ly$/u.test(t.norm) && !LY_NOUNS.has(t.norm) && !t.tags.includes('Noun'));
}

/** How far back (in tokens) the "(" of a bracketed aside before a cue may stand: "(CQC) said". */
const BRACKET_ASIDE_LIMIT = 12;

/**
 * The speaker mention just left of a cue, over adverbs and auxiliaries and over one appositive or
 * relative clause between commas: "Mr Platt **also** called", "X**, a Labour MP,** said".
 */
export function subjectBefore(doc: Doc, cue: Cue): Mention | null {
  const sentence = (doc.tokens[cue.first] as Token).sentence;
  let i = cue.first - 1;
  while (i >= 0 && isFiller(doc.tokens[i]) && (doc.tokens[i] as Token).sentence === sentence) i--;
  // "Ruiz on Friday declared": over "on" and its weekday.
  if (doc.tokens[i]?.norm === 'on' && doc.tokens[i + 1]?.tags.includes('WeekDay')) {
    i--;
    while (i >= 0 && isFiller(doc.tokens[i]) && (doc.tokens[i] as Token).sentence === sentence) i--;
  }
  // "who has at times described", "she had on several occasions called": over a short phrase after an auxiliary.
  const beforePhrase = overPhraseAfterAuxiliary(doc, i, sentence);
  if (beforePhrase !== i) {
    i = beforePhrase;
    while (i >= 0 && isFiller(doc.tokens[i]) && (doc.tokens[i] as Token).sentence === sentence) i--;
  }
  // "she is said to have replied", "he was reported to have told": over the passive report.
  if (doc.tokens[i]?.norm === 'to' && PASSIVE_REPORTS.has(doc.tokens[i - 1]?.norm ?? '') && COPULAS.has(doc.tokens[i - 2]?.norm ?? '')) {
    i -= 3;
    while (i >= 0 && isFiller(doc.tokens[i]) && (doc.tokens[i] as Token).sentence === sentence) i--;
  }
  const t = doc.tokens[i];
  if (!t || t.sentence !== sentence) return null;
  const direct = mentionEndingAt(doc, i + 1);
  if (direct) return headOfPrepositionalPhrase(doc, direct) ?? headBeforeObject(doc, direct, sentence) ?? direct;
  // "The Care Quality Commission (CQC) said": over a bracketed aside.
  if (t.text === ')') {
    for (let j = i - 1; j >= 0 && i - j <= BRACKET_ASIDE_LIMIT; j--) {
      const u = doc.tokens[j] as Token;
      if (u.sentence !== sentence || u.kind === 'quote') break;
      if (u.text === '(') {
        const m = mentionEndingAt(doc, j);
        return m && isSubjectLike(m) ? m : null;
      }
    }
    return null;
  }
  // "the mayor, who said": the relative pronoun stands for the mention before its comma.
  if (t.kind === 'word' && RELATIVE_PRONOUNS.has(t.norm) && doc.tokens[i - 1]?.text === ',') {
    const antecedent = mentionEndingAt(doc, i - 1);
    return antecedent && isSubjectLike(antecedent) ? antecedent : null;
  }
  // "a man in the public gallery shouted": over a short prepositional phrase to its head.
  if (t.kind === 'word') return beforePrepositionalPhrase(doc, i, sentence);
  if (DASHES.has(t.text)) return subjectBeforeDashes(doc, i, sentence);
  if (t.text !== ',') return null;
  return subjectBeforeParentheticals(doc, i, sentence);
}

/** How many words a phrase between an auxiliary and its verb may have: "has **in the past** said". */
const AUXILIARY_PHRASE_LIMIT = 4;

/**
 * `has at times described`: when the words ending at `last` are a short prepositional phrase
 * right after an auxiliary, the index of the auxiliary; otherwise `last`.
 */
function overPhraseAfterAuxiliary(doc: Doc, last: number, sentence: number): number {
  for (let j = last; j >= 0 && last - j < AUXILIARY_PHRASE_LIMIT; j--) {
    const u = doc.tokens[j] as Token;
    if (u.sentence !== sentence || u.kind !== 'word' || u.capitalised || (doc.cueAt[j] ?? -1) >= 0) return last;
    if (!PREPOSITIONS.has(u.norm)) continue;
    const aux = doc.tokens[j - 1];
    const isAux = aux !== undefined && aux.kind === 'word' && (PERFECT_AUXILIARIES.has(aux.norm) || MODALS.has(aux.norm) || COPULAS.has(aux.norm));
    return isAux && j < last ? j - 1 : last;
  }
  return last;
}

/**
 * The subject before one to three comma-delimited parentheticals: "Jane Whitfield, 54, whose home
 * was submerged, said" · "Paul Dane, chief economist at Marlow Economics, said" · "Sen. Jane Roe,
 * D-N.M., who led the talks, said". A name before an opening comma wins; a description, employer
 * or object inside the parenthetical does not.
 */
/** How many comma-delimited parentheticals a subject may stand before: "X, 41, a nurse, who …, said". */
const PARENTHETICAL_HOPS = 3;

function subjectBeforeParentheticals(doc: Doc, comma: number, sentence: number): Mention | null {
  const beforeComma = mentionEndingAt(doc, overPartyTag(doc, comma));
  let fallback: Mention | null = beforeComma && beforeComma.kind === 'anonymous' ? beforeComma : null;
  let close = comma;
  let relativeBeforeComma = false;
  for (let hop = 0; hop < PARENTHETICAL_HOPS; hop++) {
    const opening = openingComma(doc, close, sentence);
    if (opening === null) break;
    const opener = doc.tokens[opening + 1] as Token;
    // "X, who has endorsed Pike, said": the mention before the comma is the relative clause's object.
    if (hop === 0 && opener.kind === 'word' && RELATIVE_PRONOUNS.has(opener.norm)) relativeBeforeComma = true;
    // "Ruiz, at a forum in Brackwater, Ohio, said": a place's region is no parenthetical about a speaker.
    if (isRegionAside(doc, opening, close)) {
      close = opening;
      continue;
    }
    const found = mentionEndingAt(doc, overPartyTag(doc, opening));
    // "Corin Vell, 22, of Lanford, Mich., said": a place after "of" is the object of an aside, no subject.
    const named = found && prepositionBefore(doc, found) ? null : found;
    if (named && isNamedSubject(named)) return named;
    const introducesClause = RELATIVE_PRONOUNS.has(opener.norm) || PHRASE_PREPOSITIONS.has(opener.norm) || opener.kind === 'number';
    if (named && isSubjectLike(named) && introducesClause && named.kind !== 'pronoun') return named;
    if (named && named.kind === 'anonymous') fallback = named;
    close = opening;
  }
  // "Its spokesman, Ivan Sorokin, said": the mention closes right before the comma.
  if (beforeComma && isSubjectLike(beforeComma) && !relativeBeforeComma) return beforeComma;
  return fallback;
}

/** The preposition right before mention `m` ("a source speaking **to** the Ledger"), or null. */
export function prepositionBefore(doc: Doc, m: Mention): Token | null {
  const t = doc.tokens[m.first - 1];
  return t !== undefined && t.kind === 'word' && PREPOSITIONS.has(t.norm) ? t : null;
}

/** How many tokens a region after its town may take: "Brackwater, Ohio,", "Lindon, Calif.,". */
const REGION_ASIDE_LIMIT = 3;

/** Between the two commas stands only a capitalised place the dictionary knows: "…, Ohio, …". */
function isRegionAside(doc: Doc, opening: number, close: number): boolean {
  if (close - opening - 1 < 1 || close - opening - 1 > REGION_ASIDE_LIMIT) return false;
  const first = doc.tokens[opening + 1] as Token;
  if (first.kind !== 'word' || !first.capitalised || !first.tags.some((x) => PLACE_TAGS.has(x))) return false;
  for (let i = opening + 2; i < close; i++) if ((doc.tokens[i] as Token).kind !== 'punct') return false;
  return true;
}

/** How long (in tokens) a bracketed party tag may be: "(D-N.M.)". */
const PARTY_TAG_LIMIT = 8;

/** "Sen. Dan Durrow (D-Ill.), noting …, said": the name ends before its bracketed party tag. */
function overPartyTag(doc: Doc, end: number): number {
  if (doc.tokens[end - 1]?.text !== ')') return end;
  for (let j = end - 2; j >= 0 && end - j <= PARTY_TAG_LIMIT; j--) if (doc.tokens[j]?.text === '(') return j;
  return end;
}

/**
 * "A former candidate -- John Marr, who lost in 2008 -- said": the subject before a dash-delimited
 * aside, or the name that opens the aside.
 */
function subjectBeforeDashes(doc: Doc, close: number, sentence: number): Mention | null {
  let end = close;
  while (end > 0 && DASHES.has(doc.tokens[end - 1]?.text ?? '')) end--; // "--" comes as two tokens
  for (let j = end - 1; j >= 0 && close - j <= APPOSITIVE_LIMIT; j--) {
    const u = doc.tokens[j] as Token;
    if (u.sentence !== sentence || u.kind === 'quote') return null;
    if (!DASHES.has(u.text)) continue;
    const inside = mentionStartingAt(doc, j + 1);
    while (j > 0 && DASHES.has(doc.tokens[j - 1]?.text ?? '')) j--;
    if (inside && isNamedSubject(inside)) return inside;
    const before = mentionEndingAt(doc, j);
    return before && isSubjectLike(before) ? before : null;
  }
  return null;
}

/** The comma that opens the parenthetical closed by the comma at `close`. */
function openingComma(doc: Doc, close: number, sentence: number): number | null {
  for (let j = close - 1; j >= 0 && close - j <= APPOSITIVE_LIMIT; j--) {
    const u = doc.tokens[j] as Token;
    if (u.sentence !== sentence || u.kind === 'quote') return null;
    if (u.text === ',') return j;
  }
  return null;
}

/** How long (in tokens) a prepositional phrase after a subject may be: "the mayor of North Leeds". */
const PREPOSITIONAL_PHRASE_LIMIT = 5;

function beforePrepositionalPhrase(doc: Doc, last: number, sentence: number): Mention | null {
  const end = doc.tokens[last] as Token;
  // "Vell met with Pike in May and declared": the mention before "and" is the first verb's object.
  if (PHRASE_PREPOSITIONS.has(end.norm) || PHRASE_DETERMINERS.has(end.norm) || COORDINATORS.has(end.norm)) return null;
  for (let j = last; j >= 0 && last - j <= PREPOSITIONAL_PHRASE_LIMIT; j--) {
    const u = doc.tokens[j] as Token;
    if (u.sentence !== sentence || u.kind !== 'word') return null;
    if (PHRASE_PREPOSITIONS.has(u.norm) && j < last) {
      // "another source familiar with her thinking said": over an adjective that takes the phrase.
      const adjective = doc.tokens[j - 1];
      const m = mentionEndingAt(doc, j) ?? (adjective?.tags.includes('Adjective') && !adjective.capitalised ? mentionEndingAt(doc, j - 1) : null);
      return m && (isSubjectLike(m) || m.kind === 'anonymous') ? m : null;
    }
  }
  return null;
}

/** "a spokesperson for the department said": the speaker is the phrase's head, not the object of "for". */
function headOfPrepositionalPhrase(doc: Doc, m: Mention): Mention | null {
  const prep = doc.tokens[m.first - 1];
  if (!prep || prep.kind !== 'word' || !OF_PHRASE_PREPOSITIONS.has(prep.norm)) return null;
  const owner = mentionEndingAt(doc, m.first - 1);
  // "Det Sgt Kwame Boateng of West Yorkshire Police said", "a spokesperson for the department said".
  return owner && (owner.kind === 'role' || owner.kind === 'anonymous' || owner.kind === 'person' || owner.kind === 'name') ? owner : null;
}

/** How many words may stand between a subject and the preposition whose object ends before a cue: "a source **speaking** to …". */
const OBJECT_PHRASE_REACH = 3;

/**
 * `another source speaking to the Ledger said` · `Vell in an interview with the Ledger said` — the
 * object of a preposition is no subject: the mention before the phrase is, when one stands close.
 */
function headBeforeObject(doc: Doc, m: Mention, sentence: number): Mention | null {
  // "to members, Vell": a name set after its role by a comma is the subject.
  for (let k = m.first; k < m.last; k++) if ((doc.tokens[k] as Token).text === ',') return null;
  let j = m.first - 1;
  if (doc.tokens[j]?.norm === 'the') j--;
  const prep = doc.tokens[j];
  if (!prep || prep.kind !== 'word' || !OBJECT_PREPOSITIONS.has(prep.norm)) return null;
  for (let k = j - 1; k >= 0 && j - k <= OBJECT_PHRASE_REACH; k--) {
    const u = doc.tokens[k] as Token;
    if (u.sentence !== sentence || u.kind !== 'word') return null;
    const head = mentionEndingAt(doc, k + 1);
    // "In her note to members Vell said": a head that is itself a preposition's object is no subject either.
    if (head && prepositionBefore(doc, head)) return null;
    if (head) return isSubjectLike(head) || head.kind === 'anonymous' ? head : null;
  }
  return null;
}

/** A person, a name or a subject pronoun: the clearest subject a parenthetical can follow. */
function isNamedSubject(m: Mention): boolean {
  return m.kind === 'person' || m.kind === 'name' || (m.kind === 'pronoun' && SUBJECT_PRONOUNS.has(m.pronoun ?? ''));
}

/** Appositive descriptions ("a Labour MP", "an analyst") are not the subject they describe. */
function isSubjectLike(m: Mention): boolean {
  return m.kind === 'person' || m.kind === 'name' || m.kind === 'pronoun' || m.kind === 'organisation' || (m.kind === 'role' && m.definite);
}

function firstWordOf(doc: Doc, from: number): number {
  let i = from;
  while (doc.tokens[i]?.kind === 'punct') i++;
  return i;
}

function subjectAfterOpeningClause(doc: Doc, from: number, end: number): Mention | null {
  for (let i = from; i < end && i - from <= WINDOW; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'quote') return null;
    if (t.text !== ',') continue;
    const m = mentionStartingAt(doc, i + 1);
    return m && (m.kind === 'person' || m.kind === 'name' || m.kind === 'pronoun' || m.kind === 'role') ? m : null;
  }
  return null;
}

/** Is the cue a participle or a coordinated verb whose subject is the clause's main subject? */
export function takesMainSubject(doc: Doc, cue: Cue): boolean {
  if (cue.form === 'participle') return true;
  let i = cue.first - 1;
  while (i >= 0 && isFiller(doc.tokens[i])) i--;
  const t = doc.tokens[i];
  return t !== undefined && t.kind === 'word' && COORDINATORS.has(t.norm);
}

/** The first mention of a sentence that can be a subject (not a possessor, not the author). */
export function mainSubject(doc: Doc, sentence: number, before: number): Mention | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const from = Math.max(s.first, before - WINDOW);
  for (let i = from; i < before; i++) {
    for (const k of doc.mentionsStartingAt.get(i) ?? []) {
      const m = doc.mentions[k] as Mention;
      if (m.nested || m.possessive) continue;
      // "In a statement, …", "for the prime minister": objects of prepositions are not subjects.
      if (prepositionBefore(doc, m)?.sentence === sentence) continue;
      // "HARBORTON, May 2 (Wire) — …": a bracketed agency credit in a dateline is not the subject.
      if (doc.tokens[m.first - 1]?.text === '(') continue;
      return m;
    }
  }
  return null;
}

/** Cues of the sentence from token `from` leftwards, nearest first, stopping at the sentence start. */
export function cuesBefore(doc: Doc, from: number): Cue[] {
  const sentence = (doc.tokens[from] as Token).sentence;
  const found: Cue[] = [];
  for (let i = from - 1; i >= 0 && from - i <= WINDOW; i--) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence) break;
    const c = doc.cueAt[i] ?? -1;
    if (c >= 0 && (doc.cues[c] as Cue).last === i + 1) found.push(doc.cues[c] as Cue);
  }
  return found;
}

/** Cues of the sentence after token `from`, nearest first. */
export function cuesAfter(doc: Doc, from: number): Cue[] {
  const sentence = (doc.tokens[from] as Token).sentence;
  const found: Cue[] = [];
  for (let i = from + 1; i < doc.tokens.length && i - from <= WINDOW; i++) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence) break;
    const c = doc.cueAt[i] ?? -1;
    if (c >= 0 && (doc.cues[c] as Cue).first === i) found.push(doc.cues[c] as Cue);
  }
  return found;
}

/** How many words after "according to" the source behind a document may come: "a statement from X". */
const ACCORDING_SOURCE_LIMIT = 5;
/** How many cues back a participle or "and added" looks for the clause's subject (the recursion's depth). */
const MAIN_SUBJECT_DEPTH = 3;

/** A subject for a cue: left of it, or for a participle or "and added", the clause's subject. */
export function subjectOf(doc: Doc, cue: Cue, seen = 0): { mention: Mention; via: 'direct' | 'main' } | null {
  if (cue.form === 'according') {
    // "according to the Tidewater Ledger": a name's mention may leave its article out.
    const m = mentionStartingAt(doc, cue.last) ?? (doc.tokens[cue.last]?.norm === 'the' ? mentionStartingAt(doc, cue.last + 1) : null);
    if (m && m.kind !== 'organisation') return { mention: m, via: 'direct' };
    // "according to a statement from the fire service": the source behind the document.
    for (let k = cue.last; k < cue.last + ACCORDING_SOURCE_LIMIT && k < doc.tokens.length; k++) {
      const t = doc.tokens[k] as Token;
      if (t.kind !== 'word') break;
      if (t.norm === 'from' || t.norm === 'by') {
        const source = mentionStartingAt(doc, k + 1);
        if (source) return { mention: source, via: 'direct' };
        break;
      }
    }
    return m ? { mention: m, via: 'direct' } : null;
  }
  // "…, calling him “my absolute rock”": a participle after a comma takes the clause's subject,
  // not the mention before the comma.
  const afterComma = cue.form === 'participle' && doc.tokens[cue.first - 1]?.text === ',';
  if (cue.form === 'participle' && !afterComma) {
    const absolute = withClauseSubject(doc, cue);
    if (absolute !== undefined) return absolute ? { mention: absolute, via: 'direct' } : null;
  }
  const before = afterComma ? null : subjectBefore(doc, cue);
  // "mailed a note to volunteers saying": the addressee of "to" is not who says it.
  const direct = before && cue.form === 'participle' && isObjectOfPreposition(doc, before) ? null : before;
  if (direct) return { mention: direct, via: 'direct' };
  const s = doc.sentences[(doc.tokens[cue.first] as Token).sentence];
  if (s && firstWordOf(doc, s.first) === cue.first) {
    // "Asked whether she feared for it, she was blunt": the subject after the opening clause.
    const after = subjectAfterOpeningClause(doc, cue.last, s.last);
    return after ? { mention: after, via: 'main' } : null;
  }
  if (!takesMainSubject(doc, cue) || seen > MAIN_SUBJECT_DEPTH) return null;
  // "…, telling reporters:" / "and added:" — the subject of the verb before it.
  for (const earlier of cuesBefore(doc, cue.first)) {
    const s = subjectOf(doc, earlier, seen + 1);
    if (s) return { mention: s.mention, via: 'main' };
  }
  const main = mainSubject(doc, (doc.tokens[cue.first] as Token).sentence, cue.first);
  return main ? { mention: main, via: 'main' } : null;
}

/** How many words after "according to" a rendering noun may come: "a translation", "an official translation". */
const RENDERING_REACH = 3;

/**
 * The source an "according to" names as reporting what someone said, or null: "according to a
 * translation by the broadcaster" renders the speaker's words, it reports no other source.
 */
export function reportingSource(doc: Doc, according: Cue): Mention | null {
  for (let k = according.last; k < according.last + RENDERING_REACH; k++) {
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word') break;
    if (RENDERING_NOUNS.has(t.norm)) return null;
  }
  const source = subjectOf(doc, according);
  return source && source.mention.kind !== 'author' ? source.mention : null;
}

/**
 * The source credited later in the sentence after token `from`: the first "according to" there
 * (`…, according to the Ledger`), or else an outlet's closing report credit (`…, the Ledger reported.`).
 */
export function laterSource(doc: Doc, from: number): { mention: Mention; cue: Cue | null } | null {
  const according = cuesAfter(doc, from).find((c) => c.form === 'according');
  if (!according) {
    const outlet = closingReportSource(doc, from);
    return outlet ? { mention: outlet, cue: null } : null;
  }
  const source = reportingSource(doc, according);
  return source ? { mention: source, cue: according } : null;
}

/** How far back (in words) the "with" of an absolute clause may stand from its participle. */
const WITH_CLAUSE_REACH = 8;

/**
 * `…, with many marchers chanting “…”` · `with one of her flyers asking “…”` — a participle in a
 * "with" clause has that clause's noun phrase for subject, never the sentence's: its mention when it
 * has one (null when it has none), undefined when the participle stands in no "with" clause.
 */
export function withClauseSubject(doc: Doc, cue: Cue): Mention | null | undefined {
  const sentence = (doc.tokens[cue.first] as Token).sentence;
  for (let i = cue.first - 1; i >= 0 && cue.first - i <= WITH_CLAUSE_REACH; i--) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence || t.kind !== 'word') return undefined;
    if (t.norm !== 'with') continue;
    if (i === cue.first - 1) return undefined;
    const m = mentionEndingAt(doc, cue.first) ?? mentionStartingAt(doc, i + 1);
    return m && !m.possessive ? m : null;
  }
  return undefined;
}

/** The verb of an outlet's credit that closes a sentence: "…, the Ledger reported." */
const REPORT_LEMMA = 'report';

/**
 * `…, the Tidewater Ledger reported.` · `…, reports the Ledger.` — a report credit that closes the
 * sentence after token `from`, after a comma: the outlet whose report the sentence is.
 */
function closingReportSource(doc: Doc, from: number): Mention | null {
  for (const cue of cuesAfter(doc, from)) {
    if (cue.lemma !== REPORT_LEMMA || cue.form !== 'finite') continue;
    const before = outletEndingAt(doc, cue.first);
    const after = mentionStartingAt(doc, cue.last);
    const [m, opens, closes] = before && before.opens >= 0 ? [before.m, before.opens, cue.last] : after && doc.tokens[cue.first - 1]?.text === ',' ? [after, cue.first - 1, after.last] : [null, -1, -1];
    if (!m || m.kind === 'author' || m.kind === 'pronoun' || opens <= from) continue;
    const end = doc.tokens[closes];
    if (!end || end.sentence !== (doc.tokens[cue.first] as Token).sentence || (end.kind === 'punct' && /^[.!?]$/u.test(end.text))) return m;
  }
  return null;
}

/** The mention (nested ones too: "the Ledger reports" read as one name) ending right before `end`, and the comma that opens it ("…, the Ledger"). */
function outletEndingAt(doc: Doc, end: number): { m: Mention; opens: number } | null {
  let best: Mention | null = null;
  for (const k of doc.mentionsEndingAt.get(end - 1) ?? []) {
    const m = doc.mentions[k] as Mention;
    if (!m.possessive && (!best || m.first < best.first)) best = m;
  }
  if (!best) return null;
  let i = best.first - 1;
  if (doc.tokens[i]?.norm === 'the') i--;
  return { m: best, opens: doc.tokens[i]?.text === ',' ? i : -1 };
}

/** "an email to supporters", "a clip from the show": the mention is the object of a preposition that never takes the speaker. */
function isObjectOfPreposition(doc: Doc, m: Mention): boolean {
  const prep = prepositionBefore(doc, m);
  return prep !== null && prep.sentence === (doc.tokens[m.first] as Token).sentence && !SUBJECT_PREPOSITIONS.has(prep.norm);
}
