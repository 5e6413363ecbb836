import type { AttributeOptions, AttributionResult } from '../schemas/attribution';

/** Finds every quotation in `text` and links it to its speaker. Pure: no I/O, no globals. */
export function attribute(text: string, options: AttributeOptions = {}): AttributionResult {
  // Placeholder until the engine lands: no quotes.
  void text;
  void options;
  return { quotes: [], speakers: [] };
}
