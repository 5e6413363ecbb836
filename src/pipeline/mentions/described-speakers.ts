import { DEFINITE_DETERMINERS, DETERMINERS, INDEFINITE_DETERMINERS, LONE_SPEAKERS, PLURAL_DETERMINERS } from '../lexicon/determiners';
import { DESCRIPTION_STOPS, SENTENCE_OPENERS, SUBJECT_VERB_FILLERS } from '../lexicon/function-words';
import { PERSON_RELATIVES } from '../lexicon/pronouns';
import { DESCRIPTION_STOP_TAGS, NOUN_TAGS } from '../lexicon/tags';
import type { Cue, Mention, Token } from '../types';

/** The longest description a speaker slot may hold: "the tall, grey-haired retired dock worker". */
const DESCRIPTION_WORD_LIMIT = 6;
/** The longest relative clause between commas a description may be separated from its verb by. */
const RELATIVE_CLAUSE_LIMIT = 30;

/**
 * Descriptions in a speaker slot that no lexicon names: "“…,” **the moderator** said." ·
 * "“…,” tweeted **a user** from Hanover." · "**The ad** says …". A determiner and a few lower-case
 * words right before or right after a reporting verb that a quote stands next to; returned with
 * the mentions already found, in reading order and renumbered.
 */
export function withDescribedSpeakers(text: string, tokens: readonly Token[], cues: readonly Cue[], mentions: readonly Mention[]): Mention[] {
  const covered = new Uint8Array(tokens.length);
  // 2: inside a place or organisation name, which an indefinite description may hold ("one New Hampshire Democrat").
  for (const m of mentions) for (let k = m.first; k < m.last; k++) covered[k] = Math.max(covered[k] as number, m.kind === 'organisation' ? 2 : 1);
  const found: Mention[] = [];
  for (const cue of cues) {
    if (cue.form !== 'finite') continue;
    const span = invertedDescription(tokens, cue, covered) ?? subjectDescription(tokens, cue, covered);
    if (!span) continue;
    for (let k = span[0]; k < span[1]; k++) covered[k] = 1;
    found.push(describe(text, tokens, span[0], span[1]));
  }
  if (found.length === 0) return [...mentions];
  return [...mentions, ...found]
    .sort((a, b) => a.first - b.first || b.last - a.last)
    .map((m, index) => ({ ...m, index }));
}

/** "“…,” said **the designer**, who …": quote, cue, then the description. */
function invertedDescription(tokens: readonly Token[], cue: Cue, covered: Uint8Array): [number, number] | null {
  let p = cue.first - 1;
  while (tokens[p]?.kind === 'punct' && /^[,–—-]$/u.test((tokens[p] as Token).text)) p--;
  if (tokens[p]?.kind !== 'quote') return null;
  // "“…,” tweeted another.": a lone determiner closing the sentence is the speaker.
  const lone = tokens[cue.last];
  const after = tokens[cue.last + 1];
  if (lone?.kind === 'word' && LONE_SPEAKERS.has(lone.norm) && !covered[cue.last] && (!after || after.kind === 'punct' || after.sentence !== lone.sentence)) {
    return [cue.last, cue.last + 1];
  }
  const end = describedRun(tokens, cue.last, cue, covered);
  return end === null ? null : [cue.last, end];
}

/** "“…,” **the moderator** said." · "**The ad** says": the description, then the cue. */
function subjectDescription(tokens: readonly Token[], cue: Cue, covered: Uint8Array): [number, number] | null {
  let end = cue.first;
  while (end > 0 && isFillerWord(tokens[end - 1], sentenceOf(tokens, cue))) end--;
  end = beforeRelativeClause(tokens, end, sentenceOf(tokens, cue));
  // "Another tweeted", "“…,” one wrote": a lone pronoun-like determiner is the speaker.
  const lone = tokens[end - 1];
  if (lone?.kind === 'word' && LONE_SPEAKERS.has(lone.norm) && lone.sentence === sentenceOf(tokens, cue) && !covered[end - 1] && opensSlot(tokens, end - 1)) return [end - 1, end];
  for (let first = end - 2; first >= 0 && end - first <= DESCRIPTION_WORD_LIMIT + 1; first--) {
    const t = tokens[first] as Token;
    if (t.sentence !== sentenceOf(tokens, cue) || covered[first] || t.kind !== 'word') return null;
    if (!DETERMINERS.has(t.norm)) continue;
    if (!opensSlot(tokens, first)) return null;
    return describedRun(tokens, first, cue, covered) === end ? [first, end] : null;
  }
  return null;
}

