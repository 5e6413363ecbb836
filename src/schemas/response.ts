import { Type, type Static } from 'typebox';
import answerExamples from './answer-examples.json';
import { AttributionResultSchema } from './attribution';

export const ResponseMetaSchema = Type.Object(
  {
    version: Type.String({ description: 'Version of the service (and engine) that produced the answer.', examples: ['0.3.0'] }),
    characters: Type.Integer({ minimum: 0, description: 'Length of the received text in UTF-16 code units.' }),
    elapsedMs: Type.Number({ minimum: 0, description: 'Time spent attributing, in milliseconds, queueing included.' }),
  },
  { additionalProperties: false },
);
export type ResponseMeta = Static<typeof ResponseMetaSchema>;

/** `200` answer of `POST /v1/attributions`: the engine's result plus `meta`. */
export const AttributionResponseSchema = Type.Object(
  {
    text: Type.Optional(
      Type.String({ description: 'Only for HTML input: the article text extracted from the page, which every offset indexes.' }),
    ),
    quotes: AttributionResultSchema.properties.quotes,
    speakers: AttributionResultSchema.properties.speakers,
    summary: AttributionResultSchema.properties.summary,
    meta: ResponseMetaSchema,
  },
  {
    additionalProperties: false,
    description: 'Every quotation in the article, sorted by `start`, and the speakers they are attributed to.',
    examples: [answerExamples.single],
  },
);
export type AttributionResponse = Static<typeof AttributionResponseSchema>;
