import { ARTICLES_AND_POSSESSIVES, NOUN_MARKING_DETERMINERS } from './lexicon/determiners';
import { MODALS, PERFECT_AUXILIARIES, PREPOSITIONS, SUBJECT_VERB_FILLERS } from './lexicon/function-words';
import { WORDED_TEXT_NOUNS } from './lexicon/nouns';
import { SPEAKER_NOUNS } from './lexicon/roles';
import { VERB_TAGS } from './lexicon/tags';
import {
  BARE_FORM_PASTS, FOLLOWING_VERBS, GO_FORMS, IRREGULAR_FORMS, PHRASAL_SPEECH_VERBS, SAYING_OBJECTS, SPEECH_NOUNS, SPEECH_VERBS, TEXT_SPEECH_VERBS, WEAK_FORMS,
} from './lexicon/speech-verbs';
import { conjugate } from './parse';
import type { Cue, CueForm, Token } from './types';

export interface CueLexicon {
  /** Inflected form → lemma: "said" → "say". */
  readonly forms: ReadonlyMap<string, string>;
  readonly weak: ReadonlySet<string>;
  /** Inflected form of a verb that reports only with its particle → [lemma, particle]: "pointed" → ["point", "out"]. */
  readonly phrasal: ReadonlyMap<string, readonly [string, string]>;
  /** Inflected form of a verb that reports only after a text → lemma: "targets" → "target". */
  readonly textual: ReadonlyMap<string, string>;
}

/** Builds the form → lemma table once per process from the reviewed lemma list. */
export function buildCueLexicon(lemmas: readonly string[] = SPEECH_VERBS): CueLexicon {
  const forms = new Map<string, string>();
  for (const lemma of lemmas) {
    for (const form of [...conjugate(lemma), ...(IRREGULAR_FORMS[lemma] ?? [])]) {
      if (!forms.has(form)) forms.set(form, lemma);
    }
  }
  const phrasal = new Map<string, readonly [string, string]>();
  for (const [verb, particle] of PHRASAL_SPEECH_VERBS) {
    for (const form of conjugate(verb)) if (!forms.has(form) && !phrasal.has(form)) phrasal.set(form, [verb, particle]);
  }
  const textual = new Map<string, string>();
  for (const verb of TEXT_SPEECH_VERBS) {
    for (const form of [...conjugate(verb), ...(IRREGULAR_FORMS[verb] ?? [])]) if (!forms.has(form) && !textual.has(form) && form !== verb) textual.set(form, verb);
  }
  return { forms, weak: WEAK_FORMS, phrasal, textual };
}

const PARTICIPLE_SUFFIX = /ing$/u;

/**
 * Reporting verbs and "according to" outside quotes: "“…,” Ms Rowe **said**." → cue "said" (say).
 * Weak forms ("comments", "claims") are kept and marked; the sieves require a speaker next to them.
 */
