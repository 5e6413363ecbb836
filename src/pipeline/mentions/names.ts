import { LEADING_NAME_PARTICLES, NAME_PARTICLES, NEVER_NAMES } from '../lexicon/function-words';
import { HONORIFICS } from '../lexicon/honorifics';
import { ORGANISATION_NAME_WORDS, ORGANISATION_NOUNS } from '../lexicon/roles';
import { CLOSED_CLASS_TAGS, FIRST_NAME_TAGS, FUNCTION_TAGS, NAME_TAGS, NOT_NAME_START_TAGS, PLACE_TAGS } from '../lexicon/tags';
import type { Token } from '../types';
import type { MentionInput } from './context';
import { isDemonymDescription } from './descriptions';
import { nameDraft } from './name-draft';
import { hasAny, isWord, roleClass, type MentionDraft } from './shared';

/** The names found, and which tokens they cover. */
export interface Names {
  readonly names: readonly MentionDraft[];
  readonly inName: Uint8Array;
}

/**
 * Extractor 1: name runs — capitalised tokens, honorifics and particles ("Sir Alan Brennan",
 * "Jens van der Meulen", "Pellow & Grant"), each classified by nameDraft.
 */
export function findNames(input: MentionInput): Names {
  const { tokens } = input;
  const names: MentionDraft[] = [];
  const inName = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!startsName(input, i)) continue;
    if (isDemonymDescription(tokens, i, input.cueTokens)) continue; // "the Dutchman told…": a description
    const j = endOfName(tokens, i);
    // Right before its reporting verb, or right after one that follows a quote: "Norway said", "“…,” said Norway".
    const speaking = input.cueTokens.has(j) || (input.cueTokens.has(i - 1) && tokens[i - 2]?.kind === 'quote');
    const draft = nameDraft(tokens, i, j, speaking);
    if (draft) {
      names.push(draft);
      for (let k = i; k < j; k++) inName[k] = 1;
    }
    i = j - 1;
  }
  return { names, inName };
}

function startsName(input: MentionInput, i: number): boolean {
  const { tokens } = input;
  const t = tokens[i] as Token;
  // "Okafor says…": an unknown capitalised word right before a reporting verb is a name.
  const beforeCue = input.cueTokens.has(i + 1) && t.capitalised && t.tags.length === 0;
  const start = input.sentenceStartAt.has(i);
  if (start && isHeadlineDescriptor(tokens, i)) return false;
  // "Van der Meulen said", "“…,” Le Bras said": a capitalised particle where a subject starts.
  const subjectSlot = start || tokens[i - 1]?.kind === 'quote' || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.kind === 'quote');
  const known = t.capitalised && (input.knownNames.has(t.norm) || (subjectSlot && isCapitalisedParticle(tokens, i)));
  return beforeCue || known || isLeadingParticle(tokens, i) || isNameToken(tokens, i, start) || (start && startsNameBeforeUnknown(tokens, i));
}

/**
 * "Rival Lise Brenner", "Unrepentant Ann Vale", "Telling Tom Reed to wait": a sentence-opening
 * adjective, participle or descriptor before a capitalised word is not part of the name after it.
 */
function isHeadlineDescriptor(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!isWord(t) || !isWord(next) || !next.capitalised || next.sentence !== t.sentence || hasAny(t.tags, NAME_TAGS)) return false;
  // "Prime Minister Jane Doe", "Albanian Prime Minister": a title or a nationality leads into the name.
  if (HONORIFICS.has(t.norm) || t.tags.includes('Organization') || hasAny(t.tags, PLACE_TAGS) || roleClass(next.norm) !== null || roleClass(t.norm) !== null) return false;
  if (hasAny(t.tags, NOT_NAME_START_TAGS)) return true;
  return t.tags.length === 0 && (DESCRIPTOR_SUFFIX.test(t.norm) || hasAny(next.tags, FIRST_NAME_TAGS));
}

/** Endings of adjectives and participles the dictionary may not know: "Understated", "Unrepentant". */
const DESCRIPTOR_SUFFIX = /(?:ed|ing|ous|ful|ant|ent|ive|less)$/u;

/** The end (exclusive) of the name run starting at i. */
function endOfName(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (j > i && t.sentence !== (tokens[i] as Token).sentence) break;
    const ok = j === i || isNameToken(tokens, j, false) || isParticle(tokens, j) || isNameContinuation(tokens, j);
    if (!ok) {
      // "Mr. Smith", "Maren K. Holt": the full stop after an honorific or a middle initial stays inside the name.
      const prev = tokens[j - 1] as Token;
      const initial = j - 1 > i && /^\p{Lu}$/u.test(prev.text);
      if (t.text === '.' && (HONORIFICS.has(prev.norm) || initial) && isNameToken(tokens, j + 1, false)) {
        j++;
        continue;
      }
      break;
    }
    j++;
    if (t.possessive) break;
  }
  return j;
}

