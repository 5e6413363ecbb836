import { ARTICLES_AND_POSSESSIVES, NOUN_MARKING_DETERMINERS } from './lexicon/determiners';
import { MODALS } from './lexicon/function-words';
import { SPEAKER_NOUNS } from './lexicon/roles';
import { IRREGULAR_FORMS, SPEECH_VERBS, WEAK_FORMS } from './lexicon/speech-verbs';
import { conjugate } from './parse';
import type { Cue, CueForm, Token } from './types';

export interface CueLexicon {
  /** Inflected form → lemma: "said" → "say". */
  readonly forms: ReadonlyMap<string, string>;
  readonly weak: ReadonlySet<string>;
}

/** Builds the form → lemma table once per process from the reviewed lemma list. */
export function buildCueLexicon(lemmas: readonly string[] = SPEECH_VERBS): CueLexicon {
  const forms = new Map<string, string>();
  for (const lemma of lemmas) {
    for (const form of [...conjugate(lemma), ...(IRREGULAR_FORMS[lemma] ?? [])]) {
      if (!forms.has(form)) forms.set(form, lemma);
    }
  }
  return { forms, weak: WEAK_FORMS };
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
    const lemma = lex.forms.get(lower);
    if (lemma === undefined) continue;
    if (t.capitalised && i > 0 && (tokens[i - 1] as Token).sentence === t.sentence) {
      // A capitalised reporting verb mid-sentence is a name ("Mr Post", "Ms Cry").
      continue;
    }
    // "on a call", "the claims": after a determiner a weak form is a noun.
    if (lex.weak.has(lower) && isNounUse(tokens, i)) continue;
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
  let j = i - 1;
  while (tokens[j]?.kind === 'punct' && /^[,–—-]$/u.test((tokens[j] as Token).text)) j--;
  return tokens[j]?.kind === 'quote' && (tokens[j] as Token).sentence === (tokens[i] as Token).sentence;
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
    if (u.capitalised || u.tags.some((x) => x === 'Pronoun' || x === 'Preposition' || x === 'Adverb' || x === 'Copula' || x === 'Modal' || x === 'Auxiliary' || x === 'PastTense' || x === 'PresentTense')) return false;
  }
  return false;
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
