import type { AttributeOptions, AttributionResult, Quote, Speaker } from './result';
import { ruleName } from './rules';
import { mentionsByEntity, onlyMentioned, speakerRecord } from './speakers';
import { linkEntity } from './sieves/sieve';
import { summarise } from './summary';
import type { Cue, Doc, Link, Mention, Resolution } from './types';

/** Measured precision of each rule on the gold data (see `npm run calibrate`). */
export interface Calibration {
  readonly rules: Readonly<Record<string, number>>;
  readonly fallback: number;
}

/**
 * Records in the contract's shape: quotes sorted by start, speakers in order of first quote, then the
 * entities only mentioned, then the summary.
 */
export function toRecords(
  doc: Doc,
  resolution: Resolution,
  links: readonly Link[],
  calibration: Calibration,
  options: AttributeOptions,
): AttributionResult {
  const { text } = doc;
  const includePartial = options.includePartial ?? true;
  const includeUnattributed = options.includeUnattributed ?? true;
  const minConfidence = options.minConfidence ?? 0;
  const quoteId = new Map<number, string>();
  const speakerId = new Map<number, string>();
  const speakers: Speaker[] = [];
  const quotes: Quote[] = [];
  const speakerById = new Map<string, Speaker>();
  const mentionsOf = mentionsByEntity(doc, resolution);
  const span = (m: { start: number; end: number }) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end });

  for (const q of doc.quotes) {
    const link = links[q.index] as Link;
    if (!includePartial && q.kind === 'partial') continue;
    const mention: Mention | null = link.mention === null ? null : (doc.mentions[link.mention] ?? null);
    const entity = linkEntity(link, resolution);
    const rule = ruleName(link.rule, mention !== null && entity === null);
    const confidence = round(calibration.rules[rule] ?? calibration.fallback);
    const attributed = entity !== null && mention !== null && confidence >= minConfidence;
    if (!attributed && !includeUnattributed) continue;
    const id = `q${quotes.length + 1}`;
    quoteId.set(q.index, id);
    let speaker: Quote['speaker'] = null;
    if (attributed) {
      let sid = speakerId.get(entity);
      if (sid === undefined) {
        sid = `s${speakers.length + 1}`;
        speakerId.set(entity, sid);
        const record = speakerRecord(text, sid, resolution.entities[entity], mentionsOf.get(entity) ?? []);
        speakers.push(record);
        speakerById.set(sid, record);
      }
      speakerById.get(sid)?.quoteIds.push(id);
      speaker = { id: sid, name: resolution.entities[entity]?.name ?? '', mention: span(mention) };
    }
    const cue: Cue | null = link.cue === null ? null : (doc.cues[link.cue] ?? null);
    quotes.push({
      id,
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      type: q.kind,
      continues: q.continues === null ? null : (quoteId.get(q.continues) ?? null),
      speaker,
      cue: cue ? { text: text.slice(cue.start, cue.end), lemma: cue.lemma, start: cue.start, end: cue.end } : null,
      rule,
      confidence,
    });
  }
  speakers.push(...onlyMentioned(text, resolution, mentionsOf, new Set(speakerId.keys()), speakers.length + 1));
  return { quotes, speakers, summary: summarise(speakers) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
