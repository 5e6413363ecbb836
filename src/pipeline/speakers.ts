import { HONORIFICS } from './lexicon/honorifics';
import type { GenderEvidence, Speaker, SpeakerKind } from './result';
import type { Doc, Entity, Gender, Mention, Resolution } from './types';

/**
 * Kinds listed when only mentioned: people, organisations, roles and groups. A lone anonymous source
 * ("a source") or the author counts only when quoted; places never become entities.
 */
const LISTED_WHEN_ONLY_MENTIONED: Readonly<Record<SpeakerKind, boolean>> = {
  person: true,
  organisation: true,
  role: true,
  group: true,
  anonymous: false,
  author: false,
  unknown: false,
};

/** Each entity's mentions in text order (mentions that resolve to nobody are left out). */
export function mentionsByEntity(doc: Doc, resolution: Resolution): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const e = resolution.entityOf[m.index];
    if (e === null || e === undefined) continue;
    const list = out.get(e) ?? [];
    list.push(m);
    out.set(e, list);
  }
  return out;
}

/**
 * The gender the article itself gives an entity, with its evidence: an honorific ("Ms", "Sir") first,
 * else the pronouns that resolve to it ("she"). Never from a first name; conflicting evidence → null.
 */
export function genderOf(mentions: readonly Mention[]): { gender: Gender; genderEvidence: GenderEvidence } {
  const byHonorific = agreed(mentions.map((m) => (m.honorific === null ? null : (HONORIFICS.get(m.honorific.toLowerCase())?.gender ?? null))));
  if (byHonorific !== undefined) return byHonorific === null ? unknownGender() : { gender: byHonorific, genderEvidence: 'honorific' };
  const byPronoun = agreed(mentions.map((m) => (m.kind === 'pronoun' ? m.gender : null)));
  if (byPronoun !== undefined) return byPronoun === null ? unknownGender() : { gender: byPronoun, genderEvidence: 'pronoun' };
  return unknownGender();
}

function unknownGender(): { gender: Gender; genderEvidence: GenderEvidence } {
  return { gender: null, genderEvidence: null };
}

/** The one gender the non-null values agree on; null when they disagree; undefined when there are none. */
function agreed(values: readonly Gender[]): Gender | undefined {
  const seen = new Set(values.filter((g) => g !== null));
  if (seen.size === 0) return undefined;
  return seen.size === 1 ? ([...seen][0] as Gender) : null;
}

/**
 * The role or title the article gives an entity ("Shadow energy minister"): its most frequent, the
 * first on ties, written as the article writes it where the mention holds it.
 */
export function titleOf(text: string, mentions: readonly Mention[]): string | null {
  const counts = new Map<string, { n: number; written: string }>();
  for (const m of mentions) {
    if (m.title === null || m.title === '') continue;
    const seen = counts.get(m.title);
    counts.set(m.title, { n: (seen?.n ?? 0) + 1, written: seen?.written ?? asWritten(text.slice(m.start, m.end), m.title) });
  }
  let best: string | null = null;
  let n = 0;
  for (const c of counts.values()) {
    if (c.n > n) {
      best = c.written;
      n = c.n;
    }
  }
  return best;
}

/** `title` (normalised, lower case) as the mention's own text writes it, or `title` when it is not there word for word. */
function asWritten(mentionText: string, title: string): string {
  const words = title.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const found = new RegExp(words.join('\\s+'), 'iu').exec(mentionText);
  return found === null ? title : found[0];
}

/** `group` for a role or unnamed source the article only ever uses in the plural ("officials", "the residents"); otherwise the entity's kind. */
export function speakerKind(entity: Entity | undefined, mentions: readonly Mention[]): SpeakerKind {
  if (entity === undefined) return 'unknown';
  const unnamed = entity.kind === 'role' || entity.kind === 'anonymous';
  if (unnamed && mentions.length > 0 && mentions.every((m) => m.plural)) return 'group';
  return entity.kind;
}

/** The record of one entity, spans cut from the text. */
export function speakerRecord(text: string, id: string, entity: Entity | undefined, mentions: readonly Mention[]): Speaker {
  const name = entity?.name ?? '';
  const title = titleOf(text, mentions);
  return {
    id,
    name,
    kind: speakerKind(entity, mentions),
    // A role named by its title ("the port authority") has no title beyond its name.
    title: title !== null && title.toLowerCase() === name.toLowerCase() ? null : title,
    honorific: entity?.honorific ?? null,
    ...genderOf(mentions),
    mentions: mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end })),
    quoteIds: [],
  };
}

/**
 * The entities the article names but never quotes, after the quoted speakers (whose ids stay
 * s1…sN), in order of first mention, numbered on from there.
 */
export function onlyMentioned(
  text: string,
  resolution: Resolution,
  mentionsOf: ReadonlyMap<number, readonly Mention[]>,
  quoted: ReadonlySet<number>,
  firstId: number,
): Speaker[] {
  const rest = [...mentionsOf.entries()]
    .filter(([e, ms]) => !quoted.has(e) && ms.length > 0 && LISTED_WHEN_ONLY_MENTIONED[speakerKind(resolution.entities[e], ms)])
    .sort((a, b) => (a[1][0] as Mention).start - (b[1][0] as Mention).start);
  return rest.map(([e, ms], k) => speakerRecord(text, `s${firstId + k}`, resolution.entities[e], ms));
}
