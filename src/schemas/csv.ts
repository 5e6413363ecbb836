import { Type } from 'typebox';
import { BATCH_CSV_COLUMNS, CSV_COLUMNS } from '../formats/csv';
import answerExamples from './answer-examples.json';

/** The `text/csv` answer: documented here, produced by src/formats/csv.ts. */
export const QuotesCsvSchema = Type.String({
  description:
    `RFC 4180 CSV in UTF-8, CRLF line ends, a header row and then one row per quote: ${CSV_COLUMNS.join(', ')}. ` +
    '`speaker` is the speaker’s canonical name, `cue` the cue’s text; both empty when unknown. `document_id` is empty for a single article. ' +
    'Fields holding commas, quote marks or line breaks are quoted, so a multi-paragraph quote stays one field.',
  examples: [answerExamples.singleCsv],
});

/** The batch's `text/csv` answer: the same rows with the document ids, and an `error` column. */
export const BatchCsvSchema = Type.String({
  description:
    `RFC 4180 CSV in UTF-8 with a header row: ${BATCH_CSV_COLUMNS.join(', ')}. One row per quote, documents in input order; ` +
    'a document without quotes has no row, a document that failed has one row with its `document_id` and the problem in `error` ' +
    '(`CODE (line N): detail`).',
  examples: [answerExamples.batchCsv],
});
