import { NEVER_NAMES } from '../lexicon/function-words';
import { HONORIFICS } from '../lexicon/honorifics';
import { TITLE_NOUNS } from '../lexicon/roles';
import type { Entity, Resolution } from '../types';
import type { Decisions, EntityDraft, NameForm } from './decisions';
import { sameNameToken } from './name-matching';

// Linear: every repetition starts with white space, which the word part cannot match.
const NAME_EVIDENCE = /\p{Lu}[\p{Ll}\p{M}’'-]+(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}’'-]+){1,2}/gu;

/**
 * Pass 5: names. Each person is called by the fullest form seen, completed from the whole text
 * ("Sir Alan" → "Alan Brennan"); other entities keep their label.
 */
export function nameEntities(text: string, decisions: Decisions): Resolution {
  const evidence = collectNameEvidence(text);
  const entities: Entity[] = decisions.entities.map((d, id) => ({
    id,
    kind: d.kind,
    name: d.kind === 'person' ? personName(d, evidence) : d.label,
    honorific: mostFrequent(d.honorifics),
    gender: d.gender,
  }));
  return { entities, entityOf: decisions.entityOf };
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** Capitalised runs of two or three words anywhere in the text, titles dropped, with their counts. */
function collectNameEvidence(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(NAME_EVIDENCE)) {
    const words = m[0].split(/[ \u00a0]+/u).map((w) => w.replace(/(?:[’']s|[’'])$/u, ''));
    // Drop leading titles and honorifics: "Prime Minister Sir Alan Brennan" → "Alan Brennan".
    while (words.length > 0 && isTitleWord((words[0] as string).toLowerCase())) words.shift();
    if (words.length < 2) continue;
    const key = words.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function isTitleWord(word: string): boolean {
  return HONORIFICS.has(word) || TITLE_NOUNS.has(word) || NEVER_NAMES.has(word) || word === 'prime';
}

function personName(d: EntityDraft, evidence: ReadonlyMap<string, number>): string {
  const forms = [...d.forms.values()];
  if (forms.length === 0) return d.label;
  const longest = Math.max(...forms.map((f) => f.tokens.length));
  const candidates = forms.filter((f) => f.tokens.length === longest);
  candidates.sort((a, b) => b.count - a.count || b.cued - a.cued || b.first - a.first);
  const best = candidates[0] as NameForm;
  if (longest > 1) return best.tokens.join(' ');
  // Only a short form in the running text: complete it from a full form elsewhere (even in a quote).
  const alias = best.tokens[0] as string;
  const firstNameAlias = [...d.honorifics.keys()].some((h) => HONORIFICS.get(h.toLowerCase())?.firstName === true);
  const completions = new Map<string, number>();
  for (const [form, count] of evidence) {
    const words = form.split(' ');
    const word = firstNameAlias ? words[0] : words[words.length - 1];
    if (word !== undefined && sameNameToken(word, alias) !== null) completions.set(form, count);
  }
  const ranked = [...completions].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return alias;
  if (ranked.length > 1 && (ranked[0] as [string, number])[1] === (ranked[1] as [string, number])[1]) return alias;
  return (ranked[0] as [string, number])[0];
}
