import { PRONOUNS } from '../lexicon/pronouns';
import { AUTHOR_LABELS, GENDERED_ROLES, INTERVIEWEE_LABELS } from '../lexicon/roles';
import { FIRST_NAME_TAGS } from '../lexicon/tags';
import type { Token } from '../types';
import type { MentionInput } from './context';
import { pronounBase } from './pronouns';
import { hasAny, isWord, roleClass, type MentionDraft } from './shared';

/**
 * Extractor 5: speaker labels. "Daughter: “…”" — a label in an interview or dialogue transcript;
 * "Mensah: ‘…’" — a headline credit by surname (kept only if the surname names a person, see the
 * dialogue-label sieve).
 */
export function findSpeakerLabels(input: MentionInput, inName: Uint8Array, inRole: Uint8Array): MentionDraft[] {
  const { tokens } = input;
  const found: MentionDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t) || inName[i] || PRONOUNS.has(pronounBase(t))) continue;
    const label = input.sentenceStartAt.has(i) && tokens[i + 1]?.text === ':' && tokens[i + 2]?.kind === 'quote';
    if (!label || !isSpeakerLabel(t) || inRole[i]) continue;
    const author = AUTHOR_LABELS.has(t.norm);
    const surname = t.tags.length === 0 && !INTERVIEWEE_LABELS.has(t.norm);
    found.push({
      kind: author ? 'author' : surname ? 'name' : 'role',
      first: i,
      last: i + 1,
      honorific: null,
      name: surname ? [t.text] : [],
      title: author || surname ? null : t.norm,
      head: surname ? null : t.norm,
      gender: GENDERED_ROLES.get(t.norm) ?? null,
      possessive: false,
      pronoun: null,
      definite: true,
      plural: false,
    });
  }
  return found;
}

/** "Daughter:", "Me:", "Interviewer:" — not "Welfare:" or "Image:". */
function isSpeakerLabel(t: Token): boolean {
  return (
    AUTHOR_LABELS.has(t.norm) || (INTERVIEWEE_LABELS.has(t.norm) && t.capitalised) || roleClass(t.norm) !== null || hasAny(t.tags, FIRST_NAME_TAGS) || t.tags.includes('Actor') ||
    (t.capitalised && t.tags.length === 0)
  );
}
