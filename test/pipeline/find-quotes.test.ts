import { findParagraphs } from '../../src/pipeline/find-paragraphs';
import { findQuotes } from '../../src/pipeline/find-quotes';
import type { QuoteKind } from '../../src/pipeline/types';

/**
 * The quote scanner on real-world news typography. Each expected quote gives its content (without
 * the marks) and, where it matters, its kind, whether it was closed and which quote of a
 * multi-paragraph chain it continues. Spans are checked through `text.slice(start, end)`.
 */
interface ExpectedQuote {
  readonly text: string;
  readonly kind?: QuoteKind;
  readonly closed?: boolean;
  /** Index (in the expected list) of the chain head this quote continues; null when it starts one. */
  readonly continues?: number | null;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly ExpectedQuote[];
}

const CASES: readonly Case[] = [
  // --- Mark families -------------------------------------------------------------------------
  {
    name: 'curly double quotes, cue after',
    text: '“We will not back down on this,” she said.',
    quotes: [{ text: 'We will not back down on this,', kind: 'direct', closed: true }],
  },
  {
    name: 'straight double quotes, inverted cue',
    text: '"It is a scandal that nobody has been held to account," said Mr Hale.',
    quotes: [{ text: 'It is a scandal that nobody has been held to account,', kind: 'direct', closed: true }],
  },
  {
    name: 'UK headline in curly single quotes',
    text: '‘We were left to die’: flood survivors speak out',
    quotes: [{ text: 'We were left to die', kind: 'direct', closed: true }],
  },
  {
    name: 'UK headline in straight single quotes after a label',
    text: "Minister: 'No more delays on the bypass'",
    quotes: [{ text: 'No more delays on the bypass', kind: 'direct', closed: true }],
  },
  {
    name: 'guillemets',
    text: '«We are ready for whatever comes,» the commander told the crowd.',
    quotes: [{ text: 'We are ready for whatever comes,', kind: 'direct', closed: true }],
  },
  {
    name: 'mixed pair: straight open, curly close',
    text: '"The figures speak for themselves,” she told the committee.',
    quotes: [{ text: 'The figures speak for themselves,', kind: 'direct', closed: true }],
  },
  {
    name: 'mixed pair: curly open, straight close',
    text: 'The chairman said: “We have nothing to hide."',
    quotes: [{ text: 'We have nothing to hide.', kind: 'direct', closed: true }],
  },
  // --- Nesting and apostrophes -----------------------------------------------------------------
  {
    name: 'nested single quote stays inside one outer quote',
    text: '“He called it ‘a con’ and walked out of the meeting,” said Ms Grant.',
    quotes: [{ text: 'He called it ‘a con’ and walked out of the meeting,', kind: 'direct' }],
  },
  {
    name: 'nested quote closing right before the outer close',
    text: '“Every time we asked, they told us ‘wait’,” the tenant said.',
    quotes: [{ text: 'Every time we asked, they told us ‘wait’,', kind: 'direct' }],
  },
  {
    name: 'apostrophes only: it’s, Tories’, ’90s — no quote',
    text: 'It’s the Tories’ plan, and it’s been on the table since the ’90s.',
    quotes: [],
  },
  {
    name: 'apostrophes only: rock ’n’ roll, O’Brien’s — no quote',
    text: 'The festival celebrates rock ’n’ roll, and O’Brien’s band closes the night.',
    quotes: [],
  },
  {
    name: 'straight plural possessive (students\') does not open a quote before a real one',
    text: "The students' union said the rent rise was 'simply unaffordable'.",
    quotes: [{ text: 'simply unaffordable', kind: 'partial', closed: true }],
  },
  {
    name: 'apostrophe inside a curly single-quoted headline',
    text: '‘It’s over for us,’ says shop owner',
    quotes: [{ text: 'It’s over for us,', kind: 'direct' }],
  },
  {
    name: 'apostrophes inside a straight single-quoted quote',
    text: "'We don't know what's coming next,' she said.",
    quotes: [{ text: "We don't know what's coming next,", kind: 'direct' }],
  },
  {
    name: 'plural possessive inside a single-quoted headline does not close it',
    text: '‘The Tories’ plan is dead in the water’, says Lib Dem leader',
    quotes: [{ text: 'The Tories’ plan is dead in the water', kind: 'direct' }],
  },
  {
    name: 'straight single quotes nested in straight double quotes',
    text: '"They called it \'a con\' from day one," he said.',
    quotes: [{ text: "They called it 'a con' from day one,", kind: 'direct' }],
  },
  {
    name: 'straight single-quoted word after a possessive apostrophe',
    text: "Residents say the council's 'fix' has made the flooding worse.",
    quotes: [{ text: 'fix', kind: 'partial' }],
  },
  {
    name: 'CMS typo: an opening curly mark used as the closing mark',
    text: '“We will win this election,“ he said.',
    quotes: [{ text: 'We will win this election,', kind: 'direct' }],
  },
  // --- Primes ------------------------------------------------------------------------------------
  {
    name: 'straight primes for height are not quotes',
    text: 'The 5\'10" striker said: "I felt at home from the first day."',
    quotes: [{ text: 'I felt at home from the first day.', kind: 'direct' }],
  },
  {
    name: 'unicode primes for height are not quotes',
    text: 'At 6′2″, Okafor is “the tallest keeper in the league”, his coach said.',
    quotes: [{ text: 'the tallest keeper in the league', kind: 'partial' }],
  },
  // --- Paragraphs ----------------------------------------------------------------------------------
  {
    name: 'multi-paragraph quote: the second paragraph continues the first',
    text: '“The first thing we lost was the bus route.\n\n“Then the post office went, and now the library,” she said.',
    quotes: [
      { text: 'The first thing we lost was the bus route.', closed: false, continues: null },
      { text: 'Then the post office went, and now the library,', closed: true, continues: 0 },
    ],
  },
  {
    name: 'three-paragraph chain: every paragraph continues the first, not the previous',
    text:
      'Maria Santos said: “There is no work here.\n\n“There are no buses after six.\n\n“There is nothing left for young people.”',
    quotes: [
      { text: 'There is no work here.', closed: false, continues: null },
      { text: 'There are no buses after six.', closed: false, continues: 0 },
      { text: 'There is nothing left for young people.', closed: true, continues: 0 },
    ],
  },
  {
    name: 'a closed quote is not continued by the next quoted paragraph',
    text: '“We are delighted,” said the club.\n\n“The fans deserve this,” the manager added.',
    quotes: [
      { text: 'We are delighted,', continues: null },
      { text: 'The fans deserve this,', continues: null },
    ],
  },
  {
    name: 'chain head is the unclosed quote, not an earlier closed one in the same paragraph',
    text: '“It was terrifying,” she said. “The water came up to our knees in minutes.\n\n“We lost everything.”',
    quotes: [
      { text: 'It was terrifying,', continues: null },
      { text: 'The water came up to our knees in minutes.', continues: null },
      { text: 'We lost everything.', continues: 1 },
    ],
  },
  {
    name: 'unclosed quote is bounded to its paragraph',
    text: 'He said: “We will fight on whatever the cost.\n\nThe vote takes place on Tuesday, and it is expected to be close.',
    quotes: [{ text: 'We will fight on whatever the cost.', closed: false, continues: null }],
  },
  {
    name: 'CRLF line endings keep offsets exact and spans free of \\r',
    text: '“Yes,” he said.\r\n\r\n“No,” she replied.\r\n',
    quotes: [
      { text: 'Yes,', continues: null },
      { text: 'No,', continues: null },
    ],
  },
  {
    name: 'emoji before a quote: offsets count UTF-16 code units',
    text: '🇬🇧🔥 “Unbelievable scenes in the final minute,” wrote one fan.',
    quotes: [{ text: 'Unbelievable scenes in the final minute,', kind: 'direct' }],
  },
  // --- Direct vs partial -----------------------------------------------------------------------------
  {
    name: 'partial: a fragment inside the writer’s sentence',
    text: 'She described the new hubs as a “really important innovation”.',
    quotes: [{ text: 'really important innovation', kind: 'partial' }],
  },
  {
    name: 'partial: so-called scare quote',
    text: 'The so-called “levelling up” agenda has stalled in the north.',
    quotes: [{ text: 'levelling up', kind: 'partial' }],
  },
  {
    name: 'direct: after a colon',
    text: 'The minister said: “We have done nothing wrong.”',
    quotes: [{ text: 'We have done nothing wrong.', kind: 'direct' }],
  },
  {
    name: 'direct: a whole paragraph in quotes',
    text: '“This is the best day of my life.”',
    quotes: [{ text: 'This is the best day of my life.', kind: 'direct' }],
  },
  {
    name: 'split quote: both halves are direct',
    text: '“We are not there yet,” she said, “but we are getting closer.”',
    quotes: [
      { text: 'We are not there yet,', kind: 'direct' },
      { text: 'but we are getting closer.', kind: 'direct' },
    ],
  },
  {
    name: 'several sentences inside one quote',
    text: '“We tried. We failed. We will try again next year,” he said.',
    quotes: [{ text: 'We tried. We failed. We will try again next year,', kind: 'direct' }],
  },
  // --- Nothing to find -----------------------------------------------------------------------------
  {
    name: 'no quotes at all',
    text: 'The council approved the budget on Monday after a three-hour debate.',
    quotes: [],
  },
  {
    name: 'a text made only of quote marks',
    text: '“”""‘’\'\'«»',
    quotes: [],
  },
  {
    name: 'empty text',
    text: '',
    quotes: [],
  },
];

