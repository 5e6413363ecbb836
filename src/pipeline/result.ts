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

export type SpeakerKind = 'person' | 'role' | 'organisation' | 'anonymous' | 'author' | 'unknown';

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
  honorific: string | null;
  gender: 'male' | 'female' | null;
  mentions: Span[];
  quoteIds: string[];
}

/** What the engine returns for one article. */
export interface AttributionResult {
  quotes: Quote[];
  speakers: Speaker[];
}

export interface AttributeOptions {
  /** Include partial quotes (default true). */
  includePartial?: boolean;
  /** Include quotes whose speaker is unknown (default true). */
  includeUnattributed?: boolean;
  /** Drop attributions below this confidence (default 0): the quote stays, with `speaker: null`. */
  minConfidence?: number;
}
