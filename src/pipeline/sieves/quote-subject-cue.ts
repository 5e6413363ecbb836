import { WH_RELATIVES } from '../lexicon/pronouns';
import { CLAUSE_VERB_TAGS } from '../lexicon/tags';
import { AFTER_COMMA_CONJUNCTIONS, CLAUSE_CONJUNCTIONS, COORDINATORS, VERB_PARTICLES } from '../lexicon/function-words';
import type { Cue, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { cuesBefore, isFiller, mentionStartingAt, SPEAKER_SUBJECT_KINDS, subjectOf } from './syntax';

/** How far past its subject a reporting verb may come: "…” Jo Marr, 41, a nurse from Leeds who…, said". */
const SUBJECT_TO_CUE_LIMIT = 30;
/** How many words may stand before the subject's mention: "Texas delegate Bill Eastmoor". */
const MODIFIER_LIMIT = 3;

/**
 * `“…” Texas delegate Ada Brenn, wearing a cowboy hat, said.` · `“…,” the Vermont senator and
 * presidential candidate said.` · `“…,” a staffer in the room wondered.` — the quote's subject comes
 * straight after it, and its reporting verb after an aside, a coordinated description or a short
 * phrase.
 */
export const quoteSubjectCue: Sieve = {
  name: 'quote-subject-cue',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const sentence = (doc.tokens[qt] as Token).sentence;
    let i = qt + 1;
    while (doc.tokens[i]?.kind === 'punct' && /^[,–—-]$/u.test((doc.tokens[i] as Token).text)) i++;
    // "Texas delegate Bill Eastmoor": a few modifiers may stand before the name.
    let m = mentionStartingAt(doc, i);
    for (let k = i; !m && k < i + MODIFIER_LIMIT && isModifier(doc.tokens[k]); k++) m = mentionStartingAt(doc, k + 1);
    if (!m || m.kind === 'author' || m.possessive || (doc.tokens[m.first] as Token).sentence !== sentence) return null;
    // "Quill accuses Pike of “sleeping at the helm” and Ruiz says …": a phrase inside a clause whose own
    // reporting verb has a subject belongs to that subject, not to the next clause's. (With its comma,
    // "Ruiz said: “…,” the Ledger reported", the quote closes on a tag of its own.)
    if (!/[.!?,…]$/u.test(doc.text.slice(q.start, q.end)) && hasSpeakerBefore(doc, qt)) return null;
    const cue = cueAfterSubject(doc, m.last, sentence);
    if (cue) return makeLink(q, 'quote-subject-cue', m.index, cue.index);
    return SPEAKER_SUBJECT_KINDS.has(m.kind) && closesWithVerb(doc, m.last, sentence) ? makeLink(q, 'quote-subject-cue', m.index, null) : null;
  },
};

/** `“Let me finish,” Trent shot back.` · `“…?” the host started.` — a verb (and a particle) that ends the sentence. */
function closesWithVerb(doc: Parameters<Sieve['link']>[1]['doc'], from: number, sentence: number): boolean {
  let k = from;
  while (isFiller(doc.tokens[k])) k++;
  const verb = doc.tokens[k];
  if (!verb || verb.kind !== 'word' || verb.capitalised || verb.sentence !== sentence || verb.tags.includes('Noun')) return false;
  if (!verb.tags.some((x) => x === 'PastTense' || x === 'PresentTense')) return false;
  k++;
  if (doc.tokens[k]?.kind === 'word' && VERB_PARTICLES.has((doc.tokens[k] as Token).norm)) k++;
  const end = doc.tokens[k];
  return !end || end.sentence !== sentence || (end.kind === 'punct' && /^[.!?]$/u.test(end.text));
}

/** The reporting verb after a subject ending at `from`, over asides between commas and short phrases. */
function cueAfterSubject(doc: Parameters<Sieve['link']>[1]['doc'], from: number, sentence: number): Cue | null {
  let inAside = false;
  for (let k = from; k < doc.tokens.length && k - from <= SUBJECT_TO_CUE_LIMIT; k++) {
    const t = doc.tokens[k] as Token;
    if (t.sentence !== sentence || t.kind === 'quote') return null;
    const c = doc.cueAt[k] ?? -1;
    // "…, who was among those polled, said": the verb closes the aside.
    if (c >= 0 && (doc.cues[c] as Cue).first === k && (!inAside || doc.tokens[k - 1]?.text === ',')) {
      const cue = doc.cues[c] as Cue;
      return cue.form === 'finite' ? cue : null;
    }
    if (t.text === ',') {
      inAside = !inAside;
      continue;
    }
    if (t.kind === 'word' && WH_RELATIVES.has(t.norm)) inAside = true;
    if (!inAside && t.kind === 'word' && !isFiller(t) && t.tags.some((x) => CLAUSE_VERB_TAGS.has(x)) && !t.tags.includes('Noun')) return null;
  }
  return null;
}

function hasSpeakerBefore(doc: Parameters<Sieve['link']>[1]['doc'], qt: number): boolean {
  return cuesBefore(doc, qt).some((c) => subjectOf(doc, c) !== null);
}

function isModifier(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.possessive || t.tags.some((x) => CLAUSE_VERB_TAGS.has(x) || x === 'Preposition' || x === 'Pronoun' || x === 'Conjunction')) return false;
  // "“…,” while Ruiz refers to …", "“…” and Ruiz says": a conjunction opens a new clause, it modifies no name.
  return !COORDINATORS.has(t.norm) && !CLAUSE_CONJUNCTIONS.has(t.norm) && !AFTER_COMMA_CONJUNCTIONS.has(t.norm) && !WH_RELATIVES.has(t.norm);
}
