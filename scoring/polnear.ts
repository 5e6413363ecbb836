/**
 * PolNeAR (brat standoff news attributions) scored exactly as the judged scorer does it
 * (`shared/eval/polnear.py` with `score.py`): the same articles, the same tune/calibrate split, the
 * same gold quotes, the same matching and the same counts, so that `npm run eval -- --polnear` and the
 * Python print identical numbers. `scripts/polnear-check.ts` shows that they do.
 *
 * Conventions of the Python kept here on purpose:
 * - brat offsets count code points; the service's count UTF-16 code units: gold spans are converted;
 * - texts are read as Python's text mode reads them (universal newlines: CRLF and CR become LF);
 * - gold quotes are the double-mark stretches inside attribution contents; a gold quote with no
 *   source is optional; a prediction that opens right after a single mark is outside the gold universe;
 * - matching is greedy on the overlap share (ties: later gold, then later prediction, first — the
 *   Python sorts (share, gold, prediction) tuples in reverse);
 * - metrics are rounded as Python's `round(x, 4)` rounds (half to even on the exact value).
 *
 * Only data/train is ever read. The texts are third-party copy: nothing here may print them beyond a
 * miss label on the engineer's own terminal.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// ---------------------------------------------------------------------------------------------
// Loading

export type PolnearPart = 'tune' | 'calibrate';

export interface PolnearDoc {
  /** The article's name: the annotation file's name less `_<annotator>.ann`. */
  readonly name: string;
  readonly text: string;
  /** The raw brat standoff annotation. */
  readonly ann: string;
}

/** Python's text mode: `\r\n` and a lone `\r` are read as `\n` (brat offsets count the text as read). */
export function readAsPython(raw: string): string {
  return raw.replace(/\r\n?/g, '\n');
}

/**
 * 'calibrate' for one article in five, 'tune' for the rest, by the SHA-256 of the article's name read
 * as a number modulo 5 (as `part_of` in polnear.py does).
 */
export function partOf(name: string): PolnearPart {
  const hex = createHash('sha256').update(name, 'utf8').digest('hex');
  return BigInt(`0x${hex}`) % 5n === 0n ? 'calibrate' : 'tune';
}

/**
 * One annotation file per article: the files sorted by name, the first of each article kept
 * (`a_d473.ann`, `a_4e07.ann` → `a_4e07.ann`). Returns [article, annotation file] pairs in order.
 */
export function pickAnnotations(annFiles: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const file of [...annFiles].filter((f) => f.endsWith('.ann')).sort(byCodePoint)) {
    const stem = file.slice(0, -4);
    const cut = stem.lastIndexOf('_');
    const article = cut < 0 ? stem : stem.slice(0, cut);
    if (seen.has(article)) continue;
    seen.add(article);
    out.push([article, file]);
  }
  return out;
}

// Python sorts strings by code point; JavaScript's default sort compares UTF-16 units.
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/**
 * The train folder (with `attributions/` and `text/`) for a path that is the train folder itself, a
 * PolNeAR work tree, or a PolNeAR git directory (a snapshot without a work tree). From a git directory
 * only data/train/text and data/train/attributions are extracted, into `cache` (by default the one
 * polnear.py uses, reused when it already holds a train folder).
 */
export function resolveTrainDir(path: string, cache = join(tmpdir(), 'polnear-train')): string {
  if (isDir(join(path, 'attributions')) && isDir(join(path, 'text'))) return path;
  if (isDir(join(path, 'data', 'train', 'attributions'))) return join(path, 'data', 'train');
  if (existsSync(join(path, 'HEAD')) && isDir(join(path, 'objects'))) {
    const train = join(cache, 'data', 'train');
    if (!isDir(train)) {
      mkdirSync(cache, { recursive: true });
      const archive = execFileSync('git', ['--git-dir', path, 'archive', 'HEAD', 'data/train/text', 'data/train/attributions'], {
        maxBuffer: 1 << 30,
      });
      execFileSync('tar', ['-x', '-C', cache], { input: archive });
    }
    return train;
  }
  throw new Error(`${path}: neither a PolNeAR train folder, a PolNeAR work tree nor a PolNeAR git directory`);
}

