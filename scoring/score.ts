import type { Quote } from '../src/schemas/attribution';

/**
 * Scoring of predicted quotes against gold quotes: pure, no I/O. Shared by `npm run eval` and the
 * golden test so that both speak of the same matches and the same misses.
 *
 * Rules (the gold format's conventions):
 * - a prediction matches a gold quote when their spans overlap by at least half of the LONGER span;
 *   matching is one-to-one (best overlap first), so a duplicated prediction counts as spurious;
 * - a speaker is right when one of the gold `match` forms appears as whole words (case-insensitive)
 *   in `speaker.name`;
 * - an `optional` gold quote is neither required nor penalised: a prediction matching it is left out
 *   of every count, except that a gold quote with no speaker (a scare quote, a title) must still get
 *   `speaker: null` — a speaker there is a wrong attribution whether the gold quote is optional or not.
 */

/** One entry of a gold file (`seeds/gold.json`): offsets are UTF-16 code units, end exclusive. */
export interface GoldQuote {
  readonly text: string;
  /** Canonical speaker name; `''` when the quote has no speaker (scare quote, title). */
  readonly speaker: string;
  readonly kind: string;
  /** Acceptable whole-word forms of the speaker's name, e.g. `["brennan"]`. */
  readonly match: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly optional?: boolean;
}

export interface GoldArticle {
  readonly file: string;
  readonly quotes: readonly GoldQuote[];
}

export interface GoldFile {
  readonly description?: string;
  readonly articles: readonly GoldArticle[];
}

/** What scoring reads of an engine quote: a subset of the contract's `Quote`, easy to build by hand. */
export type PredictedQuote = Pick<Quote, 'text' | 'start' | 'end'> & {
  readonly speaker: { readonly name: string } | null;
};

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type MissKind =
  /** A required gold quote no prediction matches. */
  | 'not-found'
  /** A required gold quote with a speaker, found with another speaker or with none. */
  | 'wrong-speaker'
  /** A gold quote without a speaker (required or optional) found with a speaker. */
  | 'speaker-where-none'
  /** A prediction that matches no gold quote. */
  | 'spurious';

export interface Miss {
  readonly kind: MissKind;
  /** The gold quote's text (the prediction's for `spurious`). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Gold speaker name (`''` for none); `null` for `spurious`. */
  readonly goldSpeaker: string | null;
  /** Predicted speaker name; `null` when the prediction has no speaker or there is no prediction. */
  readonly predictedSpeaker: string | null;
}

/** Raw counts; every metric is a ratio of two of them, so totals are sums of counts, never of ratios. */
export interface Counts {
  /** Gold quotes not marked optional. */
  readonly requiredGold: number;
  /** Required gold quotes matched by a prediction. */
  readonly requiredFound: number;
  /** Gold quotes marked optional (for information only). */
  readonly optionalGold: number;
  /** Predictions, less those matching an optional gold quote. */
  readonly predictions: number;
  /** Predictions matching a required gold quote. */
  readonly predictionsMatched: number;
  /** Required gold quotes with a speaker. */
  readonly requiredWithSpeaker: number;
  /** Required gold quotes with a speaker, found with the right speaker. */
  readonly requiredRightSpeaker: number;
  /** Predictions with a speaker, less those matching an optional gold quote that has a speaker. */
  readonly predictedWithSpeaker: number;
  /** Predictions with a speaker that match a required gold quote and have the right speaker. */
  readonly predictedRightSpeaker: number;
}

export interface Metrics {
  /** requiredFound / requiredGold. */
  readonly detectionRecall: number | null;
  /** predictionsMatched / predictions. */
  readonly detectionPrecision: number | null;
  /** predictedRightSpeaker / predictedWithSpeaker. */
  readonly attributionPrecision: number | null;
  /** requiredRightSpeaker / requiredWithSpeaker. */
  readonly attributionRecall: number | null;
  /** Harmonic mean of attribution precision and recall (an undefined one counts as 0). */
  readonly attributionF1: number | null;
}