export function findCues(tokens: readonly Token[], lex: CueLexicon): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (lower === 'according') {
      const to = tokens[i + 1];
      if (to && to.norm === 'to' && to.sentence === t.sentence) {
        cues.push(makeCue(cues.length, t, to, 'according to', 'according'));
        i++;
      }
      continue;
    }
    // "Partial transcript as follows:" — a cue for the text before it, when a colon closes it.
    if (lower === 'as' && asFollows(tokens, i)) {
      cues.push(makeCue(cues.length, t, tokens[i + 1] as Token, 'follow', 'finite'));
      i++;
      continue;
    }
    // "X issued the following statement:" — the verb and its announced text, when a colon closes them.
    if (followingText(tokens, i)) {
      cues.push(makeCue(cues.length, t, tokens[i + 3] as Token, lower, 'finite'));
      i += 3;
      continue;
    }
    // "X had this to say:" — "have", what is said, and "to say" are one finite cue.
    const said = hadToSay(tokens, i);
    if (said !== null) {
      cues.push(makeCue(cues.length, t, said, 'say', 'finite'));
      i = said.index;
      continue;
    }
    const phrasal = lex.phrasal.get(lower);
    if (phrasal !== undefined) {
      const particle = tokens[i + 1];
      if (particle?.kind === 'word' && particle.norm === phrasal[1] && particle.sentence === t.sentence && phrasalReports(tokens, i, phrasal[1])) {
        cues.push(makeCue(cues.length, t, particle, `${phrasal[0]} ${phrasal[1]}`, PARTICIPLE_SUFFIX.test(lower) ? 'participle' : 'finite'));
        i++;
      }
      continue;
    }
    const textual = lex.textual.get(lower);
    if (textual !== undefined) {
      if (afterText(tokens, i)) cues.push(makeCue(cues.length, t, t, textual, 'finite'));
      continue;
    }
    const lemma = lex.forms.get(lower);
    if (lemma === undefined) continue;
    // "Quill went on to say", "the letter goes on to add": the cue is the whole phrase, finite like "goes".
    const go = goesOnTo(tokens, i);
    if (go !== null) {
      cues.push(makeCue(cues.length, go, t, lemma, PARTICIPLE_SUFFIX.test(go.norm) ? 'participle' : 'finite'));
      continue;
    }
    if (t.capitalised && i > 0 && (tokens[i - 1] as Token).sentence === t.sentence) {
      // A capitalised reporting verb mid-sentence is a name ("Mr Post", "Ms Cry").
      continue;
    }
    // "on a call", "the claims": after a determiner a weak form is a noun.
    if (lex.weak.has(lower) && ((isNounUse(tokens, i) && !(closesQuote(tokens, i) && endsTag(tokens, i, lower !== lemma || BARE_FORM_PASTS.has(lower)))) || afterPossessiveName(tokens, i))) continue;
    // "the remarks", "his boast", "a quip": any form right after an article or a possessive is a noun.
    if (afterArticle(tokens, i)) continue;
    // "will continue to be": "continue" before an infinitive reports no words ("vowed to fight “…”" does).
    if (lemma === 'continue' && takesInfinitive(tokens, i)) continue;
    let form: CueForm = 'finite';
    if (PARTICIPLE_SUFFIX.test(lower) && lemma !== lower) form = 'participle';
    else if (lower === lemma && lex.weak.has(lower) && !finiteBareForm(tokens, i)) form = 'infinitive';
    cues.push(makeCue(cues.length, t, t, lemma, form));
  }
  return cues;
}

/**
 * "“…,” he **will say**", "“…,” **read** the sign", "“…,” **say** critics": a bare form after a modal,
 * or right after a quote, is a finite reporting verb.
 */
/** How many tokens (a comma, a subject of a few words) may stand between a quote and "will say". */
const MODAL_SUBJECT_REACH = 6;

function finiteBareForm(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind === 'word' && MODALS.has(prev.norm)) {
    // Only closing a quote, over its subject: "“…,” he will say" (not "voters will say “no”").
    for (let k = i - 2; k >= 0 && i - k <= MODAL_SUBJECT_REACH; k--) {
      const u = tokens[k] as Token;
      if (u.sentence !== (tokens[i] as Token).sentence) return false;
      if (u.kind === 'quote') return true;
    }
    return false;
  }
  if (prev?.kind === 'word' && !prev.possessive && prev.sentence === (tokens[i] as Token).sentence) {
    // "“…,” the email read": after a text that carries words, the bare form is a past or present tense.
    if (WORDED_TEXT_NOUNS.has(prev.norm)) return true;
    // "the Icelanders state", "critics say": after a plural noun, the bare form is a present tense.
    if (prev.tags.includes('Plural') && !prev.tags.includes('Pronoun')) return true;
  }
  return closesQuote(tokens, i);
}

/**
 * "“…,” read the sign", and over a short subject: "“…,” they say", "“…,” the statement read",
 * "“…,” the suit reads" — the verb of the tag that closes a quote.
 */
