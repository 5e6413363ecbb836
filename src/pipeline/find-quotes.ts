import { OPENING_PUNCT, QUOTE_MARKS, type QuoteFamily } from './lexicon/punctuation';
import { isSpace } from './find-paragraphs';
import type { Paragraph, QuoteKind, QuoteSpan } from './types';

/** Words that begin with an apostrophe: 'tis, 'twas, 'em, 'cause, 'til, 'n'. */
const ELISIONS = /^(?:tis|twas|em|cause|til|n|bout|round)(?!\p{L})/iu;

function isWordChar(c: number): boolean {
  // Letters and digits in any script; surrogate halves count so that emoji do not flank as space.
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !QUOTE_MARKS.has(c) && !isSpace(c) && !(c >= 0x2010 && c <= 0x205e))
  );
}

interface Flank {
  /** Space or start before, something after: the mark can open. */
  readonly left: boolean;
  /** Something before, space or punctuation or end after: the mark can close. */
  readonly right: boolean;
  /** A letter or digit on both sides: an apostrophe (it’s, don’t). */
  readonly inner: boolean;
}

function flank(text: string, i: number, from: number, to: number): Flank {
  const prev = i > from ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
  const prevOpen = prev === -1 || isSpace(prev) || OPENING_PUNCT.has(prev) || QUOTE_MARKS.has(prev);
  const nextClose = next === -1 || isSpace(next) || !isWordChar(next);
  return {
    left: prevOpen && next !== -1 && !isSpace(next),
    right: prev !== -1 && !isSpace(prev) && nextClose,
    inner: prev !== -1 && next !== -1 && isWordChar(prev) && isWordChar(next),
  };
}

interface RawQuote {
  readonly open: number;
  /** Index of the closing mark, or the paragraph end for an unclosed quote. */
  readonly close: number;
  readonly closed: boolean;
  readonly paragraph: number;
}

/**
 * Quote spans in one paragraph: pairs of marks of one family at the top level. Marks of the other
 * family inside an open quote are nested quotes and stay part of the outer quote's text. An
 * unclosed double quote runs to the paragraph's end (never further: the multi-paragraph convention
 * links paragraphs, it does not merge them).
 */
