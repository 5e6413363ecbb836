/**
 * `npx tsx scripts/fit-ranked-candidate.ts <PolNeAR train folder, work tree or git dir> [--print]`:
 * fits the ranked-candidate sieve's feature weights (src/pipeline/ranked-candidate-weights.json) on
 * the TUNE part of PolNeAR train — never on the calibrate part, which judges the engine.
 *
 * Every quote that all other sieves leave open gives its candidates (sieves/ranked-candidate.ts);
 * a candidate is right when one of its entity's mentions overlaps a gold source span or a word of its
 * name is a word of the source. A conditional logit (plain gradient descent, L2) learns the
 * weights; the threshold is the lowest best-candidate score at which the answers taken so far keep
 * a precision of at least MIN_PRECISION, chosen to maximise the F1 gain (right answers minus wrong).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDoc } from '../src/pipeline/build-doc';
import { buildCueLexicon, findCues } from '../src/pipeline/find-cues';
import { findMentions } from '../src/pipeline/find-mentions';
import { findParagraphs } from '../src/pipeline/find-paragraphs';
import { findQuotes } from '../src/pipeline/find-quotes';
import { linkQuotes, SIEVES } from '../src/pipeline/link-quotes';
import { withDescribedSpeakers } from '../src/pipeline/mentions/described-speakers';
import { resolveSpeakers } from '../src/pipeline/resolve-speakers';
import { RANKING_FEATURES, rankingCandidates, type RankedCandidate } from '../src/pipeline/sieves/ranked-candidate';
import type { Sieve } from '../src/pipeline/sieves/sieve';
import { tokenize } from '../src/pipeline/tokenize';
import { loadPolnear, matchQuotes, polnearGolds, polnearPreds, type PolnearGold, type PolnearPred } from '../scoring/polnear';

const OUT = resolve(__dirname, '../src/pipeline/ranked-candidate-weights.json');
const MIN_PRECISION = 0.75;
const EPOCHS = 1500;
const RATE = 0.5;
const L2 = 0.01;
const NAME_WORD = /[A-Z][a-zA-Z'’-]{2,}/g;

interface Example {
  readonly x: number[];
  readonly y: number;
}

/** One open quote: its candidates' examples (the quote's gold, if any, decides the labels). */
type OpenQuote = Example[];

function collect(path: string): OpenQuote[] {
  const lexicon = buildCueLexicon();
  const quotes: OpenQuote[] = [];
  for (const pd of loadPolnear(path, 'tune')) {
    const text = pd.text;
    const paragraphs = findParagraphs(text);
    const qs = findQuotes(text, paragraphs);
    const { tokens, sentences } = tokenize(text, paragraphs, qs);
    const cues = findCues(tokens, lexicon);
    const mentions = withDescribedSpeakers(text, tokens, cues, findMentions(text, tokens, sentences, new Set(cues.map((c) => c.first))));
    const doc = buildDoc(text, paragraphs, qs, tokens, sentences, cues, mentions);
    const resolution = resolveSpeakers(text, tokens, mentions, cues, paragraphs);
    const open = new Map<number, RankedCandidate[]>();
    const recorder: Sieve = {
      name: 'ranked-candidate',
      link(q, ctx) {
        open.set(q.index, rankingCandidates(q, ctx));
        return null;
      },
    };
    linkQuotes(doc, resolution, [...SIEVES.filter((s) => s.name !== 'ranked-candidate'), recorder]);
    const golds = polnearGolds(text, pd.ann);
    const spans = polnearPreds(text, qs.map((q) => ({ start: q.start, end: q.end, index: q.index }) as unknown as PolnearPred)) as unknown as { start: number; end: number; index: number }[];
    const { predTo } = matchQuotes(golds, spans);
    spans.forEach((sp, pi) => {
      const cands = open.get(sp.index);
      if (!cands || cands.length === 0) return;
      const gi = predTo.get(pi);
      const gold: PolnearGold | undefined = gi === undefined ? undefined : golds[gi];
      if (gold?.optional) return;
      quotes.push(
        cands.map((c) => {
          const ms = doc.mentions.filter((m) => resolution.entityOf[m.index] === c.entity);
          const names = (resolution.entities[c.entity]?.name.match(NAME_WORD) ?? []).map((w) => w.toLowerCase());
          const right =
            gold !== undefined &&
            gold.sources.some((src) => [c.mention, ...ms].some((m) => src.spans.some(([a, b]) => Math.min(m.end, b) > Math.max(m.start, a))) || names.some((w) => src.words.has(w)));
          return { x: RANKING_FEATURES.map((f) => c.features[f]), y: right ? 1 : 0 };
        }),
      );
    });
  }
  return quotes;
}

