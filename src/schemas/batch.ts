import { Type, type Static } from 'typebox';
import answerExamples from './answer-examples.json';
import { AttributeOptionsSchema } from './attribution';
import { BATCH_EXAMPLE_DOCUMENTS } from './examples';
import { ProblemSchema } from './problem';
import { AttributionResponseSchema } from './response';

/** One document of a batch: a line of the NDJSON body, or an element of `documents`. */
export const BatchDocumentSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 256, description: 'The client\u2019s id for the document, echoed in its answer.' }),
    text: Type.Optional(Type.String({ minLength: 1, description: 'The article, plain text.' })),
    html: Type.Optional(Type.String({ minLength: 1, description: 'The article as an HTML page, instead of `text`.' })),
    options: Type.Optional(AttributeOptionsSchema),
  },
  { additionalProperties: false, description: 'A document of a batch: an `id` and exactly one of `text` and `html`.' },
);
export type BatchDocument = Static<typeof BatchDocumentSchema>;

/** The NDJSON body: one BatchDocument per line. */
export const NdjsonBatchSchema = Type.String({
  minLength: 1,
  description:
    'One JSON object per line (`\\n` or `\\r\\n` line ends), each a BatchDocument: `{"id": "…", "text": "…"}` or `{"id": "…", "html": "…"}`. ' +
    'Blank lines are skipped but counted, so line numbers are those of the body.',
  examples: [BATCH_EXAMPLE_DOCUMENTS.join('\n')],
});

/** `POST /v1/attributions/batch` with `Content-Type: application/json`. */
export const JsonBatchSchema = Type.Object(
  {
    documents: Type.Array(Type.Unknown({ description: 'A BatchDocument; each is checked on its own, so one bad document fails alone.' }), {
      minItems: 1,
      description: 'The documents, each `{"id": "…", "text": "…"}` or `{"id": "…", "html": "…"}`; at most BATCH_MAX_LINES.',
    }),
  },
  { additionalProperties: false, examples: [{ documents: BATCH_EXAMPLE_DOCUMENTS.map((line) => JSON.parse(line) as unknown) }] },
);
export type JsonBatch = Static<typeof JsonBatchSchema>;

/** A document that failed: RFC 9457 problem details plus the line (or 1-based position in `documents`). */
export const BatchProblemSchema = Type.Object(
  { ...ProblemSchema.properties, line: Type.Integer({ minimum: 1, description: 'The line of the NDJSON body (for JSON, the 1-based position in `documents`).' }) },
  { description: 'Why this document got no attributions.' },
);

/** The answer for one document: its attributions, as POST /v1/attributions answers them, or its problem. */
export const BatchResultSchema = Type.Union([
  Type.Object(
    { id: Type.String(), ...AttributionResponseSchema.properties },
    { additionalProperties: false, description: 'A document that was attributed.' },
  ),
  Type.Object(
    { id: Type.Union([Type.String(), Type.Null()], { description: 'Null when the line is not a JSON object with an `id`.' }), error: BatchProblemSchema },
    { additionalProperties: false, description: 'A document that failed; the others are unaffected.' },
  ),
], { description: 'One line of the NDJSON answer (or one element of `results`).', examples: [answerExamples.batchNdjsonLine] });

/** `200` of the JSON form: one result per document, in order. */
export const JsonBatchResponseSchema = Type.Object(
  { results: Type.Array(BatchResultSchema) },
  { additionalProperties: false, examples: [answerExamples.batchJson] },
);
