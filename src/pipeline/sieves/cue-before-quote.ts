import type { LinkRule } from '../rules';
import type { Cue, Doc, Mention, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { COORDINATORS, PREPOSITIONS, TIME_SUBORDINATORS } from '../lexicon/function-words';
import { POLL_NOUNS, SHARE_NOUNS } from '../lexicon/nouns';
import { DASHES, QUOTE_CLOSING_MARKS } from '../lexicon/punctuation';
import { cuesBefore, isBackground, laterSource, mentionEndingAt, mentionStartingAt, reportingSource, subjectOf, withClauseSubject } from './syntax';

const CUE_SEARCH_LIMIT = 3;

/**
 * A reporting verb earlier in the quote's sentence, and its subject: `X said: “…”` ·
 * `X told Channel 9 News: “…”` · `…, telling reporters: “…”` · `described it as a “…”` ·
 * `said a “…” and added: “…”` · `According to X, “…”`.
 */
export const cueBeforeQuote: Sieve = {
  name: 'cue-before-quote',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const colon = doc.tokens[qt - 1]?.text === ':';
    const sourced = accordingSource(doc, qt);
    if (sourced) return makeLink(q, 'according-to', sourced.mention, sourced.cue);
    const cues = cuesBefore(doc, qt).slice(0, CUE_SEARCH_LIMIT);
    for (const [k, inner] of cues.entries()) {
      const innerSubject = subjectOf(doc, inner);
      const outer = innerSubject && inner.form !== 'according' ? outermostReport(doc, cues.slice(k + 1), innerSubject.mention) : null;
      const [cue, subject] = outer ?? [inner, innerSubject];
      if (subject && !(subject.mention.first > cue.first && cue.form !== 'according')) {
        // "When Pike suggested a recount, Quill fired back: “…”": the time clause has closed.
        if (isBackground(doc, subject.mention) && closesBefore(doc, cue.last, qt)) return null;
        let rule: LinkRule;
        if (cue.form === 'according') rule = 'according-to';
        else if (subject.via === 'main') rule = cue.form === 'participle' ? 'participle-cue' : 'coordinated-cue';
        else rule = colon ? 'mention-cue-colon' : 'mention-cue-before';
        return makeLink(q, rule, (pollOfRespondents(doc, subject.mention) ?? subject.mention).index, cue.index);
      }
      // "said the minister, “…”" in a split quote; "Continued Marsh: “…”" with its colon right before the quote.
      const inverted = mentionStartingAt(doc, cue.last);
      const closer = (doc.tokens[inverted?.last ?? -1] as Token | undefined)?.text;
      const closes = closer === ',' || (closer === ':' && colon && inverted?.last === qt - 1);
      if (inverted && inverted.kind !== 'pronoun' && inverted.kind !== 'author' && closes) {
        return makeLink(q, 'cue-mention-before', inverted.index, cue.index);
      }
      if (cue.form !== 'infinitive' && cue.form !== 'participle') break;
      // "with many marchers chanting “…”": an unnamed subject of its own, not an earlier verb's.
      if (cue.form === 'participle' && withClauseSubject(doc, cue) === null) break;
    }
    return null;
  },
};

/**
 * `According to the station’s logs, Vell said he was “…”` · `Vell said he was “…”, according to the
 * Ledger` — a reporting verb before the quote inside a sentence sourced to someone else: the
 * attribution is the source's.
 */
function accordingSource(doc: Doc, qt: number): { mention: number; cue: number | null } | null {
  const before = cuesBefore(doc, qt);
  if (before.length === 0) return null;
  const according = before.find((c) => c.form === 'according');
  if (!according) {
    // "Fans chanted “…”, referring to the wall, the Ledger reports."
    const later = laterSource(doc, qt);
    return later ? { mention: later.mention.index, cue: later.cue?.index ?? null } : null;
  }
  if (according === before[0]) return null;
  const source = reportingSource(doc, according);
  return source ? { mention: source.index, cue: according.index } : null;
}

/**
 * `Vell said ministers had promised to end what he called “…”` — the outermost of nested reports:
 * each reporter's own verb may stand inside a report by someone before it.
 */
function outermostReport(doc: Doc, earlier: readonly Cue[], innerSubject: Mention): [Cue, ReturnType<typeof subjectOf>] | null {
  let found: [Cue, ReturnType<typeof subjectOf>] | null = null;
  let subject = innerSubject;
  for (let depth = 0; depth < earlier.length; depth++) {
    const next = reportingClause(doc, earlier.slice(found ? earlier.indexOf(found[0]) + 1 : 0), subject);
    if (!next || !next[1]) break;
    found = next;
    subject = next[1].mention;
  }
  return found;
}

