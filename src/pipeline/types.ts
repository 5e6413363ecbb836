import type { LinkRule } from './rules';

/** Internal stage types. Offsets are UTF-16 code units into the text received, end exclusive. */

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** A photo caption or credit line ("Picture: …", "… | PA Wire"): never an antecedent. */
  readonly isCaption: boolean;
}

export type QuoteKind = 'direct' | 'partial';

export interface QuoteSpan {
  readonly index: number;
  /** The quoted words, without the marks. */
  readonly start: number;
  readonly end: number;
  /** The span including the marks (close mark absent for an unclosed quote). */
  readonly outerStart: number;
  readonly outerEnd: number;
  readonly paragraph: number;
  readonly closed: boolean;
  readonly kind: QuoteKind;
  /** Index of the first quote of a multi-paragraph chain this quote continues, or null. */
  readonly continues: number | null;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface Token {
  readonly index: number;
  readonly kind: TokenKind;
  readonly text: string;
  /** Lower-cased text with a trailing possessive ('s, ’s, ’) removed. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly sentence: number;
  readonly clause: number;
  /** For kind 'quote': the QuoteSpan index. */
  readonly quote: number | null;
  readonly capitalised: boolean;
  readonly possessive: boolean;
  /** Lexical tags from the dictionary (parse.ts). */
  readonly tags: readonly string[];
}

export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  /** Token index range, end exclusive. */
  readonly first: number;
  readonly last: number;
}

export type CueForm = 'finite' | 'participle' | 'infinitive' | 'according' | 'noun';

export interface Cue {
  readonly index: number;
  /** Token index range, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lemma: string;
  readonly form: CueForm;
}

export type MentionKind = 'person' | 'name' | 'pronoun' | 'role' | 'anonymous' | 'organisation' | 'author';
export type Gender = 'male' | 'female' | null;

export interface Mention {
  readonly index: number;
  readonly kind: MentionKind;
  /** Token index range, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Name tokens without honorific or title, possessive stripped ("Alan", "Brennan"). */
  readonly name: readonly string[];
  readonly honorific: string | null;
  /** Role or title words normalised ("prime minister"); for roles, the role phrase without determiner. */
  readonly title: string | null;
  /** The role's head noun ("spokesman"), for role and anonymous mentions. */
  readonly head: string | null;
  readonly gender: Gender;
  readonly possessive: boolean;
  /** Lower-case pronoun for pronoun mentions. */
  readonly pronoun: string | null;
  /** The mention sits inside a larger mention (a possessor: "Sir Alan’s counterpart Arben Duka"). */
  readonly nested: boolean;
  readonly definite: boolean;
  readonly plural: boolean;
}

export type EntityKind = 'person' | 'role' | 'organisation' | 'anonymous' | 'author';

export interface Entity {
  readonly id: number;
  readonly kind: EntityKind;
  readonly name: string;
  readonly honorific: string | null;
  readonly gender: Gender;
}

/** Which entity each mention refers to (null when unresolved or ambiguous). */
export interface Resolution {
  readonly entities: readonly Entity[];
  readonly entityOf: readonly (number | null)[];
}

export interface Link {
  readonly quote: number;
  readonly mention: number | null;
  readonly cue: number | null;
  readonly rule: LinkRule;
  /** Entity given directly (continuations inherit their chain head's entity). */
  readonly entity: number | null;
}

/** Everything the sieves may look at, read-only. */
export interface Doc {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly QuoteSpan[];
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly cues: readonly Cue[];
  readonly mentions: readonly Mention[];
  /** Cue index by token index (-1 where none). */
  readonly cueAt: readonly number[];
  /** Mention indexes ending at each token (exclusive end = token index + 1). */
  readonly mentionsEndingAt: ReadonlyMap<number, readonly number[]>;
  /** Mention indexes starting at each token. */
  readonly mentionsStartingAt: ReadonlyMap<number, readonly number[]>;
}
