import {
  DEFINITE_DETERMINERS, DETERMINERS, INDEFINITE_DETERMINERS, LONE_SPEAKERS, PERCENT_WORDS, PLURAL_DETERMINERS, PROPORTION_WORDS,
  QUANTITY_HEDGES, QUANTITY_SPEAKERS, RESPONDENT_PARTICIPLES,
} from '../lexicon/determiners';
import { COORDINATORS, DESCRIPTION_STOPS, MODALS, PREPOSITIONS, SENTENCE_OPENERS, SUBJECT_VERB_FILLERS } from '../lexicon/function-words';
import { WORDED_TEXT_NOUNS } from '../lexicon/nouns';
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
  const cueEnds = new Set(cues.map((c) => c.last - 1));
  for (const cue of cues) {
    if (cue.form === 'according') {
      const source = accordingText(tokens, cue, covered);
      if (source) {
        for (let k = source[0]; k < source[1]; k++) covered[k] = 1;
        found.push(describe(text, tokens, source[0], source[1]));
      }
      continue;
    }
    if (cue.form !== 'finite') continue;
    const span = invertedDescription(tokens, cue, covered) ?? subjectDescription(tokens, cue, covered);
    const share = span ? null : shareSubject(tokens, cue, covered);
    const worded = span ?? share ?? textSubject(tokens, cue, covered, cueEnds);
    if (!worded) continue;
    const [first, last] = worded;
    for (let k = first; k < last; k++) covered[k] = 1;
    found.push(share ? describeShare(text, tokens, first, last) : describe(text, tokens, first, last));
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
    if (!opensSlot(tokens, first) && !closesQuotedSentence(tokens, first, cue)) return null;
    return describedRun(tokens, first, cue, covered) === end ? [first, end] : null;
  }
  return null;
}

/**
 * A share of a group as the cue's subject: "21 **percent** said “…”", "roughly **three in 10** said they
 * were “…”", "**Some** chanted “…”", "…; **most** said they were “…”", "**those surveyed** said". A lone quantifier must open its
 * clause (the sentence's start, a punctuation mark or a conjunction before it, over a hedge).
 */
function shareSubject(tokens: readonly Token[], cue: Cue, covered: Uint8Array): [number, number] | null {
  const sentence = sentenceOf(tokens, cue);
  let end = cue.first;
  while (end > 0 && isFillerWord(tokens[end - 1], sentence)) end--;
  const last = tokens[end - 1];
  if (!last || last.sentence !== sentence || covered[end - 1]) return null;
  const count = tokens[end - 2];
  if (PERCENT_WORDS.has(last.norm) || PERCENT_WORDS.has(last.text)) return isNumber(count, sentence) && !covered[end - 2] ? [end - 2, end] : null;
  if (isNumber(last, sentence) && tokens[end - 2]?.kind === 'word' && PROPORTION_WORDS.has((tokens[end - 2] as Token).norm)) {
    let k = end - 3;
    if (tokens[k]?.norm === 'out') k--; // "nine out of 10"
    return isNumber(tokens[k], sentence) && !covered[k] ? [k, end] : null;
  }
  // "those surveyed said", "those polled say": respondents as a group.
  if (last.kind === 'word' && RESPONDENT_PARTICIPLES.has(last.norm) && tokens[end - 2]?.norm === 'those' && !covered[end - 2]) return [end - 2, end];
  if (last.kind !== 'word' || !QUANTITY_SPEAKERS.has(last.norm)) return null;
  let b = end - 2;
  while (b >= 0 && tokens[b]?.kind === 'word' && (tokens[b] as Token).sentence === sentence && QUANTITY_HEDGES.has((tokens[b] as Token).norm)) b--;
  const before = tokens[b];
  const opens = !before || before.sentence !== sentence || before.kind === 'quote' || (before.kind === 'punct' && /^[,;:–—-]$/u.test(before.text)) ||
    (before.kind === 'word' && (SENTENCE_OPENERS.has(before.norm) || COORDINATORS.has(before.norm)));
  return opens ? [end - 1, end] : null;
}

/**
 * A text that carries words as the cue's subject, wherever its sentence starts: "The cheeky headline
 * reads: “…”", "Her housing plan promises to “…”", "The complaint, which reached the bench in May, alleged
 * that “…”". The noun, over one aside between commas, and its modifiers back to a determiner or possessor.
 */