export interface ArticleScore {
  readonly counts: Counts;
  readonly metrics: Metrics;
  /** Every miss, in text order. */
  readonly misses: readonly Miss[];
}

/** Length of the intersection of two spans: `overlap({start:0,end:10},{start:5,end:20})` is 5. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the spans overlap by at least half of the longer one: [0,10) and [4,12) do (6 ≥ 5). */
export function spansMatch(a: Span, b: Span): boolean {
  const shared = overlap(a, b);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return shared > 0 && 2 * shared >= longer;
}

// Curly and straight apostrophes both occur in names (O’Brien / O'Brien); whitespace runs are one gap.
const normalise = (s: string): string => s.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when one of `forms` appears as whole words in `name`: "brennan" in "Alan Brennan", not in "Brennans". */
export function speakerMatches(name: string, forms: readonly string[]): boolean {
  const haystack = normalise(name);
  return forms.some((form) => {
    const needle = normalise(form);
    if (needle === '') return false;
    // Whole words: no letter or digit touching either end (Unicode-aware, so "Ö" counts as a letter).
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
  });
}

/**
 * One-to-one alignment of gold and predicted quotes: among matching pairs, the best overlap (as a
 * share of the longer span) is taken first. Returns, for each gold quote, the index of its prediction.
 */
export function alignQuotes(gold: readonly Span[], predicted: readonly Span[]): (number | null)[] {
  const pairs: { g: number; p: number; share: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (spansMatch(g, p)) {
        pairs.push({ g: gi, p: pi, share: overlap(g, p) / Math.max(g.end - g.start, p.end - p.start) });
      }
    });
  });
  pairs.sort((x, y) => y.share - x.share || x.g - y.g || x.p - y.p);
  const goldTo: (number | null)[] = gold.map(() => null);
  const taken = new Set<number>();
  for (const { g, p } of pairs) {
    if (goldTo[g] !== null || taken.has(p)) continue;
    goldTo[g] = p;
    taken.add(p);
  }
  return goldTo;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** The metrics of a set of counts; a ratio whose denominator is 0 is `null` (undefined), not 0 or 1. */
export function metricsOf(c: Counts): Metrics {
  const attributionPrecision = ratio(c.predictedRightSpeaker, c.predictedWithSpeaker);
  const attributionRecall = ratio(c.requiredRightSpeaker, c.requiredWithSpeaker);
  let attributionF1: number | null = null;
  if (attributionPrecision !== null || attributionRecall !== null) {
    const p = attributionPrecision ?? 0;
    const r = attributionRecall ?? 0;
    attributionF1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  return {
    detectionRecall: ratio(c.requiredFound, c.requiredGold),
    detectionPrecision: ratio(c.predictionsMatched, c.predictions),
    attributionPrecision,
    attributionRecall,
    attributionF1,
  };
}

export const ZERO_COUNTS: Counts = Object.freeze({
  requiredGold: 0,
  requiredFound: 0,
  optionalGold: 0,
  predictions: 0,
  predictionsMatched: 0,
  requiredWithSpeaker: 0,
  requiredRightSpeaker: 0,
  predictedWithSpeaker: 0,
  predictedRightSpeaker: 0,
});

/** Field-by-field sum: the total over articles (or gold files). */
export function addCounts(a: Counts, b: Counts): Counts {
  const sum = { ...a } as Record<keyof Counts, number>;
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] = a[key] + b[key];
  return sum;
}

const hasSpeaker = (g: GoldQuote): boolean => g.speaker.trim() !== '';

