import fc from 'fast-check';
import { attribute } from '../../src/pipeline';
import { QUOTE_MARKS, corruptedNewsText, hostileText, newsText } from './arbitraries';
import { assertInvariants, shiftResult } from './invariants';

/**
 * Property-based tests of `attribute()` (robustness): on any input it must not throw, every span must be
 * a real slice of the input, the output must be sorted, consistent and deterministic, and a neutral
 * paragraph in front must shift every offset by exactly its length and change nothing else.
 */
const NEUTRAL_PREFIX = 'The weather was mild.\n\n';

/** All the properties at once, so each generated input costs three engine calls, not ten. */
function checkAll(text: string): void {
  const first = attribute(text);
  assertInvariants(text, first);
  expect(attribute(text)).toStrictEqual(first);
  const prefixed = NEUTRAL_PREFIX + text;
  const shifted = attribute(prefixed);
  assertInvariants(prefixed, shifted);
  expect(shifted).toStrictEqual(shiftResult(first, NEUTRAL_PREFIX.length));
}

describe('attribute() properties', () => {
  jest.setTimeout(60_000);

  it('holds on hostile strings (astral, lone surrogates, CRLF, zero-width, bidi, controls, stray quote marks)', () => {
    fc.assert(fc.property(hostileText, checkAll), { numRuns: 200 });
  });

  it('holds on the counterexamples these properties once shrank to', () => {
    // ':“said' crashed the dialogue-label rule: a colon with no word before it.
    for (const text of [':“said', ': “said”', '“:”', ':“', 'A:“x”']) checkAll(text);
  });

  it('holds on strings made only of quote marks and breaks', () => {
    const marksOnly = fc.array(fc.constantFrom(...QUOTE_MARKS, ' ', '\n', '\r\n'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(marksOnly, checkAll), { numRuns: 100 });
  });

  it('holds on news-like articles', () => {
    fc.assert(fc.property(newsText, checkAll), { numRuns: 120 });
  });

  it('holds on news-like articles with hostile characters spliced in', () => {
    fc.assert(fc.property(corruptedNewsText, checkAll), { numRuns: 120 });
  });

  it('the news-like generator produces what an engine needs to find quotes', () => {
    // Guards the generator itself: if it stopped producing quote marks next to speech verbs and names,
    // the properties above would silently test only the engine's empty path.
    const samples = fc.sample(newsText, { numRuns: 200, seed: 42 });
    const withQuotedSpeech = samples.filter((t) => /[“"‘«„][^“”"‘’«»„]+[,.][”"’»“]/u.test(t) && /\b(?:said|says|added|warned|told)\b/.test(t));
    expect(withQuotedSpeech.length).toBeGreaterThan(samples.length * 0.8);
  });

  // The news-like inputs must really reach the engine's quote and speaker paths.
  it('news-like articles make the engine produce attributed quotes', () => {
    const samples = fc.sample(newsText, { numRuns: 100, seed: 7 });
    const results = samples.map((t) => attribute(t));
    const withQuotes = results.filter((r) => r.quotes.length > 0).length;
    const withSpeaker = results.filter((r) => r.quotes.some((q) => q.speaker !== null)).length;
    expect(withQuotes).toBeGreaterThan(samples.length * 0.8);
    expect(withSpeaker).toBeGreaterThan(samples.length * 0.5);
  });
});
