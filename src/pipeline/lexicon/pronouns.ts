import type { Gender } from '../types';
import { WordList, WordMap } from './word-list';

/** Pronouns that can stand for a speaker, with the gender and number they carry. */
export interface PronounInfo {
  readonly gender: Gender;
  readonly plural: boolean;
  readonly person: 1 | 2 | 3;
  readonly neuter?: boolean;
}

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new WordMap<string, PronounInfo>([
  ['he', { gender: 'male', plural: false, person: 3 }],
  ['him', { gender: 'male', plural: false, person: 3 }],
  ['his', { gender: 'male', plural: false, person: 3 }],
  ['she', { gender: 'female', plural: false, person: 3 }],
  ['her', { gender: 'female', plural: false, person: 3 }],
  ['they', { gender: null, plural: true, person: 3 }],
  ['their', { gender: null, plural: true, person: 3 }],
  ['them', { gender: null, plural: true, person: 3 }],
  ['it', { gender: null, plural: false, person: 3, neuter: true }],
  ['its', { gender: null, plural: false, person: 3, neuter: true }],
  ['i', { gender: null, plural: false, person: 1 }],
  ['me', { gender: null, plural: false, person: 1 }],
  ['my', { gender: null, plural: false, person: 1 }],
  ['we', { gender: null, plural: true, person: 1 }],
]);

/** Subject pronouns: the clearest subject a parenthetical may follow ("he, in a statement, said"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new WordList(['he', 'she', 'they', 'we', 'i']);

/**
 * Third-person subject pronouns: the only pronouns that carry a chain to a later "he" or "she"
 * ("alongside him" does not), and the only ones a sentence's subject may be when its quote has no cue.
 */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new WordList(['he', 'she', 'they']);

/** Third-person plural pronouns: "they", "their", "them" point to a group or an organisation. */
export const THIRD_PERSON_PLURALS: ReadonlySet<string> = new WordList(['they', 'their', 'them']);

/** Pronouns that name a particular namer: "what **he** called a “…”" is his phrase, not a scare quote. */
export const SPECIFIC_NAMERS: ReadonlySet<string> = new WordList(['it', 'he', 'she', 'they', 'i', 'we']);

/** Relative pronouns that open an aside: "the mayor, **who** …, said". */
export const WH_RELATIVES: ReadonlySet<string> = new WordList(['who', 'which', 'whose', 'whom']);

/** Relative pronouns that stand for the mention before their comma: "the mayor, **that** said" too. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new WordList(['who', 'which', 'whose', 'whom', 'that']);

/** Pronouns that may open the clause a quote sits in: "**She** rails against its “wall”", "Marsh, **who** derided…". */
export const CLAUSE_PRONOUNS: ReadonlySet<string> = new WordList(['he', 'she', 'they', 'who']);

/** Relative pronouns that open a clause about a person between commas: "One attendee, **who** …, said". */
export const PERSON_RELATIVES: ReadonlySet<string> = new WordList(['who', 'whose']);
