import fc from 'fast-check';

/**
 * fast-check generators for article text: hostile strings (the characters that break offset
 * arithmetic) and "news-like" text built from reporting templates, so that once the engine lands the
 * properties run through its quote, cue and speaker paths rather than only its empty path.
 */

/** Every quote mark the engine may pair, plus apostrophe look-alikes. */
export const QUOTE_MARKS = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '`'] as const;
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'] as const;
const BIDI_MARKS = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'] as const;
const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f'] as const;
const EMOJI = ['😀', '👍🏽', '👩‍👩‍👧', '🇬🇧', '❤️', '𝒜', '𠜎'] as const;

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One hostile unit: a quote mark, invisible or direction mark, break, control, lone surrogate, astral char or word. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ZERO_WIDTH, ...BIDI_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_BREAKS) },
  { weight: 1, arbitrary: controlChar },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 4, arbitrary: fc.constantFrom('said', 'he', 'she', 'Ms Rowe', 'Alan Brennan', ' ', ', ', '. ', ':', 'told', 'We will') },
);

/** Short strings of hostile units. */
export const hostileText: fc.Arbitrary<string> = fc.array(hostileUnit, { maxLength: 40 }).map((units) => units.join(''));

const NAMES = ['Alan Brennan', 'Arben Duka', 'Rachel Rowe', 'Zoë O’Neill', 'José Álvarez-Peña', 'Dr Anna Schmidt', 'Sir Alan', 'Ms Rowe', 'Mr Duka', 'Jean-Luc Picard'] as const;
const ROLES = ['a spokesman for the ministry', 'the prime minister', 'a police spokeswoman', 'the company', 'one official, who asked not to be named'] as const;
const PRONOUNS = ['he', 'she', 'they'] as const;
const VERBS = ['said', 'says', 'added', 'told reporters', 'warned', 'insisted', 'explained', 'replied', 'claimed', 'wrote'] as const;
const WORDS = [
  'we', 'are', 'in', 'talks', 'with', 'a', 'number', 'of', 'countries', 'about', 'return', 'hubs', 'it', 'is', 'not', 'the',
  'right', 'time', 'I’ll', 'don’t', 'won\'t', 'government', 'will', 'act', 'quickly', 'people', 'deserve', 'better', '2025', '£3bn', '😀',
] as const;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const words = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));
const utterance = words(2, 12).map(capitalise);

/** Opening and closing marks in the styles newsrooms use (English curly, straight, British single, French, German). */
const markPair = fc.constantFrom<readonly [string, string]>(['“', '”'], ['“', '”'], ['"', '"'], ['‘', '’'], ['« ', ' »'], ['„', '“']);

const sentence: fc.Arbitrary<string> = fc.oneof(
  // “…,” Name said.
  fc.tuple(markPair, utterance, fc.constantFrom(...NAMES), fc.constantFrom(...VERBS)).map(([[o, c], u, n, v]) => `${o}${u},${c} ${n} ${v}.`),
  // “…,” said Name, the role.
  fc.tuple(markPair, utterance, fc.constantFrom(...NAMES), fc.constantFrom(...ROLES)).map(([[o, c], u, n, r]) => `${o}${u},${c} said ${n}, ${r}.`),
  // Name said: “….”
  fc.tuple(markPair, utterance, fc.constantFrom(...NAMES)).map(([[o, c], u, n]) => `${n} said: ${o}${u}.${c}`),
  // “…,” he said. “…”
  fc.tuple(markPair, utterance, fc.constantFrom(...PRONOUNS), utterance).map(([[o, c], u, p, u2]) => `${o}${u},${c} ${p} said. ${o}${u2}.${c}`),
  // Split quote: “…,” Name said, “….”
  fc.tuple(markPair, utterance, fc.constantFrom(...NAMES), words(2, 8)).map(([[o, c], u, n, w]) => `${o}${u},${c} ${n} said, ${o}${w}.${c}`),
  // Partial quote inside the writer's sentence.
  fc.tuple(fc.constantFrom(...NAMES), words(1, 4)).map(([n, w]) => `${n} called it a “${w}”.`),
  // Reported speech and plain narration: must not produce direct quotes, but share the names.
  fc.tuple(fc.constantFrom(...NAMES), words(3, 10)).map(([n, w]) => `${n} told reporters that ${w}.`),
  words(4, 14).map((w) => `${capitalise(w)}.`),
  // According to the role, “…”.
  fc.tuple(fc.constantFrom(...ROLES), utterance).map(([r, u]) => `According to ${r}, “${u}.”`),
);

/** A multi-paragraph quote: the first paragraph leaves its quote open, the next reopens it. */
const continuedQuote: fc.Arbitrary<string> = fc
  .tuple(utterance, utterance, fc.constantFrom(...NAMES), fc.constantFrom('\n', '\n\n', '\r\n'))
  .map(([u1, u2, n, br]) => `“${u1}.${br}“${u2},” ${n} said.`);

const paragraph: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: continuedQuote },
);

/** News-like articles: a few paragraphs of reporting templates with the usual paragraph breaks. */
export const newsText: fc.Arbitrary<string> = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n\n', '\n', '\r\n', '\r\n\r\n'))
  .map(([paras, br]) => paras.join(br));

/** News-like text with hostile units spliced in at random places (inside quotes, names, verbs). */
export const corruptedNewsText: fc.Arbitrary<string> = fc
  .tuple(newsText, fc.array(fc.tuple(fc.nat(), hostileUnit), { minLength: 1, maxLength: 6 }))
  .map(([text, edits]) => {
    let out = text;
    for (const [at, unit] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + unit + out.slice(i);
    }
    return out;
  });