function textSubject(tokens: readonly Token[], cue: Cue, covered: Uint8Array, cueEnds: ReadonlySet<number>): [number, number] | null {
  const sentence = sentenceOf(tokens, cue);
  let end = cue.first;
  while (end > 0 && isFillerWord(tokens[end - 1], sentence)) {
    // "the manifesto should reiterate": a text that would say something says nothing yet.
    if (MODALS.has((tokens[end - 1] as Token).norm)) return null;
    end--;
  }
  if (tokens[end - 1]?.text === ',') {
    let j = end - 2;
    while (j > 0 && end - j <= RELATIVE_CLAUSE_LIMIT && tokens[j]?.sentence === sentence && tokens[j]?.kind !== 'quote' && tokens[j]?.text !== ',') j--;
    if (tokens[j]?.text !== ',' || tokens[j]?.sentence !== sentence) return null;
    end = j;
  }
  const head = tokens[end - 1];
  if (!head || head.kind !== 'word' || head.sentence !== sentence || head.possessive || covered[end - 1] || !WORDED_TEXT_NOUNS.has(head.norm)) return null;
  let first = end - 1;
  for (let j = end - 2; j >= 0 && end - j <= DESCRIPTION_WORD_LIMIT + 1; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || t.sentence !== sentence || covered[j]) break;
    if (DETERMINERS.has(t.norm) || t.possessive) {
      first = j;
      break;
    }
    if (DESCRIPTION_STOPS.has(t.norm) || t.tags.some((x) => DESCRIPTION_STOP_TAGS.has(x))) break;
    first = j;
  }
  // "in a written statement credited him": a text after a preposition is where the words are, not who says them.
  const before = tokens[first - 1];
  if (before?.kind === 'word' && before.sentence === sentence && PREPOSITIONS.has(before.norm)) return null;
  // "X said the findings reflected …": a text in what someone else reports is no speaker.
  if (cueEnds.has(first - 1) || (before?.norm === 'that' && cueEnds.has(first - 2))) return null;
  return [first, end];
}

/**
 * "according to **a pool report**", "according to **a transcript** of the interview", "according to
 * **excerpts** of the speech": a text that no other extractor named, right after "according to" — the
 * words run to the last text noun before a preposition, a stop word or punctuation.
 */
function accordingText(tokens: readonly Token[], cue: Cue, covered: Uint8Array): [number, number] | null {
  const sentence = sentenceOf(tokens, cue);
  const first = cue.last;
  let head = -1;
  for (let j = first; j < tokens.length && j - first <= DESCRIPTION_WORD_LIMIT; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || t.sentence !== sentence || covered[j] === 1) break;
    if (j > first && (PREPOSITIONS.has(t.norm) || DESCRIPTION_STOPS.has(t.norm) || DETERMINERS.has(t.norm))) break;
    if (WORDED_TEXT_NOUNS.has(t.norm) && !t.capitalised) head = j;
    if (t.possessive) break;
  }
  return head < 0 ? null : [first, head + 1];
}

const isNumber = (t: Token | undefined, sentence: number): boolean =>
  t !== undefined && t.sentence === sentence && (t.kind === 'number' || t.tags.includes('Cardinal'));

/** An unnamed share of a group: a plural, indefinite speaker with the quantity as its head. */
function describeShare(text: string, tokens: readonly Token[], first: number, last: number): Mention {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last - 1] as Token).end;
  return {
    index: -1, kind: 'anonymous', first, last, start, end, text: text.slice(start, end), name: [], honorific: null, title: null,
    head: (tokens[last - 1] as Token).norm, gender: null, possessive: false, pronoun: null, nested: false, definite: false, plural: true,
  };
}

/** Does a speaker slot open at `first`: the sentence's start, or right after a quote? */
function opensSlot(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first] as Token;
  const before = tokens[first - 1];
  if (!before || before.sentence !== t.sentence || before.kind === 'quote' || (before.text === ',' && tokens[first - 2]?.kind === 'quote')) return true;
  // "Yet another said": a conjunction that opens the sentence.
  return SENTENCE_OPENERS.has(before.norm) && (tokens[first - 2] === undefined || (tokens[first - 2] as Token).sentence !== t.sentence);
}

/** How far back in its sentence a quote may stand before a clause-final tag: "“…” here and in …, the memo stated." */
const TAG_QUOTE_REACH = 30;

/**
 * "“…” here and in wards that ballot in June**, the memo stated.**": after a comma, a tag that ends
 * its sentence, in a sentence with a quote before it.
 */
function closesQuotedSentence(tokens: readonly Token[], first: number, cue: Cue): boolean {
  const t = tokens[first] as Token;
  if (tokens[first - 1]?.text !== ',') return false;
  const after = tokens[cue.last];
  if (after !== undefined && after.sentence === t.sentence && !(after.kind === 'punct' && /^[.!?]$/u.test(after.text))) return false;
  for (let j = first - 2; j >= 0 && first - j <= TAG_QUOTE_REACH; j--) {
    const u = tokens[j] as Token;
    if (u.sentence !== t.sentence) return false;
    if (u.kind === 'quote') return true;
  }
  return false;
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
    // "the ad", "the memo": a text speaks for whoever wrote it and is an "it", never a "he" or "she".
    kind: WORDED_TEXT_NOUNS.has(head.norm) ? 'organisation' : definite && !plural ? 'role' : 'anonymous',
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
