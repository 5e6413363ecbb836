import fc from 'fast-check';
import type { AttributionResult, Quote } from '../../src/schemas/attribution';
import { newsText } from './arbitraries';
import { findViolations, shiftResult } from './invariants';

/**
 * The invariant checker must itself catch broken results, or the property and adversarial tests pass
 * vacuously while the engine is a stub. Hand-built results, one broken rule each.
 */
const TEXT = '“We will act,” she said.';

function goodResult(): AttributionResult {
  return {
    quotes: [
      {
        id: 'q1', text: 'We will act,', start: 1, end: 13, type: 'direct', continues: null,
        speaker: { id: 's1', name: 'Rachel Rowe', mention: { text: 'she', start: 15, end: 18 } },
        cue: { text: 'said', lemma: 'say', start: 19, end: 23 }, rule: 'quote-pronoun-cue', confidence: 0.9,
      },
    ],
    speakers: [
      { id: 's1', name: 'Rachel Rowe', kind: 'person', title: null, honorific: null, gender: 'female', genderEvidence: 'pronoun', mentions: [{ text: 'she', start: 15, end: 18 }], quoteIds: ['q1'] },
    ],
  };
}

const withQuote = (patch: Partial<Quote>): AttributionResult => {
  const r = goodResult();
  r.quotes[0] = { ...r.quotes[0]!, ...patch };
  return r;
};

describe('findViolations', () => {
  it('accepts a consistent result', () => {
    expect(findViolations(TEXT, goodResult())).toEqual([]);
  });

  const broken: ReadonlyArray<[string, AttributionResult, RegExp]> = [
    ['quote text differs from the slice', withQuote({ end: 12 }), /!== input\.slice/],
    ['quote end past the text', withQuote({ end: 99 }), /out of bounds/],
    ['start after end', withQuote({ start: 5, end: 4 }), /out of bounds/],
    ['cue span off by one', withQuote({ cue: { text: 'said', lemma: 'say', start: 18, end: 22 } }), /cue: text/],
    ['mention span wrong', withQuote({ speaker: { id: 's1', name: 'Rachel Rowe', mention: { text: 'she', start: 14, end: 17 } } }), /speaker\.mention/],
    ['unknown speaker id', withQuote({ speaker: { id: 's9', name: 'Rachel Rowe', mention: { text: 'she', start: 15, end: 18 } } }), /not in speakers/],
    ['continues a missing quote', withQuote({ continues: 'q0' }), /not an earlier quote/],
    ['confidence above 1', withQuote({ confidence: 1.5 }), /confidence/],
    ['unknown quote type', withQuote({ type: 'indirect' as never }), /direct\|partial/],
    [
      'quotes not sorted and duplicate ids',
      (() => {
        const r = goodResult();
        r.quotes.push({ ...r.quotes[0]!, start: 0, end: 0, text: '' });
        r.speakers[0]!.quoteIds = ['q1'];
        return r;
      })(),
      /not sorted[\s\S]*duplicate quote id|duplicate quote id[\s\S]*not sorted/,
    ],
    [
      'speaker lists a missing quote',
      (() => {
        const r = goodResult();
        r.speakers[0]!.quoteIds.push('q7');
        return r;
      })(),
      /q7 is not in quotes/,
    ],
    [
      'speaker mention span wrong',
      (() => {
        const r = goodResult();
        r.speakers[0]!.mentions.push({ text: 'Rowe', start: 0, end: 4 });
        return r;
      })(),
      /mentions\[1\]/,
    ],
  ];

  it.each(broken)('reports: %s', (_name, result, pattern) => {
    expect(findViolations(TEXT, result).join('\n')).toMatch(pattern);
  });
});

describe('shiftResult', () => {
  it('moves every span and nothing else', () => {
    const shifted = shiftResult(goodResult(), 10);
    expect(findViolations('x'.repeat(10) + TEXT, shifted)).toEqual([]);
    expect(shifted.quotes[0]).toMatchObject({ start: 11, end: 23, speaker: { mention: { start: 25 } }, cue: { start: 29 } });
    expect(shifted.speakers[0]!.mentions[0]).toEqual({ text: 'she', start: 25, end: 28 });
  });
});

describe('the property harness with a toy engine', () => {
  // A naive quote finder standing in for the engine: proves news-like texts yield quotes whose spans
  // the checker validates, and that an off-by-one engine would be caught.
  const toyEngine = (text: string, offByOne = false): AttributionResult => {
    const quotes: Quote[] = [];
    for (const m of text.matchAll(/“([^“”]*)”/g)) {
      const start = (m.index ?? 0) + 1 + (offByOne ? 1 : 0);
      const body = m[1] ?? '';
      quotes.push({ id: `q${quotes.length + 1}`, text: body, start, end: start + body.length, type: 'direct', continues: null, speaker: null, cue: null, rule: 'no-attribution', confidence: 0.5 });
    }
    return { quotes, speakers: [] };
  };

  it('a correct engine passes on news-like text, and finds quotes there', () => {
    let found = 0;
    fc.assert(
      fc.property(newsText, (t) => {
        const r = toyEngine(t);
        found += r.quotes.length;
        expect(findViolations(t, r)).toEqual([]);
      }),
      { numRuns: 100 },
    );
    expect(found).toBeGreaterThan(50);
  });

  it('an off-by-one engine is caught', () => {
    expect(() =>
      fc.assert(
        fc.property(newsText, (t) => {
          expect(findViolations(t, toyEngine(t, true))).toEqual([]);
        }),
        { numRuns: 100 },
      ),
    ).toThrow();
  });
});
