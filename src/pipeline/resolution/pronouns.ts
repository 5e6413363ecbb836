import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { OF_PHRASE_PREPOSITIONS, PREDICATE_MARKERS } from '../lexicon/function-words';
import { THIRD_PERSON_PLURALS, THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns';
import type { Mention, Token } from '../types';
import type { ResolutionInput } from './context';
import { Ledger, type Decisions } from './decisions';
import { MENTION_LOOKBACK, PRONOUN_CLAUSE_WINDOW, PRONOUN_PARAGRAPH_WINDOW } from './windows';

/** How many mentions back a relative pronoun's antecedent may start (nested mentions share its end). */
const RELATIVE_LOOKBACK = 4;

/**
 * Pass 4: pronouns, in reading order, so that a pronoun can lean on an earlier one. A pronoun's
 * gender, once resolved, becomes its person's gender if the names left it open.
 */
export function resolvePronouns(input: ResolutionInput, prior: Decisions): Decisions {
  const ledger = new Ledger(input, prior);
  for (const m of input.mentions) {
    if (m.kind !== 'pronoun') continue;
    const e = resolvePronoun(input, ledger, m);
    ledger.assign(m, e);
    if (e !== null && m.gender && !ledger.entity(e).gender && ledger.entity(e).kind === 'person') ledger.setGender(e, m.gender);
  }
  return ledger.decisions();
}

/** The state of one pronoun's search back through the clauses before it. */
interface Search {
  currentClause: number;
  clausesSeen: number;
  /** The first compatible mention of the clause being read (subjects come first). */
  clauseFirstCandidate: number | null;
  /** …and one whose gender is known to match, which beats one whose gender is unknown. */
  clauseFirstExact: number | null;
  sawCandidateInClause: boolean;
  /** A relative named through the pronoun's own chain ("her mother"): only if nobody else. */
  clauseDemoted: number | null;
  /** Someone introduced in passing ("a shopkeeper"): only if nobody else is in reach. */
  indefiniteFallback: number | null;
  /** A candidate of unknown gender held while one clause further back is read. */
  tentative: number | null;
  tentativeSentence: number;
}

/** What one look-back step decides: an answer, the end of the search, or read on. */
type Step = { readonly answer: number | null } | 'stop' | 'go';

function resolvePronoun(input: ResolutionInput, ledger: Ledger, p: Mention): number | null {
  const { tokens, mentions } = input;
  const pt = tokens[p.first] as Token;
  if (p.pronoun === 'we') return null;
  if (p.pronoun === 'who') return antecedentOfRelative(input, ledger, p);
  // "Her mother, she says, was her first critic": a reporting aside does not refer to the
  // phrase it interrupts.
  const parenthetical = tokens[p.first - 1]?.text === ',' && input.cueFirsts.has(p.last);
  const s: Search = {
    currentClause: pt.clause, clausesSeen: 0, clauseFirstCandidate: null, clauseFirstExact: null, sawCandidateInClause: false,
    clauseDemoted: null, indefiniteFallback: null, tentative: null, tentativeSentence: -1,
  };
  for (let k = p.index - 1; k >= 0 && p.index - k <= MENTION_LOOKBACK; k--) {
    const c = mentions[k] as Mention;
    const ct = tokens[c.first] as Token;
    if (pt.paragraph - ct.paragraph > PRONOUN_PARAGRAPH_WINDOW) break;
    if (ct.clause !== s.currentClause) {
      const step = crossClause(s, p, pt, ct);
      if (step === 'stop') break;
      if (step !== 'go') return step.answer;
    }
    if (parenthetical && ct.clause === pt.clause) continue;
    consider(input, ledger, s, p, c);
  }
  if (s.clauseFirstExact !== null) return s.clauseFirstExact;
  if (s.tentative !== null) return s.tentative;
  return s.sawCandidateInClause ? s.clauseFirstCandidate : (s.clauseDemoted ?? s.indefiniteFallback);
}

/** "Marsh, who said": the relative pronoun stands for the mention it follows (over one comma). */
function antecedentOfRelative(input: ResolutionInput, ledger: Ledger, p: Mention): number | null {
  const end = input.tokens[p.first - 1]?.text === ',' ? p.first - 1 : p.first;
  let best: Mention | null = null;
  for (let k = p.index - 1; k >= 0 && p.index - k <= RELATIVE_LOOKBACK; k--) {
    const c = input.mentions[k] as Mention;
    if (c.last === end && !c.possessive && c.kind !== 'author' && (!best || c.first < best.first)) best = c;
  }
  best ??= qualifiedByPlace(input, p, end);
  return best === null ? null : ledger.entityOf(best.index) ?? null;
}

/** How many capitalised words a place after "of" may take: "Sen. Jo Marr of New Mexico, who". */
const PLACE_PHRASE_LIMIT = 3;

/** "Sen. Jo Marr of Ohio, who mused": over a place no mention covers, to the person it qualifies. */
function qualifiedByPlace(input: ResolutionInput, p: Mention, end: number): Mention | null {
  const { tokens } = input;
  let j = end - 1;
  while (j >= 0 && end - j <= PLACE_PHRASE_LIMIT && tokens[j]?.kind === 'word' && (tokens[j] as Token).capitalised) j--;
  const prep = tokens[j];
  if (j === end - 1 || prep?.kind !== 'word' || !OF_PHRASE_PREPOSITIONS.has(prep.norm)) return null;
  for (let k = p.index - 1; k >= 0 && p.index - k <= RELATIVE_LOOKBACK; k--) {
    const c = input.mentions[k] as Mention;
    if (c.last === j && !c.possessive && !c.nested && (c.kind === 'person' || c.kind === 'role')) return c;
  }
  return null;
}

/** The search reaches an earlier clause: the clause just read may already hold the answer. */
function crossClause(s: Search, p: Mention, pt: Token, ct: Token): Step {
  if (s.clauseFirstExact !== null) return { answer: s.clauseFirstExact };
  if (s.tentative !== null) return { answer: s.tentative }; // the look-back clause had no better match
  if (s.sawCandidateInClause) {
    // "…Cathal Ó Broin heard her and would not leave until she let him record her": a
    // candidate of unknown gender; one clause further back, someone known to match wins.
    // Only within the pronoun's own sentence: across sentences the nearer subject stands.
    if (p.gender === null || s.tentativeSentence !== pt.sentence) return { answer: s.clauseFirstCandidate };
    s.tentative = s.clauseFirstCandidate;
    s.sawCandidateInClause = false;
    s.clauseFirstCandidate = null;
    s.clauseDemoted = null;
    s.currentClause = ct.clause;
    s.clausesSeen++;
  }
  if (s.clauseDemoted !== null) return { answer: s.clauseDemoted };
  s.clausesSeen += s.currentClause - ct.clause;
  if (s.clausesSeen > PRONOUN_CLAUSE_WINDOW) return 'stop';
  s.currentClause = ct.clause;
  return 'go';
}

/** Weighs one earlier mention as the pronoun's antecedent. */
function consider(input: ResolutionInput, ledger: Ledger, s: Search, p: Mention, c: Mention): void {
  const { tokens, paragraphs } = input;
  const pt = tokens[p.first] as Token;
  const ct = tokens[c.first] as Token;
  // Possessors ("Lorna Baptiste’s husband") stay candidates, after the phrase that holds them.
  if (paragraphs[ct.paragraph]?.isCaption && ct.paragraph !== pt.paragraph) return;
  if (c.kind === 'name' && ledger.entityOf(c.index) === null) return;
  if (c.last > p.first) return; // "His neighbour, Sian Ellis": not the phrase holding the pronoun
  if (isPredicative(tokens, c)) return; // "as the lighthouse keeper Nell", "was his deputy"
  // Object and possessive pronouns ("alongside him", "his country") do not carry a chain.
  if (c.kind === 'pronoun' && !THIRD_PERSON_SUBJECTS.has(c.pronoun ?? '')) return;
  const e = ledger.entityOf(c.index);
  if (e === null || e === undefined || !compatible(ledger, p, c, e)) return;
  // "Her mother, she says, was…": a relative named through the pronoun's own chain ("her",
  // "his") is a candidate only when the clause offers nobody else.
  if (POSSESSIVE_DETERMINERS.has(ct.norm) && c.kind !== 'pronoun') {
    s.clauseDemoted = e;
    return;
  }
  // "the youngest child of a fisherman and a shopkeeper, she…": someone introduced in passing
  // ("a shopkeeper") is the antecedent only if nobody else is in reach.
  // ("An RSF commander, who …, told residents" opens its sentence: that one is a subject.)
  const inPassing = input.firstMentionOfSentence.get(ct.sentence) !== c.index;
  if (c.kind === 'anonymous' && !c.definite && inPassing && !THIRD_PERSON_PLURALS.has(p.pronoun ?? '')) {
    s.indefiniteFallback ??= e;
    return;
  }
  s.clauseFirstCandidate = e;
  s.tentativeSentence = ct.sentence;
  // Only a named person's known gender outranks clause order: "her daughter" does not beat
  // "Singer Zara Okoro" for "she".
  const d = ledger.entity(e);
  if (p.gender !== null && (c.kind === 'person' || c.kind === 'pronoun') && d.kind === 'person' && d.gender === p.gender) {
    s.clauseFirstExact = e;
  }
  s.sawCandidateInClause = true;
}

function compatible(ledger: Ledger, p: Mention, c: Mention, e: number): boolean {
  const d = ledger.entity(e);
  const pronoun = p.pronoun ?? '';
  if (d.kind === 'author') return false;
  if (pronoun === 'it' || pronoun === 'its') return d.kind === 'organisation';
  if (THIRD_PERSON_PLURALS.has(pronoun)) {
    return d.kind === 'organisation' || c.plural || (d.kind !== 'person' && d.gender === null);
  }
  if (d.kind === 'organisation' || c.plural) return false;
  return d.gender === null || d.gender === p.gender;
}

/** "as the keeper Nell Tregarthen", "he was Jeremy’s deputy": a predicate names no new antecedent. */
function isPredicative(tokens: readonly Token[], m: Mention): boolean {
  let i = m.first - 1;
  if (tokens[i]?.kind === 'word' && ARTICLES.has((tokens[i] as Token).norm)) i--; // "in The Lighthouse Keepers"
  const before = tokens[i];
  if (!before || before.kind !== 'word' || before.sentence !== (tokens[m.first] as Token).sentence) return false;
  return PREDICATE_MARKERS.has(before.norm);
}