/** Does a speaker slot open at `first`: the sentence's start, or right after a quote? */
function opensSlot(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first] as Token;
  const before = tokens[first - 1];
  if (!before || before.sentence !== t.sentence || before.kind === 'quote' || (before.text === ',' && tokens[first - 2]?.kind === 'quote')) return true;
  // "Yet another said": a conjunction that opens the sentence.
  return SENTENCE_OPENERS.has(before.norm) && (tokens[first - 2] === undefined || (tokens[first - 2] as Token).sentence !== t.sentence);
}

/**
 * "One attendee**, who spoke on condition of anonymity,** said": the end of the description before a
 * relative clause between commas that closes at `end`, or `end` itself.
 */
function beforeRelativeClause(tokens: readonly Token[], end: number, sentence: number): number {
  if (tokens[end - 1]?.text !== ',') return end;
  for (let j = end - 2; j > 0 && end - j <= RELATIVE_CLAUSE_LIMIT; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || t.kind === 'quote') return end;
    if (t.text === ',') return PERSON_RELATIVES.has(tokens[j + 1]?.norm ?? '') ? j : end;
  }
  return end;
}

/** The end of a determiner-led description starting at `first`, or null. */
function describedRun(tokens: readonly Token[], first: number, cue: Cue, covered: Uint8Array): number | null {
  const det = tokens[first];
  if (!det || det.kind !== 'word' || !DETERMINERS.has(det.norm) || det.sentence !== sentenceOf(tokens, cue) || covered[first]) return null;
  let j = first + 1;
  let head: Token | null = null;
  while (j - first <= DESCRIPTION_WORD_LIMIT) {
    const t = tokens[j];
    // "a 2008 campaign veteran", "one New Hampshire Republican": numbers and proper adjectives belong.
    const held = covered[j] === 2 && INDEFINITE_DETERMINERS.has(det.norm);
    if (!t || (t.kind !== 'word' && t.kind !== 'number') || t.sentence !== sentenceOf(tokens, cue) || (covered[j] && !held) || j === cue.first) break;
    if (DESCRIPTION_STOPS.has(t.norm) || (t.tags.some((x) => DESCRIPTION_STOP_TAGS.has(x)) && !t.tags.some((x) => NOUN_TAGS.has(x)))) break;
    head = t;
    j++;
    if (t.possessive) break;
  }
  if (!head || head.possessive || head.kind !== 'word') return null;
  // "the release", "the report": a verb's bare form is a noun at the head of a description.
  if (head.tags.length > 0 && covered[head.index] !== 2 && !head.tags.some((x) => NOUN_TAGS.has(x) || x === 'Infinitive' || x === 'PresentTense')) return null;
  return j;
}

const sentenceOf = (tokens: readonly Token[], cue: Cue): number => (tokens[cue.first] as Token).sentence;

const isFillerWord = (t: Token | undefined, sentence: number): boolean =>
  t !== undefined && t.kind === 'word' && t.sentence === sentence && SUBJECT_VERB_FILLERS.has(t.norm);

function describe(text: string, tokens: readonly Token[], first: number, last: number): Mention {
  const det = (tokens[first] as Token).norm;
  const head = tokens[last - 1] as Token;
  const plural = PLURAL_DETERMINERS.has(det) || (/[^s]s$/u.test(head.norm) && head.tags.includes('Plural'));
  const definite = DEFINITE_DETERMINERS.has(det) && !INDEFINITE_DETERMINERS.has(det);
  const start = (tokens[first] as Token).start;
  const end = head.end;
  return {
    index: -1,
    kind: definite && !plural ? 'role' : 'anonymous',
    first,
    last,
    start,
    end,
    text: text.slice(start, end),
    name: [],
    honorific: null,
    title: null,
    head: head.norm,
    gender: null,
    possessive: false,
    pronoun: null,
    nested: false,
    definite,
    plural,
  };
}