function closesQuote(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (i - j <= BARE_SUBJECT_REACH && isSubjectWord(tokens[j]) && (tokens[j] as Token).sentence === (tokens[i] as Token).sentence) j--;
  while (tokens[j]?.kind === 'punct' && /^[,–—-]$/u.test((tokens[j] as Token).text)) j--;
  return tokens[j]?.kind === 'quote' && (tokens[j] as Token).sentence === (tokens[i] as Token).sentence;
}

/** How far back "as" may stand before "put it": "as the senator from Ohio put it". */
const AS_REACH = 8;

/**
 * "pointed out" reports whatever follows; "put it" only in "as X put it" (not "put it on the table").
 */
function phrasalReports(tokens: readonly Token[], i: number, particle: string): boolean {
  if (particle !== 'it') return true;
  const after = tokens[i + 2];
  if (after?.kind === 'word' && after.sentence === (tokens[i] as Token).sentence) return false;
  for (let j = i - 1; j >= 0 && i - j <= AS_REACH; j--) {
    const u = tokens[j] as Token;
    if (u.sentence !== (tokens[i] as Token).sentence || u.kind === 'quote') return false;
    if (u.norm === 'as') return true;
  }
  return false;
}

/** "as follows:": the verb right after "as", and a colon right after it. */
function asFollows(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i + 1];
  const colon = tokens[i + 2];
  const sentence = (tokens[i] as Token).sentence;
  return verb?.kind === 'word' && verb.sentence === sentence && FOLLOWING_VERBS.has(verb.norm) && colon?.text === ':';
}

/** "released the following statement:": a past-tense verb, "the following", a noun of speech, a colon. */
function followingText(tokens: readonly Token[], i: number): boolean {
  const [verb, the, following, noun, colon] = [0, 1, 2, 3, 4].map((k) => tokens[i + k]);
  const sentence = verb?.sentence;
  return (
    verb?.kind === 'word' && !verb.capitalised && (verb.tags.includes('PastTense') || /ed$/u.test(verb.norm)) && the?.norm === 'the' && following?.norm === 'following' &&
    noun?.kind === 'word' && noun.sentence === sentence && SPEECH_NOUNS.has(noun.norm) && colon?.text === ':'
  );
}

/** "had this to say", "has plenty to say", "had the following to say": the "say" that ends it, or null. */
function hadToSay(tokens: readonly Token[], i: number): Token | null {
  const have = tokens[i] as Token;
  if (!PERFECT_AUXILIARIES.has(have.norm)) return null;
  const k = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
  const [what, to, say] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!what || !SAYING_OBJECTS.has(what.norm) || to?.norm !== 'to' || say?.norm !== 'say' || say.sentence !== have.sentence) return null;
  return say;
}

/** "the ad also targets": a text that carries words right before the verb, over fillers. */
function afterText(tokens: readonly Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  let j = i - 1;
  while (j >= 0 && tokens[j]?.kind === 'word' && (tokens[j] as Token).sentence === sentence && SUBJECT_VERB_FILLERS.has((tokens[j] as Token).norm)) j--;
  const u = tokens[j];
  return u?.kind === 'word' && u.sentence === sentence && !u.possessive && WORDED_TEXT_NOUNS.has(u.norm);
}

/** "went on to say": the form of "go" that opens the phrase ending at the reporting verb `i`, or null. */
function goesOnTo(tokens: readonly Token[], i: number): Token | null {
  const to = tokens[i - 1];
  const on = tokens[i - 2];
  const go = tokens[i - 3];
  const sentence = (tokens[i] as Token).sentence;
  if (to?.norm !== 'to' || on?.norm !== 'on' || go?.kind !== 'word' || go.sentence !== sentence || !GO_FORMS.has(go.norm)) return null;
  return go;
}

/** How many words a subject between a quote and a bare reporting verb may take: "“…,” the statement read". */
const BARE_SUBJECT_REACH = 4;