/**
 * A conditional logit over each quote's candidates plus "nobody" (score 0): the weights raise the
 * log-probability of the right candidates, or of nobody when none is right.
 */
function fit(quotes: readonly OpenQuote[]): { bias: number; w: number[] } {
  const n = RANKING_FEATURES.length;
  let bias = 0;
  const w = new Array<number>(n).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    let gb = 0;
    const gw = new Array<number>(n).fill(0);
    for (const cs of quotes) {
      const z = cs.map((e) => e.x.reduce((s, v, j) => s + v * (w[j] as number), bias));
      const top = Math.max(0, ...z);
      const ez = z.map((v) => Math.exp(v - top));
      const total = ez.reduce((s, v) => s + v, Math.exp(-top));
      const p = ez.map((v) => v / total);
      const rightMass = cs.reduce((s, e, i) => s + (e.y ? (p[i] as number) : 0), 0);
      cs.forEach((e, i) => {
        const pi = p[i] as number;
        const err = pi - (rightMass > 0 && e.y ? pi / rightMass : 0);
        gb += err;
        for (let j = 0; j < n; j++) gw[j] = (gw[j] as number) + err * (e.x[j] as number);
      });
    }
    bias -= (RATE * gb) / quotes.length;
    for (let j = 0; j < n; j++) w[j] = (w[j] as number) - RATE * ((gw[j] as number) / quotes.length + L2 * (w[j] as number));
  }
  return { bias, w };
}

function main(): void {
  const path = process.argv[2];
  if (!path) throw new Error('usage: fit-ranked-candidate.ts <PolNeAR train> [--print]');
  const quotes = collect(path);
  const examples = quotes.flat();
  const { bias, w } = fit(quotes);
  const score = (e: Example): number => e.x.reduce((s, v, j) => s + v * (w[j] as number), bias);
  const best = quotes.map((cs) => cs.reduce((b, e) => (score(e) > score(b) ? e : b))).map((e) => ({ s: score(e), y: e.y })).sort((a, b) => b.s - a.s);
  let right = 0;
  let threshold = Infinity;
  let gain = 0;
  let taken = { right: 0, answered: 0 };
  best.forEach((b, i) => {
    right += b.y;
    const answered = i + 1;
    const g = right * 1.08 - (answered - right) * 0.92;
    if (right / answered >= MIN_PRECISION && g > gain && (best[i + 1]?.s ?? -Infinity) < b.s) {
      gain = g;
      threshold = b.s;
      taken = { right, answered };
    }
  });
  const weights = Object.fromEntries(RANKING_FEATURES.map((f, j) => [f, Math.round((w[j] as number) * 1000) / 1000]));
  const out = {
    description: 'Weights of the ranked-candidate sieve (log-odds per feature), fitted on the tune part of PolNeAR train by `npx tsx scripts/fit-ranked-candidate.ts`. Do not edit by hand.',
    bias: Math.round(bias * 1000) / 1000,
    threshold: Math.floor(threshold * 1000) / 1000,
    weights,
  };
  console.error(`open quotes ${quotes.length}, candidates ${examples.length}, positives ${examples.filter((e) => e.y).length}, answered ${taken.answered}, right ${taken.right}`);
  if (process.argv.includes('--print')) console.log(JSON.stringify(out, null, 2));
  else writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
}

main();
