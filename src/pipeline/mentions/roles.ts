import { DETERMINERS, INDEFINITE_DETERMINERS } from '../lexicon/determiners';
import { MODIFIER_STOPS, OF_PHRASE_PREPOSITIONS } from '../lexicon/function-words';
import { GENDERED_ROLES } from '../lexicon/roles';
import { CLOSED_CLASS_TAGS, FUNCTION_TAGS, NOUN_TAGS, VERB_TAGS } from '../lexicon/tags';
import type { Gender, MentionKind, Token } from '../types';
import type { MentionInput } from './context';
import type { Names } from './names';
import { hasAny, isPlural, isWord, normaliseTitle, roleClass, singularOf, type MentionDraft } from './shared';

/** How many modifiers a role phrase without a determiner in reach may carry ("shadow cabinet minister"). */
const ROLE_MODIFIER_LIMIT = 6;
/** How far back "the" may stand from its role noun and still be its determiner. */
const DETERMINER_REACH = 3;
/** How many words a "for/of/at …" phrase between a role and its appositive name may have. */
const OF_PHRASE_LIMIT = 8;
const OCCUPATION_SUFFIX = /(?:ist|ian|er|or)$/u;

/** A role phrase that is a name's title ("the transport secretary, Jane Doe"): the name grows to hold it. */
export interface TitleGrant {
  /** Index of the name in Names.names. */
  readonly nameIndex: number;
  /** The role phrase's first token: the name's new first token. */
  readonly first: number;
  readonly title: string;
  readonly gender: Gender;
}

/** The role phrases found, the tokens they cover, and the titles they give names. */
export interface Roles {
  readonly roles: readonly MentionDraft[];
  readonly inRole: Uint8Array;
  readonly grants: readonly TitleGrant[];
}

/**
 * Extractor 2: role phrases — a role noun with its modifiers ("the prime minister’s official
 * spokesman", "one shadow cabinet minister", "police"). Followed by a name, the role is that
 * person's title: a grant, applied to the name by the recipe.
 */
export function findRoles(input: MentionInput, names: Names): Roles {
  const { tokens } = input;
  const nameStartingAt = new Map<number, number>();
  names.names.forEach((d, k) => nameStartingAt.set(d.first, k));
  const roles: MentionDraft[] = [];
  const grants: TitleGrant[] = [];
  const inRole = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const found = roleAt(input, names, nameStartingAt, i);
    if (found === null) continue;
    if ('nameIndex' in found) {
      grants.push(found);
      continue;
    }
    for (let k = found.first; k <= i; k++) inRole[k] = 1;
    roles.push(found);
  }
  return { roles, inRole, grants };
}

/** The role phrase whose head noun is token i, or the title it gives a name, or null. */
function roleAt(input: MentionInput, names: Names, nameStartingAt: ReadonlyMap<number, number>, i: number): MentionDraft | TitleGrant | null {
  const { tokens, cueTokens } = input;
  const t = tokens[i] as Token;
  // Capitalised only as the sentence's first word: "Police said", "Critics say".
  if (!isWord(t) || names.inName[i] || (t.capitalised && !input.sentenceStartAt.has(i))) return null;
  const next = tokens[i + 1];
  // "meteorologist Dr Oluwaseun Bakare": an occupation the lexicon lacks, known by its suffix
  // and by the name that follows it.
  const nameNext = isWord(next) && next.sentence === t.sentence && next.paragraph === t.paragraph && nameStartingAt.has(i + 1);
  const cls = roleClass(t.norm) ?? (OCCUPATION_SUFFIX.test(t.norm) && !t.capitalised && nameNext && !hasAny(t.tags, CLOSED_CLASS_TAGS) ? 'own' : null);
  if (!cls) return null;
  if (isWord(next) && next.sentence === t.sentence && !next.capitalised) {
    if (t.possessive) return null; // "minister’s official spokesman"
    if (roleClass(next.norm)) return null; // "prime minister" → head "minister"
    // "Chief meteorologist Dr X", "the international community": the phrase goes on past this noun.
    if (!cueTokens.has(i + 1) && continuesNounPhrase(next)) return null;
  }
  const { first, determiner } = extendRoleLeft(tokens, i, names.inName, cueTokens);
  const after = (nameNext ? nameStartingAt.get(i + 1) : undefined) ?? appositiveName(input, names, nameStartingAt, i);
  const nameAfter = after === undefined ? undefined : (names.names[after] as MentionDraft);
  const words = tokens.slice(determiner === null ? first : first + 1, i + 1);
  const title = normaliseTitle(words.map((w) => w.norm).join(' '));
  if (nameAfter && (nameAfter.kind === 'person' || nameAfter.kind === 'name') && cls !== 'org' && !t.possessive) {
    return { nameIndex: after as number, first, title, gender: GENDERED_ROLES.get(t.norm) ?? null };
  }
  const det = determiner === null ? null : (tokens[first] as Token).norm;
  const possessor = words.some((w) => w.possessive);
  const definite = (det !== null && !INDEFINITE_DETERMINERS.has(det)) || possessor;
  const plural = isPlural(t.norm);
  const kind: MentionKind = cls === 'org' ? 'organisation' : !definite || plural ? 'anonymous' : 'role';
  if ((t.norm === 'statement' || t.norm === 'report') && det !== 'the') return null; // "in a statement" is where, not who
  // "government policy" is no speaker; "police said", "said police" are.
  const nextToCue = cueTokens.has(i + 1) || cueTokens.has(first - 1);
  if (cls === 'org' && det === null && !possessor && !words.some((w) => w.capitalised && w.index !== i) && !nextToCue) return null;
  return {
    kind, first, last: i + 1, name: [], honorific: null, title, head: singularOf(t.norm), gender: GENDERED_ROLES.get(t.norm) ?? null,
    possessive: t.possessive, pronoun: null, definite, plural,
  };
}

