import { ARTICLES_AND_POSSESSIVES, NOUN_MARKING_DETERMINERS } from './lexicon/determiners';
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
    let form: CueForm = 'finite';
    if (PARTICIPLE_SUFFIX.test(lower) && lemma !== lower) form = 'participle';
    else if (lower === lemma && lex.weak.has(lower)) form = 'infinitive';
    cues.push(makeCue(cues.length, t, t, lemma, form));
  }
  return cues;
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
