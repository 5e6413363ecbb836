import { resolutionInput } from './resolution/context';
import { noDecisions } from './resolution/decisions';
import { resolveDescriptions } from './resolution/descriptions';
import { resolveFullNames } from './resolution/full-names';
import { nameEntities } from './resolution/naming';
import { resolvePronouns } from './resolution/pronouns';
import { resolveShortForms } from './resolution/short-forms';
import type { Cue, Mention, Paragraph, Resolution, Token } from './types';

export { withinOneEdit } from './resolution/name-matching';

/**
 * One entity per person, role, organisation or author; every mention points at its entity or at
 * nothing. "Sir Alan Brennan", "Sir Alan", "Mr Brennan", "Sir Aaln" and "the prime minister" (when
 * the article ties the title to him) → one entity named "Alan Brennan". An ambiguous alias resolves
 * to nothing.
 *
 * The recipe: ordered passes (./resolution/), each a pure function of the input and of what the
 * passes before it decided, returning its own decisions.
 */
export function resolveSpeakers(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  cues: readonly Cue[],
  paragraphs: readonly Paragraph[],
): Resolution {
  const input = resolutionInput(text, tokens, mentions, cues, paragraphs);
  const { decisions: named, fullNames } = resolveFullNames(input, noDecisions(input));
  const shortened = resolveShortForms(input, named, fullNames);
  const described = resolveDescriptions(input, shortened);
  const pronouns = resolvePronouns(input, described);
  return nameEntities(text, pronouns);
}
