import { adjacentQuote } from '../../src/pipeline/sieves/adjacent-quote';
import { colonPreviousParagraph } from '../../src/pipeline/sieves/colon-previous-paragraph';
import { continuation } from '../../src/pipeline/sieves/continuation';
import { cueAfterQuote } from '../../src/pipeline/sieves/cue-after-quote';
import { cueBeforeQuote } from '../../src/pipeline/sieves/cue-before-quote';
import { dashCredit } from '../../src/pipeline/sieves/dash-credit';
import { dialogueLabel } from '../../src/pipeline/sieves/dialogue-label';
import { nextSentenceCue } from '../../src/pipeline/sieves/next-sentence-cue';
import { possessiveSpeech } from '../../src/pipeline/sieves/possessive-speech';
import { previousParagraphSpeaker } from '../../src/pipeline/sieves/previous-paragraph-speaker';
import { quoteSubjectCue } from '../../src/pipeline/sieves/quote-subject-cue';
import { recentSpeaker } from '../../src/pipeline/sieves/recent-speaker';
import { scareQuote } from '../../src/pipeline/sieves/scare-quote';
import { sentenceSubject } from '../../src/pipeline/sieves/sentence-subject';
import type { Sieve } from '../../src/pipeline/sieves/sieve';
import { trailingCue } from '../../src/pipeline/sieves/trailing-cue';
import { SIEVES } from '../../src/pipeline/link-quotes';
import { build, runSieve } from './build';

/**
 * Each sieve alone, on hand-built documents (test/pipeline/build.ts): `{…}` marks a mention, `[…]` a
 * cue, `#id` the entities decided before linking. A case gives, per quote in reading order, the rule
 * the sieve decided and the text of the speaker's mention, or `null` for a quote the sieve leaves
 * open (`no-attribution`). Sieves that build on earlier quotes' links (continuation, adjacent-quote,
 * recent-speaker) run after the sieve that decides the first quote (`after`).
 */
type Expected = readonly (readonly [rule: string, speaker: string | null] | null)[];

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expected: Expected;
}

interface Table {
  readonly sieve: Sieve;
  readonly after?: readonly Sieve[];
  readonly cases: readonly Case[];
}