/** Sentence-initial words are capitalised whatever they are: only clear name evidence counts there. */
function isNameToken(tokens: readonly Token[], i: number, sentenceStart: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  if (!t.capitalised) return false;
  if (HONORIFICS.has(t.norm)) return true;
  if (!sentenceStart && isFirstNameWord(tokens, i)) return true;
  if (NEVER_NAMES.has(t.norm) && !hasAny(t.tags, NAME_TAGS)) return false;
  if (hasAny(t.tags, NAME_TAGS) || hasAny(t.tags, PLACE_TAGS) || t.tags.includes('Organization')) return true;
  if (!sentenceStart) return !hasAny(t.tags, CLOSED_CLASS_TAGS) || /^\p{Lu}{2,}$/u.test(t.text);
  if (hasAny(t.tags, CLOSED_CLASS_TAGS)) return false;
  const next = tokens[i + 1];
  if (t.possessive) return t.tags.length === 0;
  // "Downing Street", "Arben Duka": a capitalised run of two; "Return hubs": a common noun.
  return isWord(next) && next.capitalised && next.sentence === t.sentence && !NEVER_NAMES.has(next.norm);
}

/**
 * "said Will Doyle", "Prime Minister May Lin": mid-sentence, a capitalised modal or month before a
 * surname is a first name.
 */
function isFirstNameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!t.tags.some((x) => x === 'Modal' || x === 'Month')) return false;
  return isWord(next) && next.capitalised && next.sentence === t.sentence && (next.tags.length === 0 || hasAny(next.tags, NAME_TAGS));
}

/** "Park Ji-woo said": a sentence-initial common word before an unknown capitalised word starts a name. */
function startsNameBeforeUnknown(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!isWord(t) || !t.capitalised || NEVER_NAMES.has(t.norm) || hasAny(t.tags, FUNCTION_TAGS)) return false;
  if (hasAny(t.tags, NOT_NAME_START_TAGS)) return false;
  if (isWord(next) && next.sentence === t.sentence && NAME_PARTICLES.has(next.norm) && !next.capitalised) {
    // "Matthijs de Groot said": a particle, then the capitalised surname.
    const after = tokens[i + 2];
    return isWord(after) && after.capitalised && after.sentence === t.sentence;
  }
  return isWord(next) && next.capitalised && next.sentence === t.sentence && next.tags.length === 0 && !NEVER_NAMES.has(next.norm);
}

/** Inside a name a capitalised word may be a verb elsewhere: "Graham Fell", "Sarah Said". */
function isNameContinuation(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!isWord(t) || !t.capitalised || !isWord(prev) || prev.sentence !== t.sentence) return false;
  // Mid-sentence, a capitalised word right after a name word is part of the name whatever the
  // dictionary says it is elsewhere: "Graham Fell", "Aldgate Building Society".
  return !NEVER_NAMES.has(t.norm) && !hasAny(t.tags, FUNCTION_TAGS);
}

/** "van Rijn said", "de Groot wrote": a surname led by a lower-case particle. */
function isLeadingParticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!isWord(t) || t.capitalised || !LEADING_NAME_PARTICLES.has(t.norm) || !isWord(next) || next.sentence !== t.sentence) return false;
  if (isWord(prev) && prev.capitalised && prev.sentence === t.sentence) return false; // inside a run already
  return next.capitalised && !NEVER_NAMES.has(next.norm);
}

/** "Van der Meulen said": a name particle capitalised at the start of a sentence. */
function isCapitalisedParticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return isWord(t) && NAME_PARTICLES.has(t.norm) && isWord(next) && next.sentence === t.sentence && (next.capitalised || NAME_PARTICLES.has(next.norm));
}

function isParticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // "Bank of England", "University of Leeds", "Department of Health".
  const prev = tokens[i - 1];
  if (isWord(t) && t.norm === 'of' && isWord(prev) && prev.capitalised && (ORGANISATION_NAME_WORDS.has(prev.norm) || ORGANISATION_NOUNS.has(prev.norm)) && isWord(next) && next.capitalised && next.sentence === t.sentence) {
    return true;
  }
  // "Pellow & Grant": an ampersand between capitalised words joins one name.
  if (t?.text === '&') return isWord(next) && next.capitalised && next.sentence === t.sentence;
  if (!isWord(t) || t.capitalised) return false;
  const base = t.norm.split(/[-‑]/u)[0] ?? '';
  if (!NAME_PARTICLES.has(base)) return false;
  if (base !== t.norm) return /[-‑]\p{Lu}/u.test(t.text); // "al-Sham"
  // "van der Linden": particles may follow one another before the capitalised part.
  return isWord(next) && next.sentence === t.sentence && (next.capitalised || (NAME_PARTICLES.has(next.norm) && isWord(tokens[i + 2]) && (tokens[i + 2] as Token).capitalised));
}
