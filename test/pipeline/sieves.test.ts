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
import { rankedCandidate } from '../../src/pipeline/sieves/ranked-candidate';
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
      { name: 'a programme title with its full stop, after a possessive', text: '{Ana Rell} [said] on the network’s “Harbor Tonight.”', expected: [['title-of-work', null]] },
      { name: 'a word a sentence opens with and defines', text: 'It rained. “Containment” is the plan.', expected: [['term', null]] },
      { name: 'a quote after a word is not a sentence’s opening term', text: '{Ana Rell} [said] “Containment” is the plan.', expected: [null] },
      { name: 'title case with a full stop elsewhere is somebody’s words', text: '{Ana Rell} [called] it “Total Nonsense.”', expected: [null] },
      { name: 'a title with the sentence’s full stop inside the marks', text: 'She repeated it on “Morning Desk.”', expected: [['title-of-work', null]] },
      { name: 'a named namer is no term introduction', text: 'It was what {he} [called] “a disgrace”.', expected: [null] },
      { name: 'an utterance is not its business', text: '“We will win,” [said] {Jane Doe}.', expected: [null] },
      { name: 'a short quote opening its sentence before “is” is a term', text: 'It was filed. “Red tier” is the strictest grade.', expected: [['term', null]] },
      { name: 'with a comma it is an utterance', text: 'It was filed. “Not again,” was her reply.', expected: [null] },
      { name: 'a programme as the listener of “told”', text: '{Ana Rell} [told] “Morning Desk,” that it was over.', expected: [['title-of-work', null]] },
      { name: 'a comma inside closing single marks still ends an utterance', text: 'She named a show. “’Blue Skies at Night,’” {she} [said].', expected: [null] },
    ],
  },
  {
    sieve: dialogueLabel,
    cases: [
      { name: 'a role label', text: '{Daughter|role}: “I want to watch TV.”', expected: [['dialogue-label', 'Daughter']] },
      { name: 'the author’s label', text: '{Me|author}: “Why now?”', expected: [['dialogue-label', 'Me']] },
      { name: 'a Q&A answer is the interviewee’s', text: 'We met {Jane Doe} at home.\n\n{A|role}: “Because it was time.”', expected: [['interview-answer', 'Jane Doe']] },
      { name: 'a pronoun is no label', text: '{He}: “No.”', expected: [null] },
      { name: 'a credit after a dash inside the paragraph', text: 'POLLS WERE EARLY - {Mara Quill}: “We were not wrong.”', expected: [['dialogue-label', 'Mara Quill']] },
      { name: 'the next label after a quote', text: '{Ruiz}: “We will win.” {Reed}: “No, we will.”', expected: [['dialogue-label', 'Ruiz'], ['dialogue-label', 'Reed']] },
      { name: 'a name after a verb is no credit', text: 'It does not surprise {Mara Quill}: “We knew.”', expected: [null] },
      { name: 'a label must open the paragraph', text: 'Then {the daughter} asked: “Why?”', expected: [null] },
      { name: 'a named label opening a sentence inside a paragraph', text: 'Both spoke. {Nell Carver}: “It costs too much.”', expected: [['dialogue-label', 'Nell Carver']] },
      { name: 'a named label after a dash', text: 'POLLS WERE RIGHT - {Dana Wexley}: “The late deciders broke early.”', expected: [['dialogue-label', 'Dana Wexley']] },
      { name: 'an addressee before a colon is no label', text: '{Jo Marr} sent a message to {Dana Wexley}: “Quit now.”', expected: [null] },
      { name: 'a joint byline after a dash', text: 'POLLS WERE RIGHT - {Dana Wexley} and {Sam Pike}: “The late deciders broke early.”', expected: [['dialogue-label', 'Dana Wexley']] },
    ],
  },
  {
    sieve: dashCredit,
    cases: [
      { name: 'a headline credit', text: '‘We did not get the process right’ – {PM|role}', expected: [['dash-credit', 'PM']] },
      { name: 'a credit with a description', text: '“Growth will return” — {Dr Ana Vell}, chief economist at a bank', expected: [['dash-credit', 'Dr Ana Vell']] },
      { name: 'a dash inside a sentence is no credit', text: '“Growth will return” — {Dr Ana Vell} [said] on Monday.', expected: [null] },
      { name: 'a pronoun is no credit', text: '“Growth will return” – {she}', expected: [null] },
      { name: 'a credit on the line after a quote paragraph', text: 'Quotable.\n\n“Growth will return.”\n\n-{Ana Vell}, tweeting after the speech.', expected: [['dash-credit', 'Ana Vell']] },
      { name: 'no credit line after a quote inside a paragraph', text: 'She said it. “Growth will return.”\n\n-{Ana Vell}, tweeting after the speech.', expected: [null] },
    ],
  },
  {
    sieve: possessiveSpeech,
    cases: [
      { name: 'the possessor made the speech', text: '{Edwin Hart’s} infamous 1968 “rivers of blood” speech divided the country.', expected: [['possessive-speech', 'Edwin Hart’s']] },
      { name: 'no speech noun, no link', text: '{Edwin Hart’s} “rivers of blood” had faded.', expected: [null] },
      { name: 'a motto noun and "is"', text: '{Edwin Hart’s} campaign slogan is “Turn the tide.”', expected: [['possessive-speech', 'Edwin Hart’s']] },
      { name: 'a noun of saying, "was that"', text: '{Edwin Hart’s} answer was that “the family comes first.”', expected: [['possessive-speech', 'Edwin Hart’s']] },
      { name: 'no "that" after a noun of saying', text: '{Edwin Hart’s} description was “false.”', expected: [null] },
      { name: 'in the owner’s words', text: 'In {Edwin Hart’s} words, “the family comes first.”', expected: [['possessive-speech', 'Edwin Hart’s']] },
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
      { name: 'a report sourced according to someone else', text: '“We will win,” {Jane Doe} [said], [according to|according] {the Ledger}.', expected: [['quote-according-to', 'the Ledger']] },
      { name: 'an object before “as” is no inverted subject', text: '“We will win,” [described] {the ordeal} as hard.', expected: [null] },
      { name: '“as” opening a clause leaves the inverted subject', text: '“We will win,” [said] {Jane Doe} as {she} left.', expected: [['quote-cue-mention', 'Jane Doe']] },
      { name: 'a translation renders, it does not report', text: '“We will win,” {Jane Doe} [said], [according to|according] a translation by {the Ledger}.', expected: [['quote-mention-cue', 'Jane Doe']] },
      { name: 'the tag opens with as', text: 'The race “is close,” as {Jane Doe} [said] on Monday.', expected: [['quote-mention-cue', 'Jane Doe']] },
      { name: 'past an article and a possessor', text: '“We will win,” the {Harbor Party’s|organisation} {Jo Marr} [told] reporters.', expected: [['quote-mention-cue', 'Jo Marr']] },
      { name: 'the named appositive of an unknown subject', text: '“We will win,” [exhorted] the mayor’s introducer, {Jo Lane}.', expected: [['quote-cue-mention', 'Jo Lane']] },
      { name: 'a named relay after the tag', text: '“We will win,” {Jane Doe} [said], [according to|according] {Tom Marr}.', expected: [['quote-according-to', 'Tom Marr']] },
      { name: 'an anonymous relay is the source too', text: '“We will win,” {Jane Doe} [said], [according to|according] {officials|anonymous} at the meeting.', expected: [['quote-according-to', 'officials']] },
      { name: 'no source mention after according to leaves the speaker', text: '“We will win,” {Jane Doe} [said], [according to|according] a translation.', expected: [['quote-mention-cue', 'Jane Doe']] },
      { name: 'a possessor’s role with an appositive name', text: '“We will win,” {Tom Marr’s} chief of staff, {Jo Lane}, [told] reporters.', expected: [['quote-mention-cue', 'Jo Lane']] },
      { name: 'the named appositive over a possessor', text: '“We will win,” [exhorted] {Ruiz’s} introducer, {Jo Lane}.', expected: [['quote-cue-mention', 'Jo Lane']] },
    ],
  },
  {
    sieve: cueBeforeQuote,
    cases: [
      { name: 'name, verb, colon', text: '{Jane Doe} [said]: “We will win.”', expected: [['mention-cue-colon', 'Jane Doe']] },
      { name: 'name, verb, no colon', text: '{Jane Doe} [described] it as a “national disgrace”.', expected: [['mention-cue-before', 'Jane Doe']] },
      { name: 'according to', text: '[According to|according] {the minister}, “nothing has changed”.', expected: [['according-to', 'the minister']] },
      { name: 'no cue before the quote', text: '{Jane Doe} arrived. “We will win.”', expected: [null] },
      { name: 'a report sourced according to someone else', text: '[According to|according] {the logs}, {Jane Doe} [said] it was “fine”.', expected: [['according-to', 'the logs']] },
      { name: 'a trailing according to outranks the verb before', text: '{Jane Doe} [said] it was “fine”, [according to|according] {the Ledger}.', expected: [['according-to', 'the Ledger']] },
      { name: 'a verb inside a reported clause: the reporter', text: '{Jane Doe} [said] {Tom Pike} [called] it “fine”.', expected: [['mention-cue-before', 'Jane Doe']] },
      { name: 'a comma ends the reported clause', text: 'After {Jane Doe} [spoke], {Tom Pike} [called] it “fine”.', expected: [['mention-cue-before', 'Tom Pike']] },
      { name: 'a with clause names its own subject', text: '{Jane Doe} [spoke], with {the crowd} [chanting] “fine”.', expected: [['mention-cue-before', 'the crowd']] },
      { name: 'a with clause without a mention takes no earlier subject', text: '{Jane Doe} [spoke], with many onlookers [chanting] “fine”.', expected: [null] },
      { name: 'a town’s region is no parenthetical', text: '{Jane Doe}, at a rally in {Brackwater}, Ohio, [said] it was “fine”.', expected: [['mention-cue-before', 'Jane Doe']] },
      { name: 'a dateline credit is no subject', text: 'BRACKWATER ({TNW}) — {Jane Doe} spoke on Friday, [saying|participle] it was “fine”.', expected: [['participle-cue', 'Jane Doe']] },
      { name: 'a bare present with its “that” reports too', text: '{Prosecutors} [say|infinitive] that {Tom Pike} [told] an agent “fine”.', expected: [['mention-cue-before', 'Prosecutors']] },
      { name: 'a coordinated clause has its own speaker', text: '{Jane Doe} [called] it bad and {Tom Pike} [called] it “fine”.', expected: [['mention-cue-before', 'Tom Pike']] },
      { name: 'nested reports: the outermost reporter', text: '{Jane Doe} [said] {ministers} had [promised] to end what {he} [called] “fine”.', expected: [['mention-cue-before', 'Jane Doe']] },
      { name: 'an outlet’s report credit closes the sentence', text: '{Jane Doe} [said] it was “fine”, {the wires} [report].', expected: [['according-to', 'the wires']] },
      { name: 'a closed time clause reports nothing after it', text: 'When {Tom Pike} [suggested] it, {Jane Doe} fired back: “fine”.', expected: [null] },
      { name: 'a time clause closed by a quote’s comma reports nothing after it', text: 'While {Tom Pike} [proclaims] it a “fine piece,” {Jane Doe} fixates on the “pivot”.', expected: [['mention-cue-before', 'Tom Pike'], null] },
      { name: 'a share of respondents speaks through the poll', text: 'In a {Ledger} poll, 40 percent of {residents} [said] it was “fine”.', expected: [['mention-cue-before', 'Ledger']] },
      { name: 'the reporter of a coordinated verb', text: '{Jane Doe} [noted] that {Tom Pike} [criticized] it and [called] it “weak”.', expected: [['mention-cue-before', 'Jane Doe']] },
      { name: 'a phrasal verb of speech', text: 'As {Lena Ortiz} [put it], “nobody trusted anybody.”', expected: [['mention-cue-before', 'Lena Ortiz']] },
      { name: 'a phrase between the auxiliary and the verb', text: '{Ada Brenn}, who has at times [described] him as “a menace”, spoke.', expected: [['mention-cue-before', 'Ada Brenn']] },
      { name: 'a named relay before the subject', text: '[According to|according] {Tom Marr}, {Jane Doe} [said] the “plan is dead”.', expected: [['according-to', 'Tom Marr']] },
      {
        name: 'a participle after "to X" takes the clause’s subject, not the addressee',
        text: '{Jane Doe} sent an email to {supporters|anonymous} [stating|participle], “We will win.”',
        expected: [['participle-cue', 'Jane Doe']],
      },
      {
        name: 'a participle after "with X" is X’s',
        text: 'The plan drew scorn, with {Jane Doe} [calling|participle] it a “mess”.',
        expected: [['mention-cue-before', 'Jane Doe']],
      },
      { name: 'a preposition’s object is no subject', text: '{A source} speaking to {the Ledger} [said], “It is fine.”', expected: [['mention-cue-before', 'A source']] },
      { name: 'the object inside a relative clause is no subject', text: 'On the show, {Tom Pike}, who backs {Ana Vell}, [said] it was “fine”.', expected: [['mention-cue-before', 'Tom Pike']] },
      { name: 'a relative clause with no subject before it leaves the quote open', text: 'On the show, who backs {Ana Vell}, [said] it was “fine”.', expected: [null] },
      { name: 'a place after “of” in an aside is no subject', text: '{Corin Vell}, 22, of {Lanford}, Mich., [said] it was an “upset”.', expected: [['mention-cue-before', 'Corin Vell']] },
      { name: 'a mention before “and” is the first verb’s object', text: '{Jane Doe} met {Tom Pike} in May and [declared] him “fine”.', expected: [['coordinated-cue', 'Jane Doe']] },
    ],
  },
  {
    sieve: colonPreviousParagraph,
    cases: [
      { name: 'the cue ends the paragraph before', text: '{Jane Doe} [said]:\n\n“We will win.”', expected: [['colon-previous-paragraph', 'Jane Doe']] },
      { name: 'no colon, no link', text: '{Jane Doe} [said] so.\n\n“We will win.”', expected: [null] },
      { name: 'no cue, but the subject introduces what follows', text: '{Ray Pike} issued the following statement:\n\n“We mourn him.”', expected: [['colon-previous-paragraph', 'Ray Pike']] },
      { name: 'no cue and no person opening the sentence', text: 'Wait, it gets better:\n\n“We mourn him.”', expected: [null] },
      { name: 'an inverted cue and its speaker before the colon', text: '[Stated] {Jane Doe}:\n\n“We will win.”', expected: [['colon-previous-paragraph', 'Jane Doe']] },
    ],
  },
  {
    sieve: trailingCue,
    cases: [
      { name: 'a clause-final attribution', text: 'The UK is in talks with “a number of countries”, {Jane Doe} has [said].', expected: [['trailing-mention-cue', 'Jane Doe']] },
      { name: 'an inverted one', text: 'The UK is in talks with “a number of countries”, [said] {Jane Doe}.', expected: [['trailing-cue-mention', 'Jane Doe']] },
      { name: 'a subject before the quote is not trailing', text: '{Jane Doe} [said] the UK is in talks with “a number of countries”.', expected: [null] },
      {
        name: 'the subject after a run of quotes',
        text: 'Potholes are “a blight” and “a scourge,” {Jane Doe}, a former governor, [proclaimed] to a crowd.',
        expected: [['trailing-mention-cue', 'Jane Doe'], ['trailing-mention-cue', 'Jane Doe']],
      },
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
      { name: 'a conjunction after the quote opens another clause', text: 'Most were “angry” and {Ada Brenn} [said] so.', expected: [null] },
      { name: 'a conjunction opens a new clause, it modifies no name', text: '{Jo Marr} called it “fine,” while {Ada Brenn} [said] more.', expected: [null] },
      { name: 'a phrase in a clause with its own speaker is left to that clause', text: '{Tom Marr} [accused] her of “sleeping at the helm” and {Ada Brenn} [says] more.', expected: [null] },
      { name: 'a quote closing on a tag after an earlier speaker', text: '{Tom Marr} [said]: “We will win,” {the Ledger|organisation} [reported].', expected: [['quote-subject-cue', 'the Ledger']] },
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
      {
        name: 'the verb behind an according-to source is no new speaker',
        text: '“We are in talks,” {Jane Doe} [said], [according to|according] {the Ledger}. “It will take time.”',
        expected: [['quote-according-to', 'the Ledger'], ['adjacent-quote', 'the Ledger']],
      },
      { name: 'a conjunction opening the quote’s sentence', text: '“We are in talks,” [said] {Jane Doe}. But “it will take time.”', expected: [['quote-cue-mention', 'Jane Doe'], ['adjacent-quote', 'Jane Doe']] },
      { name: 'an infinitive in the attribution is no new report', text: '“We are in talks,” [said] {Jane Doe}, urging the board to [explain|infinitive]. “It will take time.”', expected: [['quote-cue-mention', 'Jane Doe'], ['adjacent-quote', 'Jane Doe']] },
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
      { name: 'no reporting verb, but the subject’s sentence runs straight into the quote', text: '{Ian Dunne} pressed on. “Would it be negotiable?”', expected: [['previous-sentence-speaker', 'Ian Dunne']] },
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
      { name: 'an -ed adjective after the subject is its verb', text: '{Corin Vance} worried that the system was becoming “a hammock”.', expected: [['sentence-subject', 'Corin Vance']] },
      { name: 'an -s noun after a pronoun is its verb', text: '{Ray Pike#a} ran. {He#a} talks about “wrecking the vote”.', expected: [['sentence-subject', 'He']] },
      { name: 'the pronoun subject of an adverbial clause', text: '{Ray Pike#a} met the crowd. That is why {he#a} hoped to “dig a little deeper”.', expected: [['sentence-subject', 'he']] },
      { name: 'over one appositive, before a colon', text: '{Ortiz}, a retired pilot, sent a message to the board: “Fix the schedule.”', expected: [['sentence-subject', 'Ortiz']] },
      { name: 'not over an appositive to a plain verb and a short quote', text: '{Ortiz}, a retired pilot, carried his “harbour flag” all day.', expected: [null] },
      { name: 'a capitalised verb in a title-case headline', text: '{Kaia Brandt} Asked Her Neighbours To “Rethink The Harbour.”', expected: [['sentence-subject', 'Kaia Brandt']] },
      { name: 'a capitalised word in a sentence case line is no verb', text: '{Kaia Brandt} Harbour Trust backs the “tide plan”.', expected: [null] },
      { name: 'not a plural pronoun', text: '{The parents#a} met. Staff came because {they#a} wanted to “show support”.', expected: [null] },
      {
        name: 'a named subject reaches further than a role',
        text: '{Jo Marr} published a long and careful account of the three years she spent working for the old mayor at the busy port, titled “Low Tide”.',
        expected: [['sentence-subject', 'Jo Marr']],
      },
      {
        name: 'a role phrase does not reach as far',
        text: '{The harbour master|role} published a long and careful account of the three years she spent working for the old mayor at the busy port, titled “Low Tide”.',
        expected: [null],
      },
    ],
  },
  {
    sieve: rankedCandidate,
    after: [cueBeforeQuote],
    cases: [
      {
        name: 'the recent speaker’s possessive in the quote’s own sentence clears the threshold',
        text: '{Dev Oskarsson#a} [told] reporters that the port was “thriving.” {His#a} claim, repeated at every stop, was that “the ships are coming back.”',
        expected: [['mention-cue-before', 'Dev Oskarsson'], ['ranked-candidate', 'His']],
      },
      {
        name: 'a subject of the sentence before, with no reporting verb, does not',
        text: '{Mara Quill#a} met donors in the harbour town on Friday. The plan is “a disaster for the port.”',
        expected: [null],
      },
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
