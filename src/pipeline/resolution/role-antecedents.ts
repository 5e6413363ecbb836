import { TITLE_NOUNS } from '../lexicon/roles';
import { PLACE_TAGS } from '../lexicon/tags';
import type { Mention, Token } from '../types';
import type { ResolutionInput } from './context';
import type { Ledger } from './decisions';
import { MENTION_LOOKBACK, TITLE_PARAGRAPH_WINDOW, TITLE_SENTENCE_WINDOW } from './windows';

/** "captain Lucas Ferreira, 31, … the 31-year-old said": the person the article gave that age. */
export function personOfAge(input: ResolutionInput, ledger: Ledger, m: Mention): number | null {
  const { tokens, mentions } = input;
  const age = (tokens[m.last - 1] as Token).text.split('-')[0];
  for (let k = m.index - 1; k >= 0 && m.index - k <= MENTION_LOOKBACK; k--) {
    const c = mentions[k] as Mention;
    if (c.kind !== 'person') continue;
    const comma = tokens[c.last];
    const number = tokens[c.last + 1];
    if (comma?.text === ',' && number?.text === age) return ledger.entityOf(c.index) ?? null;
  }
  return null;
}

/** "Sir Alan Brennan has said… The prime minister confirmed": the closest named person before. */
export function nearestPerson(input: ResolutionInput, ledger: Ledger, m: Mention): number | null {
  const { tokens, mentions, paragraphs } = input;
  // "the German chancellor" may name someone new; "said the Japan international" right after a
  // sentence about Sasaki names Sasaki: with a nationality, only the previous sentence's subject.
  let qualified = false;
  for (let i = m.first; i < m.last - 1; i++) if ((tokens[i] as Token).tags.some((t) => PLACE_TAGS.has(t))) qualified = true;
  const sentence = (tokens[m.first] as Token).sentence;
  if (qualified) return previousSentenceSubject(input, ledger, sentence);
  const paragraph = (tokens[m.first] as Token).paragraph;
  for (let k = m.index - 1; k >= 0 && m.index - k <= MENTION_LOOKBACK; k--) {
    const c = mentions[k] as Mention;
    const ct = tokens[c.first] as Token;
    if (sentence - ct.sentence > TITLE_SENTENCE_WINDOW || paragraph - ct.paragraph > TITLE_PARAGRAPH_WINDOW) break;
    if ((c.kind !== 'person' && c.kind !== 'name') || paragraphs[ct.paragraph]?.isCaption) continue;
    const e = ledger.entityOf(c.index);
    if (e === null || e === undefined) continue;
    const d = ledger.entity(e);
    if (d.kind !== 'person') continue;
    // A person the article gives another office is someone else ("the foreign secretary" is not
    // "Prime Minister X"); descriptions ("the 23-year-old", "the midfielder") do not conflict.
    const office = TITLE_NOUNS.has(m.head ?? '');
    const conflicting = office && [...d.titles.keys()].some((t) => t !== m.title && TITLE_NOUNS.has(t.split(' ').pop() ?? ''));
    if (!conflicting) return e;
  }
  return null;
}

/** The first resolved mention of the sentence before, if it is a person. */
function previousSentenceSubject(input: ResolutionInput, ledger: Ledger, sentence: number): number | null {
  for (const k of input.mentionsOfSentence.get(sentence - 1) ?? []) {
    const c = input.mentions[k] as Mention;
    const e = ledger.entityOf(c.index);
    if (c.nested || e === null || e === undefined) continue;
    return ledger.entity(e).kind === 'person' ? e : null;
  }
  return null;
}
