/**
 * Runs the engine in-process over PolNeAR train (one part or all of it) and scores it as the judged
 * scorer does (scoring/polnear.ts). Shared by `npm run eval -- --polnear`, `npm run calibrate -- --polnear`
 * and scripts/polnear-check.ts. Only data/train is read.
 */
import { attribute, type EngineTables } from '../src/pipeline';
import { loadPolnear, PolnearTally, scorePolnearDoc, summarise, type PolnearPart, type PolnearSummary } from '../scoring/polnear';

export type PartOption = PolnearPart | 'all';

export interface PolnearRun {
  readonly articles: number;
  readonly tally: PolnearTally;
}

/** Attributes and scores every article of `part`; `tables` defaults to the engine's own. */
export function runPolnear(path: string, part: PartOption, tables?: EngineTables): PolnearRun {
  const docs = loadPolnear(path, part);
  const tally = new PolnearTally();
  for (const doc of docs) scorePolnearDoc(tally, doc, attribute(doc.text, {}, tables));
  return { articles: docs.length, tally };
}

/** polnear.py's JSON summary line, keys in its order. */
export function pythonSummary(run: PolnearRun): PolnearSummary & { articles: number } {
  const s = summarise(run.tally.counts, run.tally.misses);
  return {
    gold: s.gold,
    detection_recall: s.detection_recall,
    attribution_precision: s.attribution_precision,
    attribution_recall: s.attribution_recall,
    attribution_f1: s.attribution_f1,
    articles: run.articles,
    errors: s.errors,
  };
}

/** `--name value` from argv; undefined when absent; an error when the value is missing. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
  return v;
}

/** `--part tune|calibrate|all` (default all). */
export function partOption(argv: readonly string[]): PartOption {
  const part = optionValue(argv, '--part') ?? 'all';
  if (part !== 'tune' && part !== 'calibrate' && part !== 'all') throw new Error(`--part must be tune, calibrate or all (got ${part})`);
  return part;
}
