import type { ArticleSummary, Speaker, SpeakerCounts } from './result';

const KINDS = ['person', 'organisation', 'role', 'group', 'anonymous', 'author', 'unknown'] as const;

function counts(): SpeakerCounts {
  return { quoted: 0, onlyMentioned: 0 };
}

function add(c: SpeakerCounts, quoted: boolean): void {
  if (quoted) c.quoted++;
  else c.onlyMentioned++;
}

/**
 * How many of the article's speakers are quoted and how many only mentioned, overall, by kind, by
 * gender and by the evidence of that gender (`none`: the article gives none).
 */
export function summarise(speakers: readonly Speaker[]): ArticleSummary {
  const summary: ArticleSummary = {
    ...counts(),
    byKind: Object.fromEntries(KINDS.map((k) => [k, counts()])) as ArticleSummary['byKind'],
    byGender: { female: counts(), male: counts(), unknown: counts() },
    byGenderEvidence: { honorific: counts(), pronoun: counts(), none: counts() },
  };
  for (const s of speakers) {
    const quoted = s.quoteIds.length > 0;
    add(summary, quoted);
    add(summary.byKind[s.kind], quoted);
    add(summary.byGender[s.gender ?? 'unknown'], quoted);
    add(summary.byGenderEvidence[s.genderEvidence ?? 'none'], quoted);
  }
  return summary;
}
