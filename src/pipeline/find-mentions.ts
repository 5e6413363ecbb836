import { mentionInput } from './mentions/context';
import { findDescriptions } from './mentions/descriptions';
import { findNames } from './mentions/names';
import { findPronouns } from './mentions/pronouns';
import { findRelatives } from './mentions/relatives';
import { findRoles, type TitleGrant } from './mentions/roles';
import type { MentionDraft } from './mentions/shared';
import { findSpeakerLabels } from './mentions/speaker-labels';
import type { Mention, Sentence, Token } from './types';

/**
 * Who could be speaking: names ("Sir Alan Brennan", "Arben Duka"), pronouns ("he"), role phrases
 * ("the prime minister’s official spokesman", "one shadow cabinet minister"), organisations
 * ("the newspaper", "Downing Street") and the author ("Me: …").
 *
 * The recipe: one extractor a file (./mentions/), each pure; a role phrase that titles a name
 * ("the transport secretary, Jane Doe") grows the name to hold it; then every mention in
 * reading order, a mention inside a longer one marked nested.
 */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  cueTokens: ReadonlySet<number> = new Set(),
): Mention[] {
  const input = mentionInput(text, tokens, sentences, cueTokens);
  const names = findNames(input);
  const roles = findRoles(input, names);
  const drafts = [
    ...applyGrants(names.names, roles.grants),
    ...roles.roles,
    ...findDescriptions(input, names.inName, roles.inRole),
    ...findPronouns(input, names.inName),
    ...findRelatives(input, names.inName),
    ...findSpeakerLabels(input, names.inName, roles.inRole),
  ];
  drafts.sort((a, b) => a.first - b.first || b.last - a.last);
  return toMentions(text, tokens, drafts);
}

/** Each titled name starts at its role phrase, is a person and keeps the first title and gender given. */
function applyGrants(names: readonly MentionDraft[], grants: readonly TitleGrant[]): MentionDraft[] {
  const out = [...names];
  for (const g of grants) {
    const d = out[g.nameIndex] as MentionDraft;
    out[g.nameIndex] = { ...d, first: g.first, kind: 'person', title: d.title ?? g.title, gender: d.gender ?? g.gender };
  }
  return out;
}

/** Numbers the drafts in reading order; a mention inside a longer one is its possessor ("Sir Alan’s counterpart Arben Duka"). */
function toMentions(text: string, tokens: readonly Token[], drafts: readonly MentionDraft[]): Mention[] {
  let outerEnd = -1;
  return drafts.map((d, index) => {
    const nested = d.last <= outerEnd;
    if (!nested) outerEnd = d.last;
    const first = tokens[d.first] as Token;
    const last = tokens[d.last - 1] as Token;
    return {
      index,
      kind: d.kind,
      first: d.first,
      last: d.last,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      name: d.name,
      honorific: d.honorific,
      title: d.title,
      head: d.head,
      gender: d.gender,
      possessive: d.possessive,
      pronoun: d.pronoun,
      nested,
      definite: d.definite,
      plural: d.plural,
    };
  });
}
