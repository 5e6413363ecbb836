import { stringify } from 'csv-stringify/sync';
import type { AttributionResult } from '../schemas/attribution';

/** The columns of the CSV answer, in order: one row per quote. */
export const CSV_COLUMNS = [
  'document_id',
  'quote_id',
  'start',
  'end',
  'type',
  'text',
  'speaker',
  'speaker_kind',
  'cue',
  'rule',
  'confidence',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The batch answer adds one column: a document that failed gets one row with its id and the problem. */
export const BATCH_CSV_COLUMNS = [...CSV_COLUMNS, 'error'] as const;

/** The media type of the answer: RFC 4180 with its optional header row, UTF-8. */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8; header=present';

/** One row per quote of `result`, in its order; `documentId` fills the first column (empty for a single article). */
export function quoteRows(documentId: string, result: AttributionResult): string[][] {
  const kinds = new Map(result.speakers.map((s) => [s.id, s.kind]));
  return result.quotes.map((q) => [
    documentId,
    q.id,
    String(q.start),
    String(q.end),
    q.type,
    q.text,
    q.speaker?.name ?? '',
    q.speaker ? (kinds.get(q.speaker.id) ?? '') : '',
    q.cue?.text ?? '',
    q.rule,
    String(q.confidence),
  ]);
}

/**
 * Rows as RFC 4180 CSV: CRLF between records, fields quoted when they hold a comma, a quote mark or a
 * line break (a multi-line quote stays one field), `"` doubled. With `header`, the column names first.
 */
export function toCsv(rows: readonly (readonly string[])[], columns: readonly string[] | null): string {
  return stringify(rows as string[][], {
    header: columns !== null,
    columns: columns === null ? undefined : [...columns],
    record_delimiter: 'windows',
  });
}
