import { DETERMINERS, INDEFINITE_DETERMINERS } from '../lexicon/determiners';
import { HONORIFICS } from '../lexicon/honorifics';
import { WORK_NOUNS } from '../lexicon/nouns';
import { GENDERED_ROLES, ORGANISATION_NAME_WORDS } from '../lexicon/roles';
import { FIRST_NAME_TAGS, PLACE_TAGS } from '../lexicon/tags';
import type { Gender, MentionKind, Token } from '../types';
import { hasAny, isWord, normaliseTitle, roleClass, singularOf, type MentionDraft } from './shared';

const PARTY_TAG = /^[DRI]-\p{Lu}/u;

/** Classifies a capitalised run [i, j): strips titles and honorifics, keeps the name. */
export function nameDraft(tokens: readonly Token[], i: number, j: number, speaking = false): MentionDraft | null {
  const run = tokens.slice(i, j).filter((t) => t.kind === 'word');
  if (run.length === 0) return null;
  // "R-Idaho", "D-N.M.": a US party-and-state tag, not a name.
  if (PARTY_TAG.test((run[0] as Token).text)) return null;
  // "her first album, Amhráin Chois Cuain", "the film Blue Night": a title, not a speaker.
  let w = i - 1;
  const afterComma = tokens[w]?.text === ',';
  if (afterComma) w--;
  const work = tokens[w];
  // ("Holding a book, Ana Ruiz said": a run right before its reporting verb speaks; "On the show, Sen.
  // Ana Ruiz, who …": after a comma, an honorific or a first name opens a person's name.)
  const person = afterComma && (HONORIFICS.has((run[0] as Token).norm) || hasAny((run[0] as Token).tags, FIRST_NAME_TAGS));
  if (isWord(work) && WORK_NOUNS.has(work.norm) && work.sentence === (run[0] as Token).sentence && !speaking && !person) return null;
  let titleWords = leadingTitle(run);
  let rest = run.slice(titleWords.length);
  // "Circuit Court Judge David Marr", "Ohio Gov. John Kessler": what comes before an honorific inside
  // the run describes the person.
  const inner = rest.findIndex((t, k) => k > 0 && k < rest.length - 1 && HONORIFICS.has(t.norm));
  if (inner > 0 && !rest.slice(0, inner).some((t) => hasAny(t.tags, FIRST_NAME_TAGS))) {
    titleWords = [...titleWords, ...rest.slice(0, inner)];
    rest = rest.slice(inner);
  }
  let honorific: string | null = null;
  const h = rest[0];
  if (h && HONORIFICS.has(h.norm) && rest.length > 1) {
    honorific = h.text.replace(/\.$/u, '');
    rest = rest.slice(1);
  }
  const last = tokens[j - 1] as Token;
  const title = titleWords.length > 0 ? normaliseTitle(titleWords.map((t) => t.norm).join(' ')) : null;
  const base: Omit<MentionDraft, 'kind' | 'gender'> = {
    first: i,
    last: j,
    name: rest.map((t) => (t.possessive ? t.text.replace(/(?:[’']s|[’'])$/u, '') : isInitial(tokens, t) ? `${t.text}.` : t.text)),
    honorific,
    title,
    head: null,
    possessive: last.possessive,
    pronoun: null,
    definite: true,
    plural: false,
  };
  if (rest.length === 0) return title ? bareTitle(tokens, i, run, titleWords, base) : null;
  const honorificInfo = honorific ? HONORIFICS.get(honorific.toLowerCase()) : undefined;
  const firstTags = (rest[0] as Token).tags;
  const gender: Gender =
    honorificInfo?.gender ?? (firstTags.includes('MaleName') ? 'male' : firstTags.includes('FemaleName') ? 'female' : null);
  const kind = nameKind(tokens.slice(i, j), rest, honorific !== null || title !== null, speaking);
  return kind === null ? null : { ...base, kind, gender };
}

/** Leading title words: "Prime Minister", "Albanian Prime Minister", "US President". */
function leadingTitle(run: readonly Token[]): readonly Token[] {
  let lastTitle = -1;
  for (let k = 0; k < run.length; k++) {
    const t = run[k] as Token;
    if (HONORIFICS.has(t.norm) && k > 0) break;
    const cls = roleClass(t.norm);
    if ((cls === 'title' || (cls === 'own' && k < run.length - 1)) && !hasAny(t.tags, FIRST_NAME_TAGS)) {
      lastTitle = k;
      continue;
    }
    if (hasAny(t.tags, FIRST_NAME_TAGS) || t.tags.includes('LastName')) break;
    if (k === run.length - 1) break;
  }
  return lastTitle >= 0 ? run.slice(0, lastTitle + 1) : [];
}

/** A bare title: "The Prime Minister told…" — a role, definite when "the" precedes it. */
function bareTitle(
  tokens: readonly Token[],
  i: number,
  run: readonly Token[],
  titleWords: readonly Token[],
  base: Omit<MentionDraft, 'kind' | 'gender'>,
): MentionDraft {
  const before = tokens[i - 1];
  const det = isWord(before) && before.sentence === run[0]?.sentence && DETERMINERS.has(before.norm) ? before : null;
  const headWord = (titleWords[titleWords.length - 1] as Token).norm;
  return {
    ...base,
    first: det ? det.index : i,
    kind: det && INDEFINITE_DETERMINERS.has(det.norm) ? 'anonymous' : 'role',
    head: singularOf(headWord),
    gender: GENDERED_ROLES.get(headWord) ?? null,
    definite: !det || !INDEFINITE_DETERMINERS.has(det.norm),
  };
}

/** Person, bare name or organisation; null for a place, which speaks for nobody. */
function nameKind(span: readonly Token[], rest: readonly Token[], titled: boolean, speaking: boolean): MentionKind | null {
  const firstTags = (rest[0] as Token).tags;
  const lastNorm = (rest[rest.length - 1] as Token).norm;
  if (titled) return 'person';
  if (span.some((t) => t.text === '&')) return 'organisation'; // "Pellow & Grant"
  if (
    ORGANISATION_NAME_WORDS.has(lastNorm) || rest.some((t) => t.tags.includes('Organization')) ||
    // "Marlow Economics": an organisation word anywhere, unless a first name opens the run.
    (!hasAny(firstTags, FIRST_NAME_TAGS) && rest.some((t) => ORGANISATION_NAME_WORDS.has(t.norm)))
  ) {
    return 'organisation';
  }
  // "“…,” Norway said in a statement": a place right next to its reporting verb speaks for its government.
  if (rest.every((t) => hasAny(t.tags, PLACE_TAGS)) && speaking) return 'organisation';
  if (rest.length === 1 && hasAny(firstTags, PLACE_TAGS)) return null;
  if (hasAny(firstTags, PLACE_TAGS)) return 'organisation'; // "Welsh Senedd", "British Railways"
  if (rest.every((t) => hasAny(t.tags, PLACE_TAGS))) return null;
  if (rest.length === 1 && /^\p{Lu}{2,}$/u.test((rest[0] as Token).text)) return 'organisation';
  if (hasAny(firstTags, FIRST_NAME_TAGS)) return 'person';
  if (rest.length >= 2) return 'person';
  return 'name';
}

/** "K" in "Maren K. Holt": a middle initial, written with its full stop. */
function isInitial(tokens: readonly Token[], t: Token): boolean {
  return /^\p{Lu}$/u.test(t.text) && tokens[t.index + 1]?.text === '.';
}
