import { Type, type Static } from 'typebox';
import { AttributeOptionsSchema } from './attribution';
import { EXAMPLE_ARTICLE } from './examples';

/** `POST /v1/attributions` with `Content-Type: application/json`. */
export const AttributionRequestSchema = Type.Object(
  {
    text: Type.String({
      minLength: 1,
      description:
        'The article, plain text. Offsets in the answer are UTF-16 code units into exactly this string (CRLF, emoji and all).',
    }),
    options: Type.Optional(AttributeOptionsSchema),
  },
  {
    additionalProperties: false,
    description: 'An article to attribute. Unknown properties are rejected.',
    examples: [{ text: EXAMPLE_ARTICLE, options: { includePartial: true } }],
  },
);
export type AttributionRequest = Static<typeof AttributionRequestSchema>;

/** `POST /v1/attributions` with `Content-Type: text/plain`: the raw article is the body, options take their defaults. */
export const PlainTextArticleSchema = Type.String({
  minLength: 1,
  description: 'The raw article as the request body (UTF-8).',
  examples: [EXAMPLE_ARTICLE],
});