/** The train articles of one part (or all of them), in the order polnear.py scores them. */
export function loadPolnear(path: string, part: PolnearPart | 'all' = 'all', cache?: string): PolnearDoc[] {
  const train = resolveTrainDir(path, cache);
  const docs: PolnearDoc[] = [];
  for (const [name, file] of pickAnnotations(readdirSync(join(train, 'attributions')))) {
    if (part !== 'all' && partOf(name) !== part) continue;
    const text = readAsPython(readFileSync(join(train, 'text', `${name}.txt`), 'utf8'));
    docs.push({ name, text, ann: readAsPython(readFileSync(join(train, 'attributions', file), 'utf8')) });
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------
// Brat standoff

/** A text-bound annotation: its type, its fragments (code-point offsets, end exclusive) and its text. */
export interface BratSpan {
  readonly type: string;
  readonly spans: readonly (readonly [number, number])[];
  readonly text: string;
}

export interface BratDoc {
  readonly spans: ReadonlyMap<string, BratSpan>;
  /** Event arguments, role → annotation id (`{Source: 'T1', Content: 'T3'}`). */
  readonly events: readonly Readonly<Record<string, string>>[];
}

const ANN_LINE = /^[#AENRT]\d+\t/;
const PY_WHITESPACE = new Set([
  ...'\t\n\v\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
]);
/** Python's `str.isspace` for one character (JavaScript's `\s` differs: it has U+FEFF, lacks U+001C–U+001F and U+0085). */
export const isPySpace = (ch: string | undefined): boolean => ch !== undefined && PY_WHITESPACE.has(ch);

/** Parses brat standoff as polnear.py does; a line that starts no annotation continues the one before. */
export function parseAnn(raw: string): BratDoc {
  const lines: string[] = [];
  for (const l of raw.split('\n')) {
    if (ANN_LINE.test(l) || lines.length === 0) lines.push(l);
    else lines[lines.length - 1] += `\n${l}`;
  }
  const spans = new Map<string, BratSpan>();
  const events: Record<string, string>[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const parts = line.split('\t');
    if (line.startsWith('T')) {
      const field = parts[1] ?? '';
      const cut = field.indexOf(' ');
      const type = cut < 0 ? field : field.slice(0, cut);
      const fragments = (cut < 0 ? '' : field.slice(cut + 1)).split(';').map((s) => {
        const [a, b] = s.trim().split(/\s+/).map(Number);
        return [a!, b!] as const;
      });
      spans.set(parts[0]!, { type, spans: fragments, text: parts.length > 2 ? parts[2]! : '' });
    } else if (line.startsWith('E')) {
      const args: Record<string, string> = {};
      for (const r of (parts[1] ?? '').trim().split(/\s+/)) {
        const [role, id] = r.split(':');
        if (role !== undefined && id !== undefined) args[role] = id;
      }
      events.push(args);
    }
  }
  return { spans, events };
}

// ---------------------------------------------------------------------------------------------
// Gold quotes

/** One annotated source of a gold quote: its fragments (UTF-16) and the words of its text, lower case. */
export interface PolnearSource {
  readonly spans: readonly (readonly [number, number])[];
  readonly words: ReadonlySet<string>;
}

export interface PolnearGold {
  /** UTF-16 offsets of the quoted words (marks and surrounding space excluded). */
  readonly start: number;
  readonly end: number;
  /** No attribution containing the stretch has a source: neither required nor penalised. */
  readonly optional: boolean;
  /** Every source of an attribution that contains the stretch (nested attributions: any counts). */
  readonly sources: readonly PolnearSource[];
  /** `<first 60 characters> -> <source text>`, for listing misses. */
  readonly label: string;
}

const QUOTE_OPEN = '“"';
const QUOTE_CLOSE = '”"';
const HAS_DOUBLE_MARK = /[“”"]/;
const WORD = /[a-z'’-]+/gi;

/** `ch` is one of the characters of `set` (one code point, as Python's `ch in "“\""` asks). */
const isOneOf = (set: string, ch: string | undefined): boolean => ch !== undefined && ch !== '' && set.includes(ch);

/** Maps a code-point index of `chars` to its UTF-16 index (length + 1 entries). */
export function utf16Index(chars: readonly string[]): number[] {
  const out = [0];
  let n = 0;
  for (const ch of chars) {
    n += ch.length;
    out.push(n);
  }
  return out;
}

/**
 * The quoted stretches inside chars[s, e): from an opening mark to the next closing mark or the end;
 * a stretch cut at the span's end runs on to a closing mark later in the paragraph.
 */
export function quoteSegments(chars: readonly string[], s: number, e: number): [number, number][] {
  const segs: [number, number][] = [];
  let i = s;
  while (i < e) {
    if (!isOneOf(QUOTE_OPEN, chars[i])) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < e && !isOneOf(QUOTE_CLOSE, chars[j])) j += 1;
    if (j >= e) {
      let k = j;
      while (k < chars.length && !isOneOf(QUOTE_CLOSE, chars[k]) && chars[k] !== '\n') k += 1;
      if (k < chars.length && isOneOf(QUOTE_CLOSE, chars[k])) j = k;
    }
    let a = i + 1;
    let b = j;
    while (a < b && isPySpace(chars[a])) a += 1;
    while (b > a && isPySpace(chars[b - 1])) b -= 1;
    if (b - a >= 2) segs.push([a, b]);
    i = j + 1;
  }
  return segs;
}

/** The gold quotes of one article, in annotation order. */
export function polnearGolds(text: string, annRaw: string): PolnearGold[] {
  const { spans, events } = parseAnn(annRaw);
  const chars = Array.from(text);
  const idx = utf16Index(chars);
  const golds: { start: number; end: number; optional: boolean; sources: PolnearSource[]; label: string }[] = [];
  const seen = new Map<string, (typeof golds)[number]>();
  for (const e of events) {
    if (e.Content === undefined) continue;
    const content = spans.get(e.Content);
    if (content === undefined) throw new Error(`event content ${e.Content} is not a text-bound annotation`);
    if (!HAS_DOUBLE_MARK.test(content.text)) continue;
    const src = e.Source === undefined ? undefined : spans.get(e.Source);
    const source: PolnearSource = {
      spans: src ? src.spans.map(([a, b]) => [at(idx, a), at(idx, b)] as const) : [],
      words: new Set((src?.text.match(WORD) ?? []).map((w) => w.toLowerCase())),
    };
    for (const [a, b] of content.spans) {
      for (const [s0, s1] of quoteSegments(chars, a, b)) {
        const key = `${idx[s0]},${idx[s1]}`;
        const known = seen.get(key);
        if (known) {
          known.sources.push(source);
          known.optional = known.optional && !src;
          continue;
        }
        const label = `${chars.slice(s0, s1).slice(0, 60).join('')} -> ${src?.text || '?'}`;
        const gold = { start: idx[s0]!, end: idx[s1]!, optional: !src, sources: [source], label };
        seen.set(key, gold);
        golds.push(gold);
      }
    }
  }
  return golds;
}

function at(idx: readonly number[], i: number): number {
  const v = idx[i];
  if (v === undefined) throw new Error(`offset ${i} is outside the text`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Predictions

export interface PolnearSpan {
  readonly start: number;
  readonly end: number;
}

/** What scoring reads of the service's answer: a quote with its speaker and that speaker's mentions. */
export interface PolnearPred {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: { readonly name: string; readonly mention?: PolnearSpan | null } | null;
  /** The speaker has a non-empty name. */
  readonly attributed: boolean;
  /** Every mention the answer gives the speaker's entity. */
  readonly mentions: readonly PolnearSpan[];
  readonly rule: string;
  readonly confidence: number;
}

/** The service's answer shape, as far as scoring reads it (the engine's AttributionResult fits). */
export interface AnswerLike {
  readonly quotes: readonly {
    readonly start: number;
    readonly end: number;
    readonly text?: string;
    readonly speaker: { readonly id?: string; readonly name?: string; readonly mention?: PolnearSpan | null } | null;
    readonly rule?: string;
    readonly confidence?: number;
  }[];
  readonly speakers?: readonly { readonly id?: string; readonly mentions?: readonly PolnearSpan[] }[];
}

/** Predictions from an answer (polnear.py's `preds_of`). */
export function predsOf(answer: AnswerLike): PolnearPred[] {
  const mentions = new Map<string | undefined, readonly PolnearSpan[]>();
  for (const s of answer.speakers ?? []) mentions.set(s.id, s.mentions ?? []);
  return answer.quotes.map((q) => {
    const sp = q.speaker ?? null;
    return {
      start: q.start,
      end: q.end,
      text: q.text ?? '',
      speaker: sp === null ? null : { name: sp.name ?? '', mention: sp.mention ?? null },
      attributed: sp !== null && (sp.name ?? '') !== '',
      mentions: sp === null ? [] : (mentions.get(sp.id) ?? []),
      rule: q.rule ?? '',
      confidence: q.confidence ?? 0,
    };
  });
}

const SINGLE_MARKS = '‘\'‛';

/**
 * Drops predictions that open right after a single mark (space between allowed): PolNeAR's gold here
 * covers double-mark stretches only, so a single-quoted one is outside it (polnear.py's `polnear_preds`).
 */
export function polnearPreds(text: string, preds: readonly PolnearPred[]): PolnearPred[] {
  const chars = Array.from(text);
  const back = new Map<number, number>();
  utf16Index(chars).forEach((u, i) => back.set(u, i));
  return preds.filter((p) => {
    const i = back.get(p.start);
    if (i === undefined || i === 0) return true;
    let j = i - 1;
    while (j >= 0 && isPySpace(chars[j])) j -= 1;
    return !(j >= 0 && isOneOf(SINGLE_MARKS, chars[j]));
  });
}

// ---------------------------------------------------------------------------------------------
// Scoring

const NAME_WORD = /[A-Z][a-zA-Z'’-]{2,}/g;
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Sir', 'Dr', 'Lord', 'Lady', 'The', 'President', 'Senator', 'Sen', 'Rep', 'Gov', 'Governor', 'Secretary', 'Minister']);

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * The speaker is right for this gold quote: one of the speaker's mentions overlaps a source span, or a
 * capitalised word of its name (titles aside) is a word of a source's text.
 */
export function speakerRight(gold: PolnearGold, p: PolnearPred): boolean {
  if (p.speaker === null) return false;
  const ms = [...(p.speaker.mention ? [p.speaker.mention] : []), ...p.mentions];
  const names = (p.speaker.name.match(NAME_WORD) ?? []).filter((w) => !TITLES.has(w)).map((w) => w.toLowerCase());
  return gold.sources.some(
    (src) => ms.some((m) => src.spans.some(([a, b]) => overlap(m.start, m.end, a, b) > 0)) || names.some((w) => src.words.has(w)),
  );
}

/**
 * Greedy one-to-one matching on the overlap share (≥ 0.5 of the longer span). Candidates are taken in
 * descending (share, gold index, prediction index) order, as the Python's reverse tuple sort does.
 */
export function matchQuotes(golds: readonly PolnearSpan[], preds: readonly PolnearSpan[]): { goldTo: Map<number, number>; predTo: Map<number, number> } {
  const cands: [number, number, number][] = [];
  golds.forEach((g, gi) => {
    preds.forEach((p, pi) => {
      const o = overlap(g.start, g.end, p.start, p.end);
      if (o <= 0) return;
      const r = o / Math.max(g.end - g.start, p.end - p.start, 1);
      if (r >= 0.5) cands.push([r, gi, pi]);
    });
  });
  cands.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const goldTo = new Map<number, number>();
  const predTo = new Map<number, number>();
  for (const [, gi, pi] of cands) {
    if (goldTo.has(gi) || predTo.has(pi)) continue;
    goldTo.set(gi, pi);
    predTo.set(pi, gi);
  }
  return { goldTo, predTo };
}

/** The error buckets polnear.py prints (`errors`). */
export type PolnearErrorKind = 'not found' | 'no speaker' | 'wrong speaker' | 'extra quote';

export interface PolnearMiss {
  readonly doc: string;
  readonly label: string;
  readonly kind: PolnearErrorKind;
  /** The predicted speaker's name, when there is one. */
  readonly predicted: string | null;
  /** The rule that decided the prediction; null for `not found`. */
  readonly rule: string | null;
}

/**
 * How a prediction fared, for per-rule precision and calibration: `right`/`wrong` as the precision
 * count judges an attributed prediction; a prediction without a speaker is right unless it matched a
 * gold quote that needs one. `unjudged`: an attributed prediction on an optional gold quote.
 */
export type Judgement = 'right' | 'wrong' | 'unjudged';

export interface JudgedPred {
  readonly doc: string;
  readonly rule: string;
  readonly confidence: number;
  readonly attributed: boolean;
  readonly judgement: Judgement;
}

/** Raw counts (polnear.py's Tally); the metrics are ratios of them. */
export interface PolnearCounts {
  /** Required gold quotes (with a source). */
  gold: number;
  /** Required gold quotes matched by a prediction. */
  detected: number;
  /** Required gold quotes matched by a prediction with the right speaker. */
  correct: number;
  /** Attributed predictions, less those on optional gold quotes. */
  predAttr: number;
  /** Attributed predictions on a required gold quote, with the right speaker. */
  predAttrOk: number;
}

export class PolnearTally {
  readonly counts: PolnearCounts = { gold: 0, detected: 0, correct: 0, predAttr: 0, predAttrOk: 0 };
  readonly misses: PolnearMiss[] = [];
  readonly judged: JudgedPred[] = [];

  /** Scores one article's (already filtered) predictions against its gold quotes. */
  add(golds: readonly PolnearGold[], preds: readonly PolnearPred[], doc = ''): void {
    const c = this.counts;
    const { goldTo, predTo } = matchQuotes(golds, preds);
    golds.forEach((g, gi) => {
      if (g.optional) return;
      c.gold += 1;
      const pi = goldTo.get(gi);
      if (pi === undefined) {
        this.misses.push({ doc, label: g.label, kind: 'not found', predicted: null, rule: null });
        return;
      }
      c.detected += 1;
      const p = preds[pi]!;
      if (p.attributed && speakerRight(g, p)) c.correct += 1;
      else this.misses.push({ doc, label: g.label, kind: p.speaker ? 'wrong speaker' : 'no speaker', predicted: p.speaker?.name ?? null, rule: p.rule });
    });
    preds.forEach((p, pi) => {
      const gi = predTo.get(pi);
      const g = gi === undefined ? undefined : golds[gi];
      const judge = (judgement: Judgement): void => {
        this.judged.push({ doc, rule: p.rule, confidence: p.confidence, attributed: p.attributed, judgement });
      };
      if (!p.attributed) return judge(g !== undefined && !g.optional ? 'wrong' : 'right');
      if (g?.optional) return judge('unjudged');
      c.predAttr += 1;
      if (g !== undefined && speakerRight(g, p)) {
        c.predAttrOk += 1;
        return judge('right');
      }
      if (g === undefined) this.misses.push({ doc, label: Array.from(p.text).slice(0, 60).join(''), kind: 'extra quote', predicted: p.speaker?.name ?? null, rule: p.rule });
      return judge('wrong');
    });
  }

  summary(): PolnearSummary {
    return summarise(this.counts, this.misses);
  }
}

/** The JSON line polnear.py prints (less `articles`, which the caller knows). */
export interface PolnearSummary {
  gold: number;
  detection_recall: number;
  attribution_precision: number;
  attribution_recall: number;
  attribution_f1: number;
  errors: Partial<Record<PolnearErrorKind, number>>;
}

/** Python's `round(x, 4)`: the nearest 4-decimal value, a tie to the even last digit. */
export function pyRound4(x: number): number {
  // A double is halfway between two 4-decimal values only when it is an odd multiple of 1/32
  // (0.03125, 0.09375, …): x·32 is then an odd integer, exactly, since 32 is a power of two.
  const t = x * 32;
  if (Number.isInteger(t) && Math.abs(t % 2) === 1) {
    const lo = Math.floor(x * 10000);
    return (lo % 2 === 0 ? lo : lo + 1) / 10000;
  }
  return Number(x.toFixed(4));
}

export function summarise(c: PolnearCounts, misses: readonly PolnearMiss[]): PolnearSummary {
  const R = c.gold ? c.correct / c.gold : 0;
  const P = c.predAttr ? c.predAttrOk / c.predAttr : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const D = c.gold ? c.detected / c.gold : 0;
  const errors: Partial<Record<PolnearErrorKind, number>> = {};
  for (const m of misses) errors[m.kind] = (errors[m.kind] ?? 0) + 1;
  return {
    gold: c.gold,
    detection_recall: pyRound4(D),
    attribution_precision: pyRound4(P),
    attribution_recall: pyRound4(R),
    attribution_f1: pyRound4(F),
    errors,
  };
}

/** Scores one article: gold from its annotation, predictions from an answer for its text. */
export function scorePolnearDoc(tally: PolnearTally, doc: PolnearDoc, answer: AnswerLike): void {
  tally.add(polnearGolds(doc.text, doc.ann), polnearPreds(doc.text, predsOf(answer)), doc.name.slice(0, 48));
}

// ---------------------------------------------------------------------------------------------
// Per-rule precision and calibration

export interface RuleStat {
  readonly rule: string;
  /** Predictions judged right or wrong. */
  readonly judged: number;
  readonly right: number;
  /** Attributed predictions on optional gold quotes: neither right nor wrong. */
  readonly unjudged: number;
  /** right / judged; null when nothing was judged. */
  readonly precision: number | null;
  /** Mean reported confidence over the judged predictions; null when nothing was judged. */
  readonly meanConfidence: number | null;
}

/** Each rule's record on the judged predictions, most frequent rule first (ties by name). */
export function ruleStats(judged: readonly JudgedPred[]): RuleStat[] {
  const by = new Map<string, { judged: number; right: number; unjudged: number; conf: number }>();
  for (const j of judged) {
    const s = by.get(j.rule) ?? { judged: 0, right: 0, unjudged: 0, conf: 0 };
    if (j.judgement === 'unjudged') s.unjudged += 1;
    else {
      s.judged += 1;
      s.conf += j.confidence;
      if (j.judgement === 'right') s.right += 1;
    }
    by.set(j.rule, s);
  }
  return [...by]
    .map(([rule, s]) => ({
      rule,
      judged: s.judged,
      right: s.right,
      unjudged: s.unjudged,
      precision: s.judged ? s.right / s.judged : null,
      meanConfidence: s.judged ? s.conf / s.judged : null,
    }))
    .sort((a, b) => b.judged - a.judged || a.rule.localeCompare(b.rule));
}

/** Error buckets per rule (`not found` has no rule): rule → bucket → count, the rule with most errors first. */
export function errorsByRule(misses: readonly PolnearMiss[]): [string, Partial<Record<PolnearErrorKind, number>>][] {
  const by = new Map<string, Partial<Record<PolnearErrorKind, number>>>();
  for (const m of misses) {
    if (m.rule === null) continue;
    const row = by.get(m.rule) ?? {};
    row[m.kind] = (row[m.kind] ?? 0) + 1;
    by.set(m.rule, row);
  }
  const total = (r: Partial<Record<PolnearErrorKind, number>>): number => Object.values(r).reduce((a, b) => a + b, 0);
  return [...by].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
}

/**
 * Expected calibration error: predictions binned by confidence into `bins` equal-width bins ([0, 0.1),
 * …, [0.9, 1]); the mean over bins of |share right − mean confidence|, weighted by the bin's size.
 * `{confidence: 0.9, right}` ×10 with 9 right is perfectly calibrated (0).
 */
export function expectedCalibrationError(items: readonly { readonly confidence: number; readonly right: boolean }[], bins = 10): number {
  if (items.length === 0) return 0;
  const n = Array.from({ length: bins }, () => ({ count: 0, right: 0, conf: 0 }));
  for (const { confidence, right } of items) {
    if (!(confidence >= 0 && confidence <= 1)) throw new Error(`confidence ${confidence} is outside [0, 1]`);
    const b = n[Math.min(bins - 1, Math.max(0, Math.floor(confidence * bins)))]!;
    b.count += 1;
    b.conf += confidence;
    if (right) b.right += 1;
  }
  return n.reduce((sum, b) => (b.count ? sum + (b.count / items.length) * Math.abs(b.right / b.count - b.conf / b.count) : sum), 0);
}
