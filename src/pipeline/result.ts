/**
 * What the engine returns: its own types. src/schemas/attribution.ts describes them for validation
 * and OpenAPI, and checks at compile time that its schemas and these types stay the same shape.
 */

import type { RuleName } from './rules';

/** A span of the received text: `text === input.slice(start, end)`, UTF-16 code units, end exclusive. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** `direct`: an utterance standing on its own; `partial`: a fragment quoted inside the writer's own sentence. */
export type QuoteType = 'direct' | 'partial';

/** `group`: a role or unnamed source the article only uses in the plural ("officials", "the residents"). */
export type SpeakerKind = 'person' | 'role' | 'organisation' | 'group' | 'anonymous' | 'author' | 'unknown';

/** Where a speaker's gender comes from: an honorific ("Ms") or the pronouns the article uses for them. */
export type GenderEvidence = 'honorific' | 'pronoun' | null;

export interface QuoteSpeaker {
  /** Id of the entry in `speakers`. */
  id: string;
  /** Canonical name of the speaker: the fullest name form in the article. */
  name: string;
  mention: Span;
}

/** The speech verb or other cue ("said", "told", ":") the attribution rests on. */
export interface QuoteCue {
  text: string;
  lemma: string;
  start: number;
  end: number;
}

export interface Quote {
  id: string;
  /** The quoted words without the marks. */
  text: string;
  start: number;
  end: number;
  type: QuoteType;
  /** For a quote that continues an earlier one, the id of the first quote of the chain. */
  continues: string | null;
  speaker: QuoteSpeaker | null;
  cue: QuoteCue | null;
  /** The rule that decided the speaker (rules.ts). */
  rule: RuleName;
  confidence: number;
}

export interface Speaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  /** The role or title the article gives them ("shadow energy minister"), from title words and appositives. */
  title: string | null;
  honorific: string | null;
  /** Only from the article's own evidence (`genderEvidence`); null (unknown) otherwise, never from a first name. */
  gender: 'male' | 'female' | null;
  genderEvidence: GenderEvidence;
  mentions: Span[];
  /** The quotes attributed to them; empty for an entity the article only mentions. */
  quoteIds: string[];
}

/** Speakers quoted and only mentioned. */
export interface SpeakerCounts {
  quoted: number;
  onlyMentioned: number;
}

/** Who is quoted and who only mentioned in one article, overall, by kind, by gender and by its evidence. */
export interface ArticleSummary extends SpeakerCounts {
  byKind: Record<SpeakerKind, SpeakerCounts>;
  byGender: { female: SpeakerCounts; male: SpeakerCounts; unknown: SpeakerCounts };
  byGenderEvidence: { honorific: SpeakerCounts; pronoun: SpeakerCounts; none: SpeakerCounts };
}

/** What the engine returns for one article. */
export interface AttributionResult {
  quotes: Quote[];
  /** Quoted speakers first (in order of first quote), then the entities only mentioned (in order of first mention). */
  speakers: Speaker[];
  /** Optional in the contract (added in 0.3.0); the engine always fills it. */
  summary?: ArticleSummary;
}

export interface AttributeOptions {
  /** Include partial quotes (default true). */
  includePartial?: boolean;
  /** Include quotes whose speaker is unknown (default true). */
  includeUnattributed?: boolean;
  /** Drop attributions below this confidence (default 0): the quote stays, with `speaker: null`. */
  minConfidence?: number;
}
