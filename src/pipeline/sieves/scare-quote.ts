import { DEFINING_VERBS, TITLE_MINOR_WORDS } from '../lexicon/function-words';
import { SINGLE_CLOSERS } from '../lexicon/punctuation';
import { WORK_NOUNS } from '../lexicon/nouns';
import { SPECIFIC_NAMERS } from '../lexicon/pronouns';
import { LISTENER_VERBS, NAMING_VERBS, NICKNAMING_VERBS, SCARE_MARKERS } from '../lexicon/speech-verbs';
import type { Cue, Doc, Token } from '../types';
import { makeLink, type Sieve } from './sieve';

// Linear: one pass over letters with a single alternation per position.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** How many words a title of work may have: a longer capitalised quote is somebody's words. */
const TITLE_WORDS_MIN = 2;
const TITLE_WORDS_MAX = 10;

/** "Her single “Blue Skies at Night” topped the charts": a title in title case, nobody's words. */
function isTitleOfWork(text: string): boolean {
  const words = text.match(WORD_RE) ?? [];
  if (words.length < TITLE_WORDS_MIN || words.length > TITLE_WORDS_MAX) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_MINOR_WORDS.has(w)));
}

/** "what economists call “stagflation”", "known as “the triple lock”": a term, not an utterance. */
function isTermIntroduction(tokens: readonly Token[], before: number): boolean {
  const verb = tokens[before];
  if (!verb || verb.kind !== 'word') return false;
  if (verb.norm === 'as' && tokens[before - 1]?.norm === 'known') return true;
  if (!NAMING_VERBS.has(verb.norm)) return false;
  // "what economists call": a term of the trade; "what it called", "what the UN calls": a named
  // speaker's words, left to the reporting-verb sieves.
  for (let i = before - 1; i >= 0 && before - i <= 4; i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== verb.sentence || t.kind !== 'word') return false;
    if (t.norm === 'what') {
      const namer = tokens.slice(i + 1, before);
      return namer.length > 0 && namer.every((w) => !w.capitalised && !SPECIFIC_NAMERS.has(w.norm) && w.norm !== 'the');
    }
  }
  return false;
}

/** How many words a term a sentence defines may have: "“Dry-dock” is a shipping term for …". */
const DEFINED_TERM_WORDS_MAX = 4;

/**
 * `“Containment” has been the policy since …` · `“Red tier” is the strictest grade …` — a short quote
 * without closing punctuation that opens its sentence as the subject of a defining verb is a word
 * mentioned, not said.
 */
function isDefinedTerm(doc: Doc, qt: number): boolean {
  const quote = doc.tokens[qt] as Token;
  const sentence = doc.sentences[quote.sentence];
  if (!sentence) return false;
  let first = sentence.first;
  while (first < qt && doc.tokens[first]?.kind === 'punct') first++;
  if (first !== qt) return false;
  // A new paragraph, or a full stop before it: not a fragment of a quote the marks left open.
  const before = doc.tokens[qt - 1];
  if (before && before.paragraph === quote.paragraph && !(before.kind === 'punct' && /^[.!?]$/u.test(before.text))) return false;
  const q = doc.quotes[quote.quote as number];
  if (!q) return false;
  const content = doc.text.slice(q.start, q.end);
  if (/[.!?,;:…]$/u.test(content) || (content.match(WORD_RE) ?? []).length > DEFINED_TERM_WORDS_MAX) return false;
  const verb = doc.tokens[qt + 1];
  return verb !== undefined && verb.kind === 'word' && verb.sentence === quote.sentence && DEFINING_VERBS.has(verb.norm);
}

/**
 * "the so-called “revolving door problem”": the writer's distance, nobody's words; likewise the
 * title of a film, song, book or campaign quoted in title case inside a sentence.
 */
export const scareQuote: Sieve = {
  name: 'scare-quote',
  link(q, ctx) {
    const before = ctx.doc.tokens[(ctx.quoteToken[q.index] as number) - 1];
    if (before && before.kind === 'word' && SCARE_MARKERS.has(before.norm)) return makeLink(q, 'scare-quote', null, null);
    if (isTermIntroduction(ctx.doc.tokens, (ctx.quoteToken[q.index] as number) - 1)) return makeLink(q, 'term', null, null);
    if (isDefinedTerm(ctx.doc, ctx.quoteToken[q.index] as number)) return makeLink(q, 'term', null, null);
    // "“’Deck of Knaves,’” she said": a closing single mark inside does not hide the utterance's comma.
    const content = withoutClosingSingles(ctx.doc.text.slice(q.start, q.end));
    const qt = ctx.quoteToken[q.index] as number;
    if (!/[.!?,;:…]$/u.test(content) && isTitleOfWork(content) && !namedBySomeone(ctx.doc, qt)) return makeLink(q, 'title-of-work', null, null);
    if (isPlacedTitle(ctx.doc, qt, content)) return makeLink(q, 'title-of-work', null, null);
    return null;
  },
};

/**
 * `he said on Tidewater One’s “Tidewater Tonight.”`, `told the show “Morning Call,”` — a title in title case
 * that keeps the sentence's comma or full stop inside the marks, placed where a programme's name
 * goes: right after a possessive, after "on", after a noun for a work, or as the listener of "told".
 */
function isPlacedTitle(doc: Doc, qt: number, content: string): boolean {
  if (!/[^.,][.,]$/u.test(content)) return false;
  const words = content.slice(0, -1).match(WORD_RE) ?? [];
  if (words.length > TITLE_WORDS_MAX) return false;
  if (!words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_MINOR_WORDS.has(w)))) return false;
  const before = doc.tokens[qt - 1];
  if (!before || before.kind !== 'word' || before.sentence !== (doc.tokens[qt] as Token).sentence) return false;
  // "she told “Morning Desk,”": the listener of "told" is the programme.
  return before.possessive || before.norm === 'on' || WORK_NOUNS.has(before.norm) || LISTENER_VERBS.has(before.norm);
}

/** The text without the single marks that close it: "’Deck of Knaves,’" → "’Deck of Knaves,". */
function withoutClosingSingles(text: string): string {
  let end = text.length;
  while (end > 0 && SINGLE_CLOSERS.has(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** How far back a naming verb may stand from the name it gives: "called his rival “Little Tom”". */
const NAMING_REACH = 4;

/**
 * `he called his rival “Little Tom”`, `to label as “OLD NEWS” a story` — title case after a finite
 * naming verb is a nickname someone gave, the reporting-verb sieves' to attribute ("a book called
 * “…”", with a participle, stays a title).
 */
function namedBySomeone(doc: Doc, qt: number): boolean {
  for (let i = qt - 1; i >= 0 && qt - i <= NAMING_REACH; i--) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'quote' || t.sentence !== (doc.tokens[qt] as Token).sentence) return false;
    const c = doc.cueAt[i] ?? -1;
    if (c >= 0) {
      const cue = doc.cues[c] as Cue;
      const named = doc.tokens[cue.first - 1];
      if (named?.kind === 'word' && WORK_NOUNS.has(named.norm)) return false; // "a book called “…”"
      return cue.form === 'finite' && NICKNAMING_VERBS.has(cue.lemma);
    }
  }
  return false;
}
