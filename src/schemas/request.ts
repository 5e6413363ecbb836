import { Type, type Static } from 'typebox';
import { AttributeOptionsSchema } from './attribution';
import { EXAMPLE_ARTICLE, EXAMPLE_PAGE } from './examples';

/** `POST /v1/attributions` with `Content-Type: application/json`. */
export const AttributionRequestSchema = Type.Object(
  {
    text: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'The article, plain text. Offsets in the answer are UTF-16 code units into exactly this string (CRLF, emoji and all).',
      }),
    ),
    html: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'The article as an HTML page, instead of `text`. Its article text is extracted (paragraphs kept, entities decoded; ' +
          'scripts, styles, navigation, header, footer, asides, captions and bylines dropped) and returned as `text`; offsets index that.',
      }),
    ),
    options: Type.Optional(AttributeOptionsSchema),
  },
  {
    additionalProperties: false,
    description: 'An article to attribute: exactly one of `text` and `html`. Unknown properties are rejected.',
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

/** `POST /v1/attributions` with `Content-Type: text/html`: a page whose article text is extracted and attributed. */
export const HtmlArticleSchema = Type.String({
  minLength: 1,
  description: 'An HTML page (UTF-8). The answer carries the extracted article text as `text`; offsets index it.',
  examples: [EXAMPLE_PAGE],
});