describe('findQuotes', () => {
  it.each(CASES)('$name', ({ text, quotes: expected }) => {
    const quotes = findQuotes(text, findParagraphs(text));
    const got = quotes.map((q) => ({
      text: text.slice(q.start, q.end),
      ...(expected.some((e) => e.kind !== undefined) ? { kind: q.kind } : {}),
      ...(expected.some((e) => e.closed !== undefined) ? { closed: q.closed } : {}),
      ...(expected.some((e) => e.continues !== undefined) ? { continues: q.continues } : {}),
    }));
    const want = expected.map((e) => ({
      text: e.text,
      ...(expected.some((x) => x.kind !== undefined) ? { kind: e.kind } : {}),
      ...(expected.some((x) => x.closed !== undefined) ? { closed: e.closed } : {}),
      ...(expected.some((x) => x.continues !== undefined) ? { continues: e.continues } : {}),
    }));
    expect(got).toEqual(want);
    for (const q of quotes) {
      // The marks sit just outside the content and the outer span contains the inner one.
      expect(q.outerStart).toBeLessThan(q.start);
      expect(q.outerEnd).toBeGreaterThanOrEqual(q.end);
      expect(text.slice(q.start, q.end)).not.toMatch(/[\r\n]/u);
    }
  });

  it('gives the emoji case offsets in UTF-16 code units', () => {
    const text = '🇬🇧🔥 “Unbelievable scenes in the final minute,” wrote one fan.';
    const [q] = findQuotes(text, findParagraphs(text));
    // Three astral-plane emoji are six code units, then a space and the opening mark.
    expect(q?.start).toBe(8);
    expect(q?.start).toBe(text.indexOf('Unbelievable'));
  });

  it('gives the CRLF case the offsets of the raw text', () => {
    const text = '“Yes,” he said.\r\n\r\n“No,” she replied.\r\n';
    const quotes = findQuotes(text, findParagraphs(text));
    expect(quotes.map((q) => [q.start, q.end])).toEqual([
      [1, 5],
      [text.indexOf('No,'), text.indexOf('No,') + 3],
    ]);
  });
});
