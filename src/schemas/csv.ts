import { Type } from 'typebox';
import { CSV_COLUMNS } from '../formats/csv';

/** The `text/csv` answer: documented here, produced by src/formats/csv.ts. */
export const QuotesCsvSchema = Type.String({
  description:
    `RFC 4180 CSV in UTF-8, CRLF line ends, a header row and then one row per quote: ${CSV_COLUMNS.join(', ')}. ` +
    '`speaker` is the speaker’s canonical name, `cue` the cue’s text; both empty when unknown. `document_id` is empty for a single article. ' +
    'Fields holding commas, quote marks or line breaks are quoted, so a multi-paragraph quote stays one field.',
});
