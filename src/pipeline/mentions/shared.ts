import { PLURAL_NOUNS } from '../lexicon/nouns';
import { ORGANISATION_NOUNS, OWN_ROLE_NOUNS, TITLE_NOUNS, TITLE_SYNONYMS } from '../lexicon/roles';
import type { Gender, MentionKind, Token } from '../types';

/** A mention as an extractor finds it, before the recipe sorts and numbers them all. */
export interface MentionDraft {
  readonly kind: MentionKind;
  readonly first: number;
  readonly last: number;
  readonly name: readonly string[];
  readonly honorific: string | null;
  readonly title: string | null;
  readonly head: string | null;
  readonly gender: Gender;
  readonly possessive: boolean;
  readonly pronoun: string | null;
  readonly definite: boolean;
  readonly plural: boolean;
}

export const hasAny = (tags: readonly string[], set: ReadonlySet<string>): boolean => tags.some((t) => set.has(t));
export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** What a role noun is: a title ("minister"), a role of one's own ("spokesman"), an organisation ("council"). */
export function roleClass(norm: string): 'title' | 'own' | 'org' | null {
  const singular = singularOf(norm);
  if (TITLE_NOUNS.has(norm) || TITLE_NOUNS.has(singular)) return 'title';
  if (OWN_ROLE_NOUNS.has(norm)) return 'own';
  if (ORGANISATION_NOUNS.has(norm) || ORGANISATION_NOUNS.has(singular)) return 'org';
  return null;
}

export function singularOf(norm: string): string {
  if (norm.endsWith('ies')) return `${norm.slice(0, -3)}y`;
  if (norm.endsWith('s') && !norm.endsWith('ss')) return norm.slice(0, -1);
  return norm;
}

export function isPlural(norm: string): boolean {
  return PLURAL_NOUNS.has(norm) || (singularOf(norm) !== norm && !TITLE_NOUNS.has(norm) && norm !== 'news');
}

/** "PM" → "prime minister", "the foreign sec" → "foreign secretary": one spelling per title. */
export function normaliseTitle(title: string): string {
  const words = title.split(' ');
  const last2 = words.slice(-2).join(' ');
  const last1 = words[words.length - 1] ?? '';
  if (TITLE_SYNONYMS.has(last2)) return [...words.slice(0, -2), TITLE_SYNONYMS.get(last2)].join(' ');
  if (TITLE_SYNONYMS.has(last1)) return [...words.slice(0, -1), TITLE_SYNONYMS.get(last1)].join(' ');
  return title;
}