/**
 * `Rep. Ana Vell said Pike called on the crews to stay “…”` · `Quill pointed out that Pike refers to it
 * as “…”` — a reporting verb whose own clause holds the nearer cue: the report is the outer
 * speaker's. The nearer subject must stand inside that clause, with no comma, semicolon or time
 * subordinator between.
 */
function reportingClause(doc: Doc, earlier: readonly Cue[], innerSubject: Mention): [Cue, ReturnType<typeof subjectOf>] | null {
  for (const outer of earlier) {
    if (outer.last > innerSubject.first) continue; // a verb of the nearer subject's own clause
    // "prosecutors say that Varga told …": a bare present with its "that" reports as a finite verb does.
    const bare = outer.form === 'infinitive' && doc.tokens[outer.first - 1]?.norm !== 'to' && doc.tokens[outer.last]?.norm === 'that';
    if (outer.form !== 'finite' && !bare) return null;
    const subject = subjectOf(doc, outer);
    if (!subject || subject.via !== 'direct' || subject.mention.kind === 'author' || subject.mention.first > outer.first) return null;
    for (let i = outer.last; i < innerSubject.first; i++) {
      const t = doc.tokens[i] as Token;
      if (t.kind === 'quote' || t.text === ',' || t.text === ';' || t.text === ':' || DASHES.has(t.text)) return null;
      // "Vell tweeted after Pike argued that “…”", "Vell said it failed as the crowd yelled: “…”": a time
      // clause is no report's content.
      if (t.kind === 'word' && (TIME_SUBORDINATORS.has(t.norm) || t.norm === 'as')) return null;
    }
    // "the Ledger will label you a cheat and the Courier will accuse you of …": two clauses, two speakers.
    if (COORDINATORS.has(doc.tokens[innerSubject.first - 1]?.norm ?? '')) return null;
    return [outer, subject];
  }
  return null;
}

/** How far back in its sentence a poll may be named before the share of respondents it reports. */
const POLL_REACH = 25;

/**
 * `In a Tidewater Ledger poll, 40 percent of residents said they were “…”` — a share of respondents
 * speaks through the poll that asked them: the name right before the sentence's poll noun.
 */
function pollOfRespondents(doc: Doc, subject: Mention): Mention | null {
  // "31% of Republicans and independent voters said": the group may be the second of two.
  const conjunct = COORDINATORS.has(doc.tokens[subject.first - 1]?.norm ?? '') ? mentionEndingAt(doc, subject.first - 1) : null;
  const first = conjunct?.first ?? subject.first;
  if (doc.tokens[first - 1]?.norm !== 'of' || !SHARE_NOUNS.has(doc.tokens[first - 2]?.norm ?? '')) return null;
  const sentence = (doc.tokens[first] as Token).sentence;
  for (let i = first - 3; i > 0 && first - i <= POLL_REACH; i--) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== sentence || t.kind === 'quote') return null;
    if (t.kind === 'word' && POLL_NOUNS.has(t.norm)) return mentionEndingAt(doc, i);
  }
  return null;
}

/** How many words may stand between a clause's closing comma and the next clause's subject: ", and then the marchers". */
const NEW_SUBJECT_REACH = 4;

/**
 * A comma and a new subject between the cue and the quote: the clause the cue stands in has ended.
 * The comma may close an earlier quote ("While Pike calls it “a fine piece,” Quill fixates on the
 * “…”"), and a conjunction and a short phrase may open the new clause (", and then the marchers").
 */
function closesBefore(doc: Doc, from: number, qt: number): boolean {
  for (let i = from; i < qt - 1; i++) {
    const t = doc.tokens[i] as Token;
    const closesQuote = t.kind === 'quote' && lastInsideMarks(doc.text, t.start, t.end) === ',';
    if ((t.text === ',' || closesQuote) && newSubjectAfter(doc, i + 1, qt)) return true;
  }
  return false;
}

/** The last character of a quote token's text before its closing marks. */
function lastInsideMarks(text: string, start: number, end: number): string {
  let k = end - 1;
  while (k > start && QUOTE_CLOSING_MARKS.has(text[k] as string)) k--;
  return text[k] ?? '';
}

function newSubjectAfter(doc: Doc, from: number, qt: number): boolean {
  if (mentionStartingAt(doc, from)) return true;
  if (!COORDINATORS.has(doc.tokens[from]?.norm ?? '')) return false;
  for (let k = from + 1; k < qt && k - from <= NEW_SUBJECT_REACH; k++) {
    const u = doc.tokens[k] as Token;
    if (u.kind !== 'word' || (doc.cueAt[k] ?? -1) >= 0) return false;
    const m = mentionStartingAt(doc, k);
    if (m) return !PREPOSITIONS.has(doc.tokens[k - 1]?.norm ?? '') && m.kind !== 'author';
  }
  return false;
}