/** Scores one article's predictions against its gold quotes. */
export function scoreArticle(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[]): ArticleScore {
  const goldTo = alignQuotes(gold, predicted);
  const predTo: (number | null)[] = predicted.map(() => null);
  goldTo.forEach((p, g) => {
    if (p !== null) predTo[p] = g;
  });

  const c: Record<keyof Counts, number> = { ...ZERO_COUNTS };
  const misses: Miss[] = [];

  gold.forEach((g, gi) => {
    const pi = goldTo[gi] ?? null;
    const pred = pi === null ? null : (predicted[pi] ?? null);
    const predName = pred?.speaker?.name ?? null;
    const goldMiss = (kind: MissKind): Miss => ({
      kind,
      text: g.text,
      start: g.start,
      end: g.end,
      goldSpeaker: g.speaker,
      predictedSpeaker: predName,
    });

    if (g.optional) {
      c.optionalGold += 1;
      if (pred !== null && predName !== null && !hasSpeaker(g)) {
        c.predictedWithSpeaker += 1;
        misses.push(goldMiss('speaker-where-none'));
      }
      return;
    }

    c.requiredGold += 1;
    if (hasSpeaker(g)) c.requiredWithSpeaker += 1;
    if (pred === null) {
      misses.push(goldMiss('not-found'));
      return;
    }
    c.requiredFound += 1;
    c.predictions += 1;
    c.predictionsMatched += 1;
    if (hasSpeaker(g)) {
      const right = predName !== null && speakerMatches(predName, g.match);
      if (right) c.requiredRightSpeaker += 1;
      else misses.push(goldMiss('wrong-speaker'));
      if (predName !== null) {
        c.predictedWithSpeaker += 1;
        if (right) c.predictedRightSpeaker += 1;
      }
    } else if (predName !== null) {
      c.predictedWithSpeaker += 1;
      misses.push(goldMiss('speaker-where-none'));
    }
  });

  predicted.forEach((p, pi) => {
    if (predTo[pi] !== null) return;
    c.predictions += 1;
    if (p.speaker !== null) c.predictedWithSpeaker += 1;
    misses.push({
      kind: 'spurious',
      text: p.text,
      start: p.start,
      end: p.end,
      goldSpeaker: null,
      predictedSpeaker: p.speaker?.name ?? null,
    });
  });

  misses.sort((a, b) => a.start - b.start || a.end - b.end);
  return { counts: c, metrics: metricsOf(c), misses };
}

/**
 * Problems with a gold article itself: offsets that do not select the quote's text, a speaker
 * without `match` forms. An empty list means the gold article is usable.
 */
export function checkGoldArticle(article: GoldArticle, text: string): string[] {
  const problems: string[] = [];
  article.quotes.forEach((q, i) => {
    const where = `${article.file} quote ${i} [${q.start},${q.end})`;
    if (!(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 0 && q.end > q.start && q.end <= text.length)) {
      problems.push(`${where}: offsets out of range (text length ${text.length})`);
    } else if (text.slice(q.start, q.end) !== q.text) {
      problems.push(`${where}: text.slice(start, end) is ${JSON.stringify(truncate(text.slice(q.start, q.end), 40))}, gold says ${JSON.stringify(truncate(q.text, 40))}`);
    }
    if (q.speaker.trim() !== '' && q.match.length === 0) problems.push(`${where}: speaker "${q.speaker}" has no match forms`);
  });
  return problems;
}

/** `truncate("a long quote", 6)` is `"a lon…"`: for listing misses on one line. */
export function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** One line an engineer can act on: `not-found [34,61) “really important innovation” (gold: Alan Brennan)`. */
export function describeMiss(m: Miss, maxText = 70): string {
  const span = `[${m.start},${m.end})`;
  const quote = `“${truncate(m.text, maxText)}”`;
  const name = (n: string | null): string => (n === null || n === '' ? 'none' : `"${n}"`);
  switch (m.kind) {
    case 'not-found':
      return `not found           ${span} ${quote} (gold: ${name(m.goldSpeaker)})`;
    case 'wrong-speaker':
      return `wrong speaker       ${span} ${quote} predicted ${name(m.predictedSpeaker)}, gold ${name(m.goldSpeaker)}`;
    case 'speaker-where-none':
      return `speaker where none  ${span} ${quote} predicted ${name(m.predictedSpeaker)}, gold has no speaker`;
    case 'spurious':
      return `spurious            ${span} ${quote} (predicted speaker: ${name(m.predictedSpeaker)})`;
  }
}
