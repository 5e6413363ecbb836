import { Type, type Static } from 'typebox';
import type * as Engine from '../pipeline/result';
import { RULE_NAMES } from '../pipeline/rules';

/** A span of the received text: `text === input.slice(start, end)`, UTF-16 code units, end exclusive. */
export const SpanSchema = Type.Object(
  {
    text: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type Span = Static<typeof SpanSchema>;

export const QuoteTypeSchema = Type.Union([Type.Literal('direct'), Type.Literal('partial')], {
  description:
    '`direct`: an utterance standing on its own; `partial`: a fragment quoted inside the writer\'s own sentence.',
});
export type QuoteType = Static<typeof QuoteTypeSchema>;

export const SpeakerKindSchema = Type.Union(
  [
    Type.Literal('person'),
    Type.Literal('role'),
    Type.Literal('organisation'),
    Type.Literal('group'),
    Type.Literal('anonymous'),
    Type.Literal('author'),
    Type.Literal('unknown'),
  ],
  { description: 'What the speaker is: a named person, a role ("the spokesman"), an organisation, a group (a role or unnamed source the article only uses in the plural, "officials", "the residents"; since 0.3.0), an anonymous source, the article\'s author, or unknown.' },
);
export type SpeakerKind = Static<typeof SpeakerKindSchema>;

export const QuoteSpeakerSchema = Type.Object(
  {
    id: Type.String({ description: 'Id of the entry in `speakers`.' }),
    name: Type.String({ description: 'Canonical name of the speaker: the fullest name form in the article.' }),
    mention: SpanSchema,
  },
  { additionalProperties: false },
);
export type QuoteSpeaker = Static<typeof QuoteSpeakerSchema>;

export const CueSchema = Type.Object(
  {
    text: Type.String(),
    lemma: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false, description: 'The speech verb or other cue ("said", "told", ":") the attribution rests on.' },
);
export type Cue = Static<typeof CueSchema>;

export const QuoteSchema = Type.Object(
  {
    id: Type.String({ examples: ['q1'] }),
    text: Type.String({ description: 'The quoted words without the marks.' }),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    type: QuoteTypeSchema,
    continues: Type.Union([Type.String(), Type.Null()], {
      description: 'For a quote that continues an earlier one (a multi-paragraph quote), the id of the first quote of the chain.',
    }),
    speaker: Type.Union([QuoteSpeakerSchema, Type.Null()]),
    cue: Type.Union([CueSchema, Type.Null()]),
    rule: Type.Enum([...RULE_NAMES], {
      description:
        'The rule that decided the speaker (see the README\'s rule list). A rule that found a speaker\'s mention that resolves to nobody carries the suffix `:unresolved`, with `speaker: null`.',
    }),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);
export type Quote = Static<typeof QuoteSchema>;

export const GenderEvidenceSchema = Type.Union([Type.Literal('honorific'), Type.Literal('pronoun'), Type.Null()], {
  description: 'What `gender` rests on: an honorific ("Ms", "Sir") or the pronouns the article uses for them; null when the article gives neither (since 0.3.0).',
});
export type GenderEvidence = Static<typeof GenderEvidenceSchema>;

export const SpeakerSchema = Type.Object(
  {
    id: Type.String({ examples: ['s1'] }),
    name: Type.String(),
    kind: SpeakerKindSchema,
    title: Type.Union([Type.String(), Type.Null()], {
      description: 'The role or title the article gives them ("shadow energy minister"), from title words and appositives; null when none (since 0.3.0).',
    }),
    honorific: Type.Union([Type.String(), Type.Null()], { description: 'Honorific or title seen with the name ("Sir", "Ms").' }),
    gender: Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Null()], {
      description: 'Only from the article\'s own evidence (see `genderEvidence`), never guessed from a first name; null means unknown, a normal value.',
    }),
    genderEvidence: GenderEvidenceSchema,
    mentions: Type.Array(SpanSchema),
    quoteIds: Type.Array(Type.String(), { description: 'The quotes attributed to them; empty for someone the article only mentions.' }),
  },
  {
    additionalProperties: false,
    description: 'A person, organisation, role or group the article names: the quoted ones first (in order of first quote), then those only mentioned (in order of first mention).',
  },
);
export type Speaker = Static<typeof SpeakerSchema>;

export const SpeakerCountsSchema = Type.Object(
  { quoted: Type.Integer({ minimum: 0 }), onlyMentioned: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
export type SpeakerCounts = Static<typeof SpeakerCountsSchema>;

export const ArticleSummarySchema = Type.Object(
  {
    quoted: Type.Integer({ minimum: 0, description: 'Speakers with at least one quote.' }),
    onlyMentioned: Type.Integer({ minimum: 0, description: 'Speakers named but never quoted.' }),
    byKind: Type.Object(
      Object.fromEntries(
        (['person', 'organisation', 'role', 'group', 'anonymous', 'author', 'unknown'] as const).map((k) => [k, SpeakerCountsSchema]),
      ) as Record<SpeakerKind, typeof SpeakerCountsSchema>,
      { additionalProperties: false },
    ),
    byGender: Type.Object(
      { female: SpeakerCountsSchema, male: SpeakerCountsSchema, unknown: SpeakerCountsSchema },
      { additionalProperties: false },
    ),
    byGenderEvidence: Type.Object(
      { honorific: SpeakerCountsSchema, pronoun: SpeakerCountsSchema, none: SpeakerCountsSchema },
      { additionalProperties: false, description: '`none`: the article gives no evidence of gender, so `gender` is unknown.' },
    ),
  },
  { additionalProperties: false, description: 'Who is quoted and who is only mentioned in the article, by kind, gender and gender evidence (since 0.3.0).' },
);
export type ArticleSummary = Static<typeof ArticleSummarySchema>;

/** What the engine returns for one article. */
export const AttributionResultSchema = Type.Object(
  {
    quotes: Type.Array(QuoteSchema),
    speakers: Type.Array(SpeakerSchema),
    summary: Type.Optional(ArticleSummarySchema),
  },
  { additionalProperties: false },
);
export type AttributionResult = Static<typeof AttributionResultSchema>;

export const AttributeOptionsSchema = Type.Object(
  {
    includePartial: Type.Optional(Type.Boolean({ default: true, description: 'Include partial quotes (fragments inside the writer\'s sentence).' })),
    includeUnattributed: Type.Optional(
      Type.Boolean({ default: true, description: 'Include quotes whose speaker is unknown (scare quotes, titles).' }),
    ),
    minConfidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1, default: 0, description: 'Drop attributions below this confidence (the quote stays, with `speaker: null`).' })),
  },
  { additionalProperties: false },
);
export type AttributeOptions = Static<typeof AttributeOptionsSchema>;

/*
 * The engine owns its result types (src/pipeline/result.ts); these schemas describe them. Each check
 * fails to compile if a schema and the engine's type stop being the same shape.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape = <T extends true>(): T | undefined => undefined;
sameShape<Same<AttributionResult, Engine.AttributionResult>>();
sameShape<Same<Quote, Engine.Quote>>();
sameShape<Same<Speaker, Engine.Speaker>>();
sameShape<Same<ArticleSummary, Engine.ArticleSummary>>();
sameShape<Same<AttributeOptions, Engine.AttributeOptions>>();
