import { findParagraphs } from '../../src/pipeline/find-paragraphs';
import { findQuotes } from '../../src/pipeline/find-quotes';
import type { QuoteKind } from '../../src/pipeline/types';

/**
 * Round 2 of the quote scanner cases: typography round 1 (find-quotes.test.ts) does not cover —
 * spaced and reversed guillemets, German low-9 quotes, quotes in parentheses, ellipses and broken-off
 * quotes, straight quotes hard against punctuation, inch marks, word-initial apostrophes, hard-wrapped
 * lines inside one paragraph, and a straight quote that is never closed.
 *
 * Each expected quote gives its content (without the marks, and without the padding spaces French
 * typography puts inside guillemets) and, where it matters, its kind and whether it was closed.
 */
interface ExpectedQuote {
  readonly text: string;
  readonly kind?: QuoteKind;
  readonly closed?: boolean;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly ExpectedQuote[];
}

const CASES: readonly Case[] = [
  // --- Guillemets and continental marks ------------------------------------------------------------
  {
    name: 'French spaced guillemets « … » — content without the padding spaces',
    text: 'Outside the Élysée, protesters chanted « nous ne céderons pas » until police moved them on.',
    quotes: [{ text: 'nous ne céderons pas', closed: true }],
  },
  {
    name: 'French spaced guillemets with no-break spaces and the comma outside',
    text: '«\u00a0Nous ne reculerons pas\u00a0», a déclaré le ministre, according to Le Monde.',
    quotes: [{ text: 'Nous ne reculerons pas', kind: 'direct', closed: true }],
  },
  {
    name: 'reversed guillemets » … « (German/Danish books style)',
    text: '»Wir bleiben hier«, sagte der Bürgermeister, the German mayor, on Monday.',
    quotes: [{ text: 'Wir bleiben hier', kind: 'direct', closed: true }],
  },
  {
    name: 'German low-9 quote „…“ closed by a high-6 mark',
    text: 'The chancellor’s word „Zeitenwende“ has since entered the English political vocabulary.',
    quotes: [{ text: 'Zeitenwende', kind: 'partial', closed: true }],
  },
  // --- Parentheses and punctuation ----------------------------------------------------------------------
  {
    name: 'partial quote inside parentheses',
    text: 'The agency (which called the leak “deeply regrettable”) declined to comment further.',
    quotes: [{ text: 'deeply regrettable', kind: 'partial', closed: true }],
  },
  {
    name: 'whole quoted sentence inside parentheses',
    text: 'The minister was booed as she arrived. (“I have been called worse,” she said later.)',
    quotes: [{ text: 'I have been called worse,', kind: 'direct', closed: true }],
  },
  {
    name: 'straight quotes hard against punctuation: ("…"), "…"; "…"!',
    text: 'He rejected the offer ("a joke"), the timetable ("fantasy"); and the apology: "Too little, too late"!',
    quotes: [{ text: 'a joke' }, { text: 'fantasy' }, { text: 'Too little, too late' }],
  },
  {
    name: 'straight quote followed by an em dash and the cue',
    text: '"We are finished"—the words of the outgoing chairman—echoed around the hall.',
    quotes: [{ text: 'We are finished', closed: true }],
  },
  // --- Ellipses and broken-off quotes ------------------------------------------------------------------
  {
    name: 'quote ending with an ellipsis character before the close',
    text: '“If we lose this vote…” he said, before his voice trailed off.',
    quotes: [{ text: 'If we lose this vote…', kind: 'direct', closed: true }],
  },
  {
    name: 'straight quote ending with three dots',
    text: '"We had no idea what was coming..." she said quietly.',
    quotes: [{ text: 'We had no idea what was coming...', kind: 'direct', closed: true }],
  },
  {
    name: 'quote broken off by a dash',
    text: '“We were going to—” the witness began, before the judge stopped her.',
    quotes: [{ text: 'We were going to—', kind: 'direct', closed: true }],
  },
  {
    name: 'quote starting with an ellipsis (elided opening)',
    text: 'The report concludes that “…the council failed at every level” and calls for an inquiry.',
    quotes: [{ text: '…the council failed at every level', kind: 'partial', closed: true }],
  },
  // --- Inches, feet, apostrophes ---------------------------------------------------------------------------
  {
    name: 'inch marks on screen sizes and records are not quotes; the song title is',
    text: 'Sales of 65" televisions rose 40% over Christmas, and the band’s 12" single "Blue Hour" sold out.',
    quotes: [{ text: 'Blue Hour', closed: true }],
  },
  {
    name: 'feet and inches in straight marks before a straight-quoted partial',
    text: "The 6' 4\" goalkeeper called the decision \"baffling\".",
    quotes: [{ text: 'baffling', kind: 'partial', closed: true }],
  },
  {
    name: 'word-initial apostrophes: ’tis, ’em, ’cause — no quote',
    text: '’Tis the season, and the shops are full of ’em, ’cause everyone left it late.',
    quotes: [],
  },
  {
    name: 'straight word-initial apostrophes before a real single-quoted phrase',
    text: "'Tis the season, the manager said, for 'shopping till you drop'.",
    quotes: [{ text: 'shopping till you drop', kind: 'partial', closed: true }],
  },
  {
    name: 'straight abbreviated decade before a single-quoted motto',
    text: "Back in the '80s the club's motto was 'never say die'.",
    quotes: [{ text: 'never say die', closed: true }],
  },
  {
    name: 'straight plural possessive inside a straight single-quoted headline',
    text: "Union boss: 'Workers' rights are not up for negotiation'",
    quotes: [{ text: "Workers' rights are not up for negotiation", kind: 'direct', closed: true }],
  },
  // --- Nesting and spacing typos ------------------------------------------------------------------------
  {
    name: 'UK style: double quotes nested inside single quotes stay in the outer quote',
    text: '‘He stood up and said “never again”, and that was the last we saw of him,’ his sister said.',
    quotes: [{ text: 'He stood up and said “never again”, and that was the last we saw of him,', kind: 'direct', closed: true }],
  },
  {
    name: 'CMS typo: no space after the closing mark',
    text: '“We are done with this government,”she said, walking out of the hall.',
    quotes: [{ text: 'We are done with this government,', kind: 'direct', closed: true }],
  },
  {
    name: 'unicode prime and double prime inside a quote do not close it',
    text: '“He’s 6′4″ and quicker than anyone in the league,” the coach said.',
    quotes: [{ text: 'He’s 6′4″ and quicker than anyone in the league,', kind: 'direct', closed: true }],
  },
  // --- Line breaks and unclosed quotes -----------------------------------------------------------------------
  {
    name: 'hard-wrapped wire copy: one quote across a single line break',
    text: 'The governor said: “We will not be moved by threats, and we will not\nbe moved by money.” The vote is on Friday.',
    quotes: [{ text: 'We will not be moved by threats, and we will not\nbe moved by money.', kind: 'direct', closed: true }],
  },
  {
    name: 'straight double quote never closed: bounded to its paragraph',
    text: 'The mayor said "the budget is balanced and there will be no rise in council tax this year.\n\nThe opposition disputed the figures.',
    quotes: [{ text: 'the budget is balanced and there will be no rise in council tax this year.', closed: false }],
  },
  {
    name: 'stray straight double quote mid-paragraph does not pair with the next paragraph’s quotes',
    text: 'Turnout was 34" lower than in 2019, officials said.\n\n"It was a quiet night," one returning officer said.',
    quotes: [{ text: 'It was a quiet night,', kind: 'direct', closed: true }],
  },
];

describe('findQuotes, round 2', () => {
  it.each(CASES)('$name', ({ text, quotes: expected }) => {
    const quotes = findQuotes(text, findParagraphs(text));
    const has = <K extends keyof ExpectedQuote>(k: K): boolean => expected.some((e) => e[k] !== undefined);
    const got = quotes.map((q) => ({
      text: text.slice(q.start, q.end).replace(/^\s+|\s+$/gu, ''),
      ...(has('kind') ? { kind: q.kind } : {}),
      ...(has('closed') ? { closed: q.closed } : {}),
    }));
    const want = expected.map((e) => ({
      text: e.text,
      ...(has('kind') ? { kind: e.kind } : {}),
      ...(has('closed') ? { closed: e.closed } : {}),
    }));
    expect(got).toEqual(want);
    for (const q of quotes) {
      expect(q.outerStart).toBeLessThan(q.start);
      expect(q.outerEnd).toBeGreaterThanOrEqual(q.end);
    }
  });
});
