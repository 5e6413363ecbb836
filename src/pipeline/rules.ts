/**
 * Every rule that can decide a quote, as data: its name (the record's `rule`), the sieve that
 * applies it, and what it recognises. The README's rule list, the OpenAPI enum of `rule` and the
 * calibration table are checked against this one list.
 */
export const LINK_RULES = {
  'scare-quote': { sieve: 'scare-quote', shape: 'so-called “experts” — a scare quote after so-called, self-styled, alleged (no speaker)' },
  term: { sieve: 'scare-quote', shape: 'what economists call “stagflation”, “Red tier” is the strictest grade — a term, not an utterance (no speaker)' },
  'title-of-work': { sieve: 'scare-quote', shape: 'her single “Blue Skies at Night” — a title in title case (no speaker)' },
  'dialogue-label': { sieve: 'dialogue-label', shape: 'Daughter: “I want to watch TV.” — a transcript label' },
  'interview-answer': { sieve: 'dialogue-label', shape: 'A: “…” — an answer in a Q&A, credited to the interviewee' },
  'dash-credit': { sieve: 'dash-credit', shape: '‘Didn’t get process right’ – PM — a headline or pull-quote credit' },
  'possessive-speech': { sieve: 'possessive-speech', shape: 'Edwin Hart’s 1968 “rivers of blood” speech, Ruiz’s assertion that “…” — the possessor made it' },
  'quote-according-to': { sieve: 'cue-after-quote', shape: '“…”, according to the minister; “…,” X said, according to the Ledger — the named relay is the source' },
  'quote-cue-mention': { sieve: 'cue-after-quote', shape: '“…,” said the minister' },
  'quote-mention-cue': { sieve: 'cue-after-quote', shape: '“…,” the minister said' },
  'quote-pronoun-cue': { sieve: 'cue-after-quote', shape: '“…,” he said' },
  'quote-reply-noun': { sieve: 'cue-after-quote', shape: '“…,” was her reply' },
  'multi-paragraph-continuation': { sieve: 'continuation', shape: 'a paragraph that reopens an unclosed quote keeps its speaker' },
  'according-to': { sieve: 'cue-before-quote', shape: 'According to X, “…”; According to the Ledger, Y said the “…” — the named relay is the source' },
  'participle-cue': { sieve: 'cue-before-quote', shape: '…, telling reporters: “…” — the main clause’s subject' },
  'coordinated-cue': { sieve: 'cue-before-quote', shape: 'X said a “…” and added: “…” — the main clause’s subject' },
  'mention-cue-colon': { sieve: 'cue-before-quote', shape: 'X said: “…”' },
  'mention-cue-before': { sieve: 'cue-before-quote', shape: 'X described it as a “…”' },
  'cue-mention-before': { sieve: 'cue-before-quote', shape: '…, said the minister, “…” — a split quote; Continued Marsh: “…”' },
  'colon-previous-paragraph': { sieve: 'colon-previous-paragraph', shape: 'X said: ⏎ “…” — the cue ends the paragraph before' },
  'trailing-mention-cue': { sieve: 'trailing-cue', shape: '… “a number of countries”, X has said.' },
  'trailing-cue-mention': { sieve: 'trailing-cue', shape: '… “a number of countries”, said X.' },
  'quote-subject-cue': { sieve: 'quote-subject-cue', shape: '“…” Texas delegate X, wearing a hat, said — the verb after an aside; “…” X shot back — a verb closing the sentence' },
  'next-sentence-cue': { sieve: 'next-sentence-cue', shape: '“We will win.” Mr Smith said.' },
  'adjacent-quote': { sieve: 'adjacent-quote', shape: 'a quote with no cue right after a quote of known speaker' },
  'previous-sentence-speaker': { sieve: 'previous-paragraph-speaker', shape: 'X said the results were encouraging. ⏎ “This is the first time…”' },
  'recent-speaker': { sieve: 'recent-speaker', shape: '“…,” said X, who hosts “Deal Room.” “…” — the latest quoted speaker of the paragraph' },
  'sentence-subject': { sieve: 'sentence-subject', shape: 'X defended his manager as a “very decent man” — the subject uses the words' },
  'ranked-candidate': { sieve: 'ranked-candidate', shape: 'Ruiz met donors on Friday. The plan is “a disaster” — last resort: the best-scored nearby mention (fitted feature weights) when its score clears the threshold' },
  'no-attribution': { sieve: null, shape: 'no sieve decided (no speaker)' },
} as const satisfies Record<string, { readonly sieve: string | null; readonly shape: string }>;

/** What a sieve decides: one of LINK_RULES. */
export type LinkRule = keyof typeof LINK_RULES;

/** The sieves' names, as LINK_RULES files each rule under one. */
export type SieveName = NonNullable<(typeof LINK_RULES)[LinkRule]['sieve']>;

/** Rules that decide no speaker at all: their quotes never have a mention. */
const SPEAKERLESS = ['scare-quote', 'term', 'title-of-work', 'no-attribution'] as const satisfies readonly LinkRule[];
type SpeakerlessRule = (typeof SPEAKERLESS)[number];

/**
 * The suffix of a rule that found a speaker's mention which resolves to no entity (an ambiguous
 * alias, a pronoun with no antecedent): the quote has `speaker: null` and its own confidence.
 */
export const UNRESOLVED_SUFFIX = ':unresolved';

/** A rule name as it appears in output: a link rule, or a mention-finding rule marked unresolved. */
export type RuleName = LinkRule | `${Exclude<LinkRule, SpeakerlessRule>}${typeof UNRESOLVED_SUFFIX}`;

export const LINK_RULE_NAMES = Object.keys(LINK_RULES) as LinkRule[];

/** Every rule name that can appear in output, link rules first. */
export const RULE_NAMES: readonly RuleName[] = [
  ...LINK_RULE_NAMES,
  ...LINK_RULE_NAMES.filter((r): r is Exclude<LinkRule, SpeakerlessRule> => !(SPEAKERLESS as readonly string[]).includes(r)).map(
    (r) => `${r}${UNRESOLVED_SUFFIX}` as const,
  ),
];

/** The output name of a link whose mention did or did not resolve to an entity. */
export function ruleName(rule: LinkRule, unresolved: boolean): RuleName {
  return unresolved && !(SPEAKERLESS as readonly string[]).includes(rule) ? (`${rule}${UNRESOLVED_SUFFIX}` as RuleName) : rule;
}
