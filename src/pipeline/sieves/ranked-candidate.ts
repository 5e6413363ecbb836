import weights from '../ranked-candidate-weights.json';
import { CLAUSE_VERB_TAGS } from '../lexicon/tags';
import type { Mention, Paragraph, QuoteSpan, Sentence, Token } from '../types';
import { linkEntity, makeLink, type Sieve, type SieveContext } from './sieve';
import { isBackground, isFiller, prepositionBefore } from './syntax';

/** How far (in tokens) from the quote a candidate may stand: keeps the sieve linear. */
const CANDIDATE_REACH = 60;
/** How many earlier quotes of the paragraph count as its recent speakers. */
const RECENT_QUOTES = 4;
/** How many earlier quotes of the document count as its quoted speakers. */
const QUOTED_LOOKBACK = 40;

/** Mention kinds that may be ranked as a speaker. */
const CANDIDATE_KINDS: ReadonlySet<Mention['kind']> = new Set<Mention['kind']>(['person', 'name', 'pronoun', 'role', 'anonymous', 'organisation']);

/** The hand-made features the ranking weighs, in the order of the weights file. */
export const RANKING_FEATURES = [
  'person', 'pronoun', 'role', 'organisation', 'subject', 'cueNext', 'sameSentence', 'after', 'distance', 'firstInSentence',
  'nearestBefore', 'recentSpeaker', 'cueInSentence', 'cueBetween', 'possessive', 'afterPreposition', 'nested', 'plural',
  'quoteOpensSentence', 'partial', 'cueBefore', 'docSpeaker', 'sameSentenceBefore', 'sameSentenceSubject', 'onlyCandidate',
  'nearestSubject', 'nearestReporter',
] as const;
export type RankingFeature = (typeof RANKING_FEATURES)[number];

export interface RankedCandidate {
  readonly mention: Mention;
  readonly entity: number;
  readonly features: Readonly<Record<RankingFeature, number>>;
}

interface RankingWeights {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

const WEIGHTS: RankingWeights = weights;

/**
 * The last resort, after every rule has passed a quote on: the speaker-like mentions of the quote's
 * sentence and of the sentence before it (same paragraph) are scored by a weighted sum of hand-made
 * features (fitted on PolNeAR's tune part by `scripts/fit-ranked-candidate.ts`), and the best one is
 * the speaker when its score clears the fitted threshold.
 */
export const rankedCandidate: Sieve = {
  name: 'ranked-candidate',
  link(q, ctx) {
    let best: RankedCandidate | null = null;
    let bestScore = -Infinity;
    for (const c of rankingCandidates(q, ctx)) {
      const s = candidateScore(c);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best && bestScore >= WEIGHTS.threshold ? makeLink(q, 'ranked-candidate', best.mention.index, null) : null;
  },
};

/** The weighted sum of a candidate's features (a logistic model's log-odds). */
export function candidateScore(c: RankedCandidate): number {
  let s = WEIGHTS.bias;
  for (const f of RANKING_FEATURES) s += (WEIGHTS.weights[f] ?? 0) * c.features[f];
  return s;
}

/** The candidates for quote `q` with their features; none for a quote of a multi-paragraph chain, a caption or a title-case name. */
export function rankingCandidates(q: QuoteSpan, ctx: SieveContext): RankedCandidate[] {
  const { doc } = ctx;
  const qt = ctx.quoteToken[q.index] as number;
  if (q.continues !== null || doc.quotes[q.index + 1]?.continues === q.index) return [];
  if ((doc.paragraphs[q.paragraph] as Paragraph).isCaption || isTitleCase(doc.text.slice(q.start, q.end))) return [];
  const own = doc.sentences[(doc.tokens[qt] as Token).sentence] as Sentence;
  const prev = doc.sentences[own.index - 1];
  const from = Math.max(prev && prev.paragraph === own.paragraph ? prev.first : own.first, qt - CANDIDATE_REACH);
  const to = Math.min(own.last, qt + CANDIDATE_REACH);
  const recent = recentEntities(q, ctx);
  const quoted = quotedEntities(q, ctx);
  let cueInSentence = 0;
  for (let i = own.first; i < own.last && i - own.first <= 2 * CANDIDATE_REACH; i++) if ((doc.cueAt[i] ?? -1) >= 0) cueInSentence = 1;
  const out: RankedCandidate[] = [];
  const firstOfSentence = new Set<number>();
  let nearestBefore = -1;
  for (let i = from; i < to; i++) {
    for (const mi of doc.mentionsStartingAt.get(i) ?? []) {
      const m = doc.mentions[mi] as Mention;
      // "viewers", "the fans", "they": a plural group is as often the crowd talked about as a speaker.
      if (!CANDIDATE_KINDS.has(m.kind) || m.last > to || m.plural) continue;
      const entity = ctx.resolution.entityOf[m.index] ?? null;
      // "While Pike proclaims …": the subject of a time clause is background, not the one quoted.
      if (entity === null || isBackground(doc, m)) continue;
      const sentence = (doc.tokens[m.first] as Token).sentence;
      const first = !firstOfSentence.has(sentence);
      firstOfSentence.add(sentence);
      if (m.last <= qt) nearestBefore = out.length;
      out.push({ mention: m, entity, features: features(ctx, q, m, qt, own, first, recent.has(entity), quoted.has(entity), cueInSentence) });
    }
  }
  if (nearestBefore >= 0) {
    const c = out[nearestBefore] as RankedCandidate;
    out[nearestBefore] = { ...c, features: { ...c.features, nearestBefore: 1 } };
  }
  // The subject, and the reporting verb's subject, standing nearest before the quote in its sentence.
  markLast(out, qt, 'subject', 'nearestSubject');
  markLast(out, qt, 'cueNext', 'nearestReporter');
  if (out.length === 1) {
    const c = out[0] as RankedCandidate;
    out[0] = { ...c, features: { ...c.features, onlyCandidate: 1 } };
  }
  return out;
}

/** Marks with `mark` the last candidate before token `qt`, in the quote's sentence, that has feature `has`. */
function markLast(out: RankedCandidate[], qt: number, has: RankingFeature, mark: RankingFeature): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k] as RankedCandidate;
    if (c.mention.last > qt || !c.features.sameSentence || !c.features[has]) continue;
    out[k] = { ...c, features: { ...c.features, [mark]: 1 } };
    return;
  }
}

