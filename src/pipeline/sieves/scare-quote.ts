import { TITLE_MINOR_WORDS } from '../lexicon/function-words';
import { SPECIFIC_NAMERS } from '../lexicon/pronouns';
import { NAMING_VERBS, SCARE_MARKERS } from '../lexicon/speech-verbs';
import type { Token } from '../types';
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
    const content = ctx.doc.text.slice(q.start, q.end);
    if (!/[.!?,;:…]$/u.test(content) && isTitleOfWork(content)) return makeLink(q, 'title-of-work', null, null);
    return null;
  },
};