/** A word of a plain subject: no verb, preposition or conjunction ("refusing to say" is no subject). */
function isSubjectWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !PREPOSITIONS.has(t.norm) && !t.tags.some((x) => VERB_TAGS.has(x) || x === 'Preposition' || x === 'Conjunction');
}

/**
 * "“…,” the suit reads." / "“…,” the document states, …": a weak form that closes the tag is followed by
 * punctuation or a preposition, not by a noun it would modify ("a welcome message").
 */
function endsTag(tokens: readonly Token[], i: number, inflected: boolean): boolean {
  // A bare form agrees only with a plural subject: "“…,” the documents state" (not "a welcome message").
  if (!inflected && !/s$/u.test(tokens[i - 1]?.norm ?? '')) return false;
  const next = tokens[i + 1];
  if (next === undefined || next.sentence !== (tokens[i] as Token).sentence) return true;
  if (next.kind === 'word') return PREPOSITIONS.has(next.norm);
  return next.kind === 'punct';
}

/** `continue to be`: the verb is followed by "to" and a bare verb. */
function takesInfinitive(tokens: readonly Token[], i: number): boolean {
  const to = tokens[i + 1];
  const verb = tokens[i + 2];
  if (to?.kind !== 'word' || to.norm !== 'to' || verb?.kind !== 'word' || verb.sentence !== (tokens[i] as Token).sentence) return false;
  return verb.tags.includes('Infinitive') || verb.norm === 'be' || verb.norm === 'have';
}

/** How many words back a determiner makes a weak form a noun: "the latest **claims**". */
const NOUN_DETERMINER_REACH = 3;

/**
 * "on a conference call", "the latest claims", "the US state department": after a determiner (over
 * a modifier or two), or before a role or organisation noun, a weak form is a noun.
 */
function isNounUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && next.sentence === t.sentence && !next.capitalised && SPEAKER_NOUNS.has(next.norm)) return true;
  for (let j = i - 1; j >= 0 && i - j <= NOUN_DETERMINER_REACH; j--) {
    const u = tokens[j] as Token;
    if (u.kind !== 'word' || u.sentence !== t.sentence) return false;
    if (NOUN_MARKING_DETERMINERS.has(u.norm)) return true;
    // "a minister say": the noun before the verb is its subject, not a modifier.
    if (SPEAKER_NOUNS.has(u.norm)) return false;
    // "the ad claims", "the document states": a text that carries words speaks through the verb.
    if (j === i - 1 && !u.possessive && WORDED_TEXT_NOUNS.has(u.norm)) return false;
    if (u.capitalised || u.tags.some((x) => x === 'Pronoun' || x === 'Preposition' || x === 'Adverb' || x === 'Copula' || x === 'Modal' || x === 'Auxiliary' || x === 'PastTense' || x === 'PresentTense')) return false;
  }
  return false;
}

/** "Ruiz’s remarks", "the mayor's comments": a weak form right after a possessive noun is a noun. */
function afterPossessiveName(tokens: readonly Token[], i: number): boolean {
  const owner = tokens[i - 1];
  return owner !== undefined && owner.kind === 'word' && owner.possessive && owner.sentence === (tokens[i] as Token).sentence && !owner.tags.includes('Pronoun');
}

function afterArticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  // Only right after it: "an official told" has a noun between ("the latest remarks" is a weak form's case).
  const det = tokens[i - 1];
  return det !== undefined && det.kind === 'word' && det.sentence === t.sentence && ARTICLES_AND_POSSESSIVES.has(det.norm);
}

function makeCue(index: number, first: Token, last: Token, lemma: string, form: CueForm): Cue {
  return {
    index,
    first: first.index,
    last: last.index + 1,
    start: first.start,
    end: last.end,
    text: first === last ? first.text : `${first.text} ${last.text}`,
    lemma,
    form,
  };
}
