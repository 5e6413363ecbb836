import type { AttributeOptions, AttributionResult } from '../schemas/attribution';
import calibrationData from './calibration.json';
import { buildDoc } from './build-doc';
import { buildCueLexicon, findCues, type CueLexicon } from './find-cues';
import { withDescribedSpeakers } from './find-described-speakers';
import { findMentions } from './find-mentions';
import { findParagraphs } from './find-paragraphs';
import { findQuotes } from './find-quotes';
import { linkQuotes } from './link-quotes';
import { resolveSpeakers } from './resolve-speakers';
import { toRecords, type Calibration } from './to-records';
import { tokenize } from './tokenize';

export interface Engine {
  readonly cues: CueLexicon;
  readonly calibration: Calibration;
}

/** Builds the engine's read-only tables (reporting-verb forms, rule calibration) once. */
export function createEngine(calibration: Calibration = calibrationData): Engine {
  return { cues: buildCueLexicon(), calibration };
}

/** The read-only tables every call shares: built once when the module loads, never mutated. */
const DEFAULT_ENGINE: Engine = createEngine();

/**
 * Finds every quotation in `text` and links it to its speaker. The recipe, top to bottom; every
 * stage is pure and offsets always index the text exactly as received.
 */
export function attribute(text: string, options: AttributeOptions = {}, engine?: Engine): AttributionResult {
  const e = engine ?? DEFAULT_ENGINE;
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
