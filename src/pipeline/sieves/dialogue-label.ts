import { DASHES } from '../lexicon/punctuation';
import { INTERVIEWEE_LABELS } from '../lexicon/roles';
import type { Link, Mention, Paragraph, QuoteSpan, Token } from '../types';
import { makeLink, type Sieve, type SieveContext } from './sieve';
import { mentionEndingAt, mentionStartingAt } from './syntax';

/** How many mentions back the interviewee of a Q&A may have been introduced. */
const INTERVIEWEE_LOOKBACK = 200;
/** How many words a transcript label may have: "Daughter:", "Ms Jane Doe:". */
const LABEL_WORDS = 3;

/** The last named person before the label, looking back a bounded number of mentions. */
function intervieweeBefore(ctx: SieveContext, label: number): Mention | null {
  for (let k = label - 1; k >= 0 && label - k <= INTERVIEWEE_LOOKBACK; k--) {
    const m = ctx.doc.mentions[k] as Mention;
    if (m.kind === 'person' && !m.nested) return m;
  }
  return null;
}

/** Transcript lines: `Daughter: “I want to watch TV.”`, `Me: “…”`. */
export const dialogueLabel: Sieve = {
  name: 'dialogue-label',
  link(q, ctx) {
    const qt = ctx.quoteToken[q.index] as number;
    const colon = ctx.doc.tokens[qt - 1];
    if (!colon || colon.text !== ':' || qt < 2) return null; // a label needs a word before its colon
    const p = ctx.doc.paragraphs[q.paragraph] as Paragraph;
    // The label is the paragraph's first word(s) and nothing else stands before the colon.
    let first = qt - 2;
    while (first > 0 && (ctx.doc.tokens[first - 1] as Token).start >= p.start && qt - 1 - first < LABEL_WORDS) first--;
    const head = ctx.doc.tokens[first];
    if (!head || head.start !== p.start) return inlineLabel(q, ctx, qt);
    const m = mentionStartingAt(ctx.doc, first);
    if (!m || m.last !== qt - 1) return inlineLabel(q, ctx, qt);
    if (m.kind === 'pronoun' || m.kind === 'organisation') return null;
    if (m.kind === 'role' && INTERVIEWEE_LABELS.has(m.head ?? '')) {
      // "A: “…”" answers for the person the article introduced before the Q&A.
      const interviewee = intervieweeBefore(ctx, m.index);
      return interviewee === null ? null : makeLink(q, 'interview-answer', interviewee.index, null);
    }
    // A bare capitalised label is a speaker only when it names a person of the article.
    if (m.kind === 'name') {
      const e = ctx.resolution.entityOf[m.index];
      if (e === null || e === undefined || ctx.resolution.entities[e]?.kind !== 'person') return null;
    }
    return makeLink(q, 'dialogue-label', m.index, null);
  },
};

/**
 * `Quill: “…” Pike: “…”` · `POLLS NOT WRONG - Dana Wexley and Sam Pike: “…”` · `More from Wexley: “…”` — a named
 * person's label inside a paragraph: the name alone before the colon, opening its sentence or
 * following a dash or "from".
 */
function inlineLabel(q: QuoteSpan, ctx: SieveContext, qt: number): Link | null {
  const { doc } = ctx;
  const last = mentionEndingAt(doc, qt - 1);
  if (!last || !isPersonLabel(ctx, last)) return null;
  // "Lena Ortiz and Sam Pike: “…”" — a joint byline: the first name opens the label.
  const first = doc.tokens[last.first - 1]?.norm === 'and' ? mentionEndingAt(doc, last.first - 1) : null;
  const m = first && isPersonLabel(ctx, first) ? first : last;
  const before = doc.tokens[m.first - 1];
  const opens = !before || before.sentence !== (doc.tokens[m.first] as Token).sentence || before.kind === 'quote';
  if (!opens && !DASHES.has(before.text) && before.norm !== 'from') return null;
  return makeLink(q, 'dialogue-label', m.index, null);
}

/**
 * A name, not a possessor, resolving to a person or, for a lone surname the dictionary does not know
 * ("Okafor: “…”"), to whatever the name resolved to: what an inline label can be.
 */
function isPersonLabel(ctx: SieveContext, m: Mention): boolean {
  if (m.possessive || (m.kind !== 'person' && m.kind !== 'name')) return false;
  const e = ctx.resolution.entityOf[m.index];
  const kind = e === null || e === undefined ? null : ctx.resolution.entities[e]?.kind;
  return kind === 'person' || (kind === 'organisation' && m.kind === 'name');
}