function scanParagraph(text: string, p: Paragraph): RawQuote[] {
  const found: RawQuote[] = [];
  let open: { pos: number; family: QuoteFamily } | null = null;
  // A straight single quote opens only when a closing candidate follows in the paragraph.
  let lastStraightSingleCloser = -1;
  let lastCurlySingleCloser = -1;
  for (let i = p.end - 1; i >= p.start && (lastStraightSingleCloser < 0 || lastCurlySingleCloser < 0); i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x27 || c === 0x2019) && flank(text, i, p.start, p.end).right) {
      if (c === 0x27 && lastStraightSingleCloser < 0) lastStraightSingleCloser = i;
      if (c === 0x2019 && lastCurlySingleCloser < 0) lastCurlySingleCloser = i;
    }
  }
  for (let i = p.start; i < p.end; i++) {
    const mark = QUOTE_MARKS.get(text.charCodeAt(i));
    if (!mark) continue;
    const f = flank(text, i, p.start, p.end);
    const c = text.charCodeAt(i);
    if (c === 0x00ab || c === 0x00bb) {
      // Guillemets: «…» (French, with or without inner spaces) or »…« (German, Danish).
      if (open === null) {
        if (c === 0x00ab || (f.left && !f.right)) open = { pos: i, family: 'double' };
      } else if (open.family === 'double' && text.charCodeAt(open.pos) === (c === 0x00bb ? 0x00ab : 0x00bb)) {
        found.push({ open: open.pos, close: i, closed: true, paragraph: p.index });
        open = null;
      }
      continue;
    }
    if (open === null) {
      if (mark.family === 'single' && (f.inner || !f.left)) continue; // apostrophe: it’s, Tories’
      if (mark.family === 'single' && isDigit(text.charCodeAt(i + 1))) continue; // ’90s
      if (mark.family === 'single' && ELISIONS.test(text.slice(i + 1, i + 7))) continue; // 'Tis, 'em
      const opens =
        mark.role === 'open' ||
        (mark.role === 'either' && f.left && (mark.family === 'double' || i < lastStraightSingleCloser));
      if (opens) open = { pos: i, family: mark.family };
      continue;
    }
    if (mark.family !== open.family) continue; // nested quote of the other family
    if (mark.family === 'single' && f.inner) continue; // apostrophe inside a single-quoted span
    if (mark.role === 'open' && f.left && !f.right) {
      if (mark.family === 'single') continue; // ‘ nested in ‘…’ is rare; a stray ‘ is likelier
      // A second opening mark: the first quote was never closed. Bound it here and start again.
      found.push({ open: open.pos, close: i, closed: false, paragraph: p.index });
      open = { pos: i, family: mark.family };
      continue;
    }
    if (mark.family === 'single' && !f.right) continue;
    // ‘The Tories’ plan is dead’, ‘…the officers’ report…: a ’ after an s and before a lower-case
    // word is a plural possessive (a closing mark is followed by punctuation or "he said").
    if (
      mark.family === 'single' && /[sS]/u.test(text[i - 1] ?? '') && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))
    ) {
      continue;
    }
    found.push({ open: open.pos, close: i, closed: true, paragraph: p.index });
    open = null;
  }
  if (open !== null) {
    // Unclosed single quotes are apostrophes or typos far more often than multi-paragraph quotes,
    // unless the mark opens the paragraph or follows a colon ("…said: ‘The committee…").
    if (open.family === 'double' || open.pos === p.start || /:\s*$/u.test(text.slice(Math.max(p.start, open.pos - 3), open.pos))) {
      found.push({ open: open.pos, close: p.end, closed: false, paragraph: p.index });
    }
  }
  return found;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const CLAUSE_END = /[.!?…,;:]$/u;

/**
 * Every quotation in the text: “…”, "…", ‘…’, «…», mixed pairs, multi-paragraph chains.
 * `“Yes,” he said.` → one direct quote `Yes,` at offsets 1–5.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let chainHead: number | null = null;
  let previousParagraphUnclosed = false;
  for (const p of paragraphs) {
    const raw = scanParagraph(text, p);
    let unclosedAtEnd = false;
    for (const r of raw) {
      let start = r.open + 1;
      let end = r.close;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      if (end <= start) continue;
      const opensParagraph = r.open === p.start;
      const index = quotes.length;
      const continues = opensParagraph && previousParagraphUnclosed && chainHead !== null ? chainHead : null;
      const content = text.slice(start, end);
      const kind: QuoteKind = continues !== null ? 'direct' : classify(text, p, r, content);
      quotes.push({
        index,
        start,
        end,
        outerStart: r.open,
        outerEnd: r.closed ? r.close + 1 : r.close,
        paragraph: p.index,
        closed: r.closed,
        kind,
        continues,
      });
      if (continues === null) chainHead = index;
      unclosedAtEnd = !r.closed && r.close === p.end;
    }
    if (raw.length === 0) chainHead = null;
    previousParagraphUnclosed = unclosedAtEnd;
  }
  return quotes;
}

/**
 * Direct: an utterance of its own — it opens the paragraph, follows a colon or comma, or ends with
 * its own punctuation (“…,” he said). Partial: a fragment inside the writer's sentence
 * (described it as a “con”).
 */
function classify(text: string, p: Paragraph, r: RawQuote, content: string): QuoteKind {
  let before = r.open - 1;
  while (before >= p.start && isSpace(text.charCodeAt(before))) before--;
  const lead = before < p.start ? '' : text[before] ?? '';
  if (lead === '' || lead === ':' || lead === '–' || lead === '—') return 'direct';
  if (CLAUSE_END.test(content)) {
    // "…vehicles,” he said" and "…effect.”" are whole utterances; "a “con”." is not.
    return 'direct';
  }
  if (lead === ',' && /^\p{Lu}/u.test(content)) return 'direct';
  return 'partial';
}
