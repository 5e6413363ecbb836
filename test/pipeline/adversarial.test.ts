import { pathologicalInputs, type PathologicalInput } from '../fixtures/pathological';
import { EngineWorker } from './engine-worker';
import { assertInvariants, shiftResult } from './invariants';

/**
 * The adversarial corpus: the pathological inputs of test/fixtures/pathological.ts (the ones the
 * benchmark times) plus hostile texts of our own go through `attribute()`. Each must return (a hang
 * fails after CALL_TIMEOUT_MS), must not throw, must satisfy the contract invariants and must not
 * leave more than MAX_RETAINED_MB on the heap.
 * No speed assertions: speed targets live in the benchmark.
 */
const CALL_TIMEOUT_MS = 20_000;
const MAX_RETAINED_MB = 200;
/** Hard ceiling for the engine's heap during a call: past it the worker dies and the case fails. */
const MAX_HEAP_MB = 1024;
/** Determinism and the prefix shift are also checked on inputs up to this size (they cost two more calls). */
const FULL_CHECK_MAX_CHARS = 100_000;
const NEUTRAL_PREFIX = 'The weather was mild.\n\n';

const repeatTo = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

const NEWS_LINES = [
  '“We are in talks with a number of countries about return hubs,” he said.',
  'Sir Alan did not say which countries he is in talks with.',
  '“At the appropriate time, I’ll be able to give you further details,” said Alan Brennan.',
  'Mr Duka said: “We have been asked by several countries if we were open to it.”',
];

function ownInputs(): PathologicalInput[] {
  const breaks = ['\r\n', '\r', '\n', '\n\r', '\r\r\n', '\n\n'];
  return [
    // Low surrogates first, then high ones: no two of them ever form a pair.
    { name: 'lone-surrogates-100k', text: '\uDC00'.repeat(50_000) + '\uD800'.repeat(50_000) },
    { name: 'lone-surrogates-in-quotes', text: repeatTo('“\uD83D said \uDE00,” she said. ', 64 * 1024) },
    { name: 'zero-width-joiners-50k', text: '\u200D'.repeat(50_000) },
    { name: 'zero-width-inside-words', text: repeatTo('“W\u200Be\u200D w\u200Cill\u2060,” s\u200Bhe s\uFEFFaid. ', 64 * 1024) },
    { name: 'nested-quotes-10k-unclosed', text: '“‘'.repeat(5_000) },
    { name: 'nested-quotes-10k-balanced', text: `${'“‘'.repeat(5_000)}We will act${'’”'.repeat(5_000)}, he said.` },
    { name: 'single-word-1mb', text: repeatTo('Supercalifragilistic', 1024 * 1024) },
    {
      name: 'mixed-crlf-cr-lf',
      text: Array.from({ length: 1_500 }, (_, i) => `${NEWS_LINES[i % NEWS_LINES.length]}${breaks[i % breaks.length]}`).join(''),
    },
    { name: 'rtl-and-bidi-overrides', text: repeatTo('\u202B«نحن نتحدث»\u202C قال الوزير. \u202E“we will act,”\u202C he said. ‏', 64 * 1024) },
    { name: 'every-quote-mark', text: repeatTo('“”‘’"\'«»„‚‹›「」`', 64 * 1024) },
    { name: 'control-characters', text: repeatTo('\u0000“x\u0007”\u001b said\u0008 \u007f\u0085', 64 * 1024) },
    { name: 'emoji-zwj-sequences', text: repeatTo('“👩‍👩‍👧 🇬🇧 👍🏽,” 𝒜 said. ', 64 * 1024) },
    { name: 'empty', text: '' },
    { name: 'whitespace-only', text: repeatTo(' \t\r\n\u00A0\u2028\u3000', 16 * 1024) },
  ];
}

const corpus = [...pathologicalInputs(1), ...ownInputs()];

describe('adversarial corpus', () => {
  const engine = new EngineWorker(MAX_HEAP_MB);

  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());

  const cases = corpus.map((input) => ({ ...input, chars: input.text.length, full: input.text.length <= FULL_CHECK_MAX_CHARS }));

  it.each(cases)('$name ($chars code units)', async ({ text, full }) => {
    const first = await engine.run(text, CALL_TIMEOUT_MS);
    assertInvariants(text, first.result);
    expect(first.retainedBytes / 2 ** 20).toBeLessThan(MAX_RETAINED_MB);
    if (!full) return;
    const again = await engine.run(text, CALL_TIMEOUT_MS);
    // toEqual, not toStrictEqual: objects posted by the worker belong to Node's realm, not Jest's sandbox.
    expect(again.result).toEqual(first.result);
    const prefixed = await engine.run(NEUTRAL_PREFIX + text, CALL_TIMEOUT_MS);
    assertInvariants(NEUTRAL_PREFIX + text, prefixed.result);
    expect(prefixed.result).toEqual(shiftResult(first.result, NEUTRAL_PREFIX.length));
  }, 3 * CALL_TIMEOUT_MS + 10_000);
});