function features(
  ctx: SieveContext, q: QuoteSpan, m: Mention, qt: number, own: Sentence, first: boolean, recent: boolean, quoted: boolean, cueInSentence: number,
): Record<RankingFeature, number> {
  const { doc } = ctx;
  let v = m.last;
  while (isFiller(doc.tokens[v])) v++;
  const next = doc.tokens[v];
  const after = m.first > qt;
  let cueBetween = 0;
  for (let i = after ? qt + 1 : m.last; i < (after ? m.first : qt); i++) if ((doc.cueAt[i] ?? -1) >= 0) cueBetween = 1;
  const before = doc.tokens[m.first - 1];
  const same = m.first >= own.first;
  const subject = !m.possessive && next !== undefined && next.kind === 'word' && !next.capitalised && next.tags.some((t) => CLAUSE_VERB_TAGS.has(t));
  return {
    person: m.kind === 'person' || m.kind === 'name' ? 1 : 0,
    pronoun: m.kind === 'pronoun' ? 1 : 0,
    role: m.kind === 'role' || m.kind === 'anonymous' ? 1 : 0,
    organisation: m.kind === 'organisation' ? 1 : 0,
    subject: subject ? 1 : 0,
    cueNext: next !== undefined && (doc.cueAt[next.index] ?? -1) >= 0 ? 1 : 0,
    sameSentence: same ? 1 : 0,
    after: after ? 1 : 0,
    distance: Math.min(after ? m.first - qt : qt - m.last, CANDIDATE_REACH) / 20,
    firstInSentence: first ? 1 : 0,
    nearestBefore: 0,
    recentSpeaker: recent ? 1 : 0,
    cueInSentence,
    cueBetween,
    possessive: m.possessive ? 1 : 0,
    afterPreposition: prepositionBefore(doc, m) ? 1 : 0,
    nested: m.nested ? 1 : 0,
    plural: m.plural ? 1 : 0,
    quoteOpensSentence: own.first === qt ? 1 : 0,
    partial: q.kind === 'partial' ? 1 : 0,
    cueBefore: before !== undefined && (doc.cueAt[before.index] ?? -1) >= 0 ? 1 : 0,
    docSpeaker: quoted ? 1 : 0,
    sameSentenceBefore: same && !after ? 1 : 0,
    sameSentenceSubject: same && subject ? 1 : 0,
    onlyCandidate: 0,
    nearestSubject: 0,
    nearestReporter: 0,
  };
}

/** `a show called “Deal Room.”`: two or more words, each capitalised — a name, not somebody's words. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

/** The entities the document's earlier quotes (the latest QUOTED_LOOKBACK) was credited to. */
function quotedEntities(q: QuoteSpan, ctx: SieveContext): Set<number> {
  const out = new Set<number>();
  for (let k = Math.max(0, q.index - QUOTED_LOOKBACK); k < q.index; k++) {
    const link = ctx.links[k];
    const e = link ? linkEntity(link, ctx.resolution) : null;
    if (e !== null) out.add(e);
  }
  return out;
}

/** The entities the paragraph's latest few quotes were credited to. */
function recentEntities(q: QuoteSpan, ctx: SieveContext): Set<number> {
  const out = new Set<number>();
  for (let k = q.index - 1; k >= 0 && q.index - k <= RECENT_QUOTES; k--) {
    const p = ctx.doc.quotes[k];
    const link = ctx.links[k];
    if (!p || !link || p.paragraph !== q.paragraph) break;
    const e = linkEntity(link, ctx.resolution);
    if (e !== null) out.add(e);
  }
  return out;
}