const TABLES: readonly Table[] = [
  {
    sieve: scareQuote,
    cases: [
      { name: 'so-called', text: 'The so-called “experts” were wrong.', expected: [['scare-quote', null]] },
      { name: 'a term', text: 'Prices rose in what economists call “stagflation”.', expected: [['term', null]] },
      { name: 'a title in title case', text: 'Her single “Blue Skies at Night” topped the charts.', expected: [['title-of-work', null]] },
      { name: 'a named namer is no term introduction', text: 'It was what {he} [called] “a disgrace”.', expected: [null] },
      { name: 'an utterance is not its business', text: '“We will win,” [said] {Jane Doe}.', expected: [null] },
    ],
  },
  {
    sieve: dialogueLabel,
    cases: [
      { name: 'a role label', text: '{Daughter|role}: “I want to watch TV.”', expected: [['dialogue-label', 'Daughter']] },
      { name: 'the author’s label', text: '{Me|author}: “Why now?”', expected: [['dialogue-label', 'Me']] },
      { name: 'a Q&A answer is the interviewee’s', text: 'We met {Jane Doe} at home.\n\n{A|role}: “Because it was time.”', expected: [['interview-answer', 'Jane Doe']] },
      { name: 'a pronoun is no label', text: '{He}: “No.”', expected: [null] },
      { name: 'a label must open the paragraph', text: 'Then {the daughter} asked: “Why?”', expected: [null] },
    ],
  },
  {
    sieve: dashCredit,
    cases: [
      { name: 'a headline credit', text: '‘We did not get the process right’ – {PM|role}', expected: [['dash-credit', 'PM']] },
      { name: 'a credit with a description', text: '“Growth will return” — {Dr Ana Vell}, chief economist at a bank', expected: [['dash-credit', 'Dr Ana Vell']] },
      { name: 'a dash inside a sentence is no credit', text: '“Growth will return” — {Dr Ana Vell} [said] on Monday.', expected: [null] },
      { name: 'a pronoun is no credit', text: '“Growth will return” – {she}', expected: [null] },
    ],
  },
  {
    sieve: possessiveSpeech,
    cases: [
      { name: 'the possessor made the speech', text: '{Edwin Hart’s} infamous 1968 “rivers of blood” speech divided the country.', expected: [['possessive-speech', 'Edwin Hart’s']] },
      { name: 'no speech noun, no link', text: '{Edwin Hart’s} “rivers of blood” had faded.', expected: [null] },
    ],
  },
  {
    sieve: cueAfterQuote,
    cases: [
      { name: 'pronoun and verb', text: '“We will win,” {he} [said].', expected: [['quote-pronoun-cue', 'he']] },
      { name: 'name and verb', text: '“We will win,” {Jane Doe} [said].', expected: [['quote-mention-cue', 'Jane Doe']] },
      { name: 'verb and role', text: '“We will win,” [said] {the minister}.', expected: [['quote-cue-mention', 'the minister']] },
      { name: 'a filler between subject and verb', text: '“We will win,” {the spokesman} later [added].', expected: [['quote-mention-cue', 'the spokesman']] },
      { name: 'according to', text: '“We will win”, [according to|according] {the minister}.', expected: [['quote-according-to', 'the minister']] },
      { name: 'a reply noun', text: '“Never,” was {her} reply.', expected: [['quote-reply-noun', 'her']] },
      { name: 'a cue in the next sentence is not after the quote', text: '“We will win.” Later {Jane Doe} [said] more.', expected: [null] },
    ],
  },
  {
    sieve: cueBeforeQuote,
    cases: [
      { name: 'name, verb, colon', text: '{Jane Doe} [said]: “We will win.”', expected: [['mention-cue-colon', 'Jane Doe']] },
      { name: 'name, verb, no colon', text: '{Jane Doe} [described] it as a “national disgrace”.', expected: [['mention-cue-before', 'Jane Doe']] },
      { name: 'according to', text: '[According to|according] {the minister}, “nothing has changed”.', expected: [['according-to', 'the minister']] },
      { name: 'no cue before the quote', text: '{Jane Doe} arrived. “We will win.”', expected: [null] },
    ],
  },
  {
    sieve: colonPreviousParagraph,
    cases: [
      { name: 'the cue ends the paragraph before', text: '{Jane Doe} [said]:\n\n“We will win.”', expected: [['colon-previous-paragraph', 'Jane Doe']] },
      { name: 'no colon, no link', text: '{Jane Doe} [said] so.\n\n“We will win.”', expected: [null] },
    ],
  },
  {
    sieve: trailingCue,
    cases: [
      { name: 'a clause-final attribution', text: 'The UK is in talks with “a number of countries”, {Jane Doe} has [said].', expected: [['trailing-mention-cue', 'Jane Doe']] },
      { name: 'an inverted one', text: 'The UK is in talks with “a number of countries”, [said] {Jane Doe}.', expected: [['trailing-cue-mention', 'Jane Doe']] },
      { name: 'a subject before the quote is not trailing', text: '{Jane Doe} [said] the UK is in talks with “a number of countries”.', expected: [null] },
    ],
  },
  {
    sieve: nextSentenceCue,
    cases: [
      { name: 'a bare attribution sentence', text: '“We will win.” {Mr Smith} [said].', expected: [['next-sentence-cue', 'Mr Smith']] },
      { name: 'a sentence that goes on is not bare', text: '“We will win.” {Mr Smith} [said] the vote was close.', expected: [null] },
    ],
  },
  {
    sieve: quoteSubjectCue,
    cases: [
      { name: 'the verb after an aside', text: '“We will win,” {Ada Brenn}, wearing a cowboy hat, [said].', expected: [['quote-subject-cue', 'Ada Brenn']] },
      { name: 'another verb first closes the clause', text: '“We will win,” {Ada Brenn} smiled and then [said] more.', expected: [null] },
    ],
  },
  {
    sieve: continuation,
    after: [cueBeforeQuote],
    cases: [
      {
        name: 'a reopened quote keeps its speaker',
        text: '{Josh Harker} [said]: “The first month was hell.\n\n“After that it got worse.”',
        expected: [['mention-cue-colon', 'Josh Harker'], ['multi-paragraph-continuation', 'Josh Harker']],
      },
      {
        name: 'a closed quote is continued by nothing',
        text: '{Josh Harker} [said]: “The first month was hell.”\n\n“After that it got worse.”',
        expected: [['mention-cue-colon', 'Josh Harker'], null],
      },
    ],
  },
  {
    sieve: adjacentQuote,
    after: [cueAfterQuote],
    cases: [
      { name: 'a quote right after a quote of known speaker', text: '“We are in talks,” [said] {Jane Doe}. “It will take time.”', expected: [['quote-cue-mention', 'Jane Doe'], ['adjacent-quote', 'Jane Doe']] },
      { name: 'another sentence between', text: '“We are in talks,” [said] {Jane Doe}. The vote is on Friday. “It will take time.”', expected: [['quote-cue-mention', 'Jane Doe'], null] },
      { name: 'an unresolved speaker passes nothing on', text: '“We are in talks,” {she} [said]. “It will take time.”', expected: [['quote-pronoun-cue', 'she'], null] },
    ],
  },
  {
    sieve: previousParagraphSpeaker,
    cases: [
      {
        name: 'reported speech, then a quote',
        text: '{Professor Ian Dunne} [said] the results were encouraging.\n\n“This is the first time we have seen it.”',
        expected: [['previous-sentence-speaker', 'Professor Ian Dunne']],
      },
      { name: 'no reporting verb before', text: '{Ian Dunne} ran the trial.\n\n“This is the first time we have seen it.”', expected: [null] },
    ],
  },
  {
    sieve: recentSpeaker,
    after: [cueAfterQuote],
    cases: [
      {
        name: 'the latest quoted speaker of the paragraph',
        text: '“It is too early to tell,” [said] {Ada Mertz}, who hosts a show. “I mean, nobody knows.”',
        expected: [['quote-cue-mention', 'Ada Mertz'], ['recent-speaker', 'Ada Mertz']],
      },
      {
        name: 'someone else reported speaking between',
        text: '“It is too early to tell,” [said] {Ada Mertz}. {Tom Reid} [said] he disagreed. “I mean, nobody knows.”',
        expected: [['quote-cue-mention', 'Ada Mertz'], null],
      },
    ],
  },
  {
    sieve: sentenceSubject,
    cases: [
      { name: 'the subject uses the words', text: '{Ortiz} defended his manager as a “very decent man” on Tuesday.', expected: [['sentence-subject', 'Ortiz']] },
      { name: 'an unresolved pronoun is no subject', text: '{He} defended his manager as a “very decent man” on Tuesday.', expected: [null] },
    ],
  },
];

describe('sieves, each alone on hand-built documents', () => {
  it('every sieve of the recipe has a table', () => {
    expect(TABLES.map((t) => t.sieve.name).sort()).toEqual(SIEVES.map((s) => s.name).sort());
  });

  describe.each(TABLES.map((t) => [t.sieve.name, t] as const))('%s', (_name, table) => {
    it.each(table.cases.map((c) => [c.name, c] as const))('%s', (_case, c) => {
      const b = build(c.text);
      const decided = runSieve(table.sieve, b, table.after);
      expect(decided.map((d) => (d.rule === 'no-attribution' ? null : [d.rule, d.speaker]))).toEqual(c.expected);
    });
  });
});
