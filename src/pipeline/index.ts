import calibrationData from './calibration.json';
import { buildDoc } from './build-doc';
import { buildCueLexicon, findCues, type CueLexicon } from './find-cues';
import { findMentions } from './find-mentions';
import { findParagraphs } from './find-paragraphs';
import { findQuotes } from './find-quotes';
import { linkQuotes } from './link-quotes';
import { withDescribedSpeakers } from './mentions/described-speakers';
import { resolveSpeakers } from './resolve-speakers';
import type { AttributeOptions, AttributionResult } from './result';
import { toRecords, type Calibration } from './to-records';
import { tokenize } from './tokenize';

export type * from './result';

/** The engine's read-only tables: reporting-verb forms and rule calibration. */
export interface EngineTables {
  readonly cues: CueLexicon;
  readonly calibration: Calibration;
}

/** Builds the engine's read-only tables once. */
export function createEngineTables(calibration: Calibration = calibrationData): EngineTables {
  return { cues: buildCueLexicon(), calibration };
}

/** The read-only tables every call shares: built once when the module loads, never mutated. */
const DEFAULT_TABLES: EngineTables = createEngineTables();

/**
 * Finds every quotation in `text` and links it to its speaker. The recipe, top to bottom; every
 * stage is pure and offsets always index the text exactly as received.
 */
export function attribute(text: string, options: AttributeOptions = {}, tables?: EngineTables): AttributionResult {
  const e = tables ?? DEFAULT_TABLES;
  const paragraphs = findParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const { tokens, sentences } = tokenize(text, paragraphs, quotes);
  const cues = findCues(tokens, e.cues);
  const mentions = withDescribedSpeakers(text, tokens, cues, findMentions(text, tokens, sentences, new Set(cues.map((c) => c.first))));
  const doc = buildDoc(text, paragraphs, quotes, tokens, sentences, cues, mentions);
  const resolution = resolveSpeakers(text, tokens, mentions, cues, paragraphs);
  const links = linkQuotes(doc, resolution);
  return toRecords(doc, resolution, links, e.calibration, options);
}