/**
 * "Its spokesman, Ivan Sorokin, said" / "The transport secretary, Jane Doe, said": a name
 * between commas right after a role phrase is that role's holder.
 */
function appositiveName(input: MentionInput, names: Names, nameStartingAt: ReadonlyMap<number, number>, head: number): number | undefined {
  const { tokens, cueTokens } = input;
  let comma = head + 1;
  // "A spokesman for Harlow Council, Ian Petts, said": skip a short "for/of/at …" phrase.
  if (tokens[comma]?.kind === 'word' && OF_PHRASE_PREPOSITIONS.has((tokens[comma] as Token).norm)) {
    let k = comma + 1;
    while (k < tokens.length && k - comma <= OF_PHRASE_LIMIT && tokens[k]?.kind === 'word' && tokens[k]?.sentence === tokens[head]?.sentence) k++;
    comma = k;
  }
  if (tokens[comma]?.text !== ',') return undefined;
  const index = nameStartingAt.get(comma + 1);
  const name = index === undefined ? undefined : names.names[index];
  if (!name || name.kind === 'organisation') return undefined;
  const after = tokens[name.last];
  const closes =
    !after || after.text === ',' || after.sentence !== (tokens[head] as Token).sentence || cueTokens.has(name.last) ||
    (after.kind === 'punct' && /^[.!?;]$/u.test(after.text));
  return closes ? index : undefined;
}

/** A lower-case word that is more noun than anything else: the noun phrase continues through it. */
function continuesNounPhrase(t: Token): boolean {
  if (hasAny(t.tags, CLOSED_CLASS_TAGS) || hasAny(t.tags, VERB_TAGS) || MODIFIER_STOPS.has(t.norm)) return false;
  if (t.tags.length === 0) return !/(?:ed|ing|ly)$/u.test(t.norm);
  return hasAny(t.tags, NOUN_TAGS);
}

/**
 * "Ana Ruiz **tells** local voters": an inflected reporting verb ends the phrase, whatever the
 * dictionary tags it; a bare one may be a modifier ("email chains").
 */
function endsPhrase(t: Token, cueTokens: ReadonlySet<number>): boolean {
  return cueTokens.has(t.index) && /(?:s|ed)$/u.test(t.norm);
}

/** Modifiers of a role noun back to its determiner: "one shadow cabinet **minister**". */
function extendRoleLeft(tokens: readonly Token[], head: number, inName: Uint8Array, cueTokens: ReadonlySet<number>): { first: number; determiner: number | null } {
  const h = tokens[head] as Token;
  // "the transport minister": with a determiner in reach, verb-shaped words between are modifiers.
  for (let j = head - 1; j >= 0 && head - j <= DETERMINER_REACH; j--) {
    const t = tokens[j] as Token;
    const acronym = /^\p{Lu}{2,}$/u.test(t.text); // "the US state department": US is a name here
    if (t.sentence !== h.sentence || t.kind !== 'word' || endsPhrase(t, cueTokens) || MODIFIER_STOPS.has(t.norm) || (hasAny(t.tags, FUNCTION_TAGS) && !DETERMINERS.has(t.norm) && !acronym)) break;
    if (DETERMINERS.has(t.norm)) return { first: j, determiner: j };
  }
  let first = head;
  for (let j = head - 1; j >= 0 && head - j <= ROLE_MODIFIER_LIMIT; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== h.sentence || t.kind !== 'word' || endsPhrase(t, cueTokens)) break;
    if (DETERMINERS.has(t.norm)) return { first: j, determiner: j };
    const modifier =
      t.possessive || inName[j] === 1 || t.capitalised || roleClass(t.norm) !== null ||
      (!MODIFIER_STOPS.has(t.norm) && !hasAny(t.tags, CLOSED_CLASS_TAGS) && !hasAny(t.tags, VERB_TAGS));
    if (!modifier) break;
    first = j;
  }
  // Without a determiner, a leading verb-shaped word is the verb before the phrase ("criticised officials").
  while (first < head) {
    const t = tokens[first] as Token;
    if (t.capitalised || t.possessive || roleClass(t.norm) !== null) break;
    if (!/(?:ed|ing)$/u.test(t.norm)) break;
    first++;
  }
  return { first, determiner: null };
}
