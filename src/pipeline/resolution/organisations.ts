import { PREPOSITIONS } from '../lexicon/function-words';
import { DOCUMENT_NOUNS } from '../lexicon/nouns';
import { ORGANISATION_DESCRIPTIONS } from '../lexicon/roles';
import type { Mention, Token } from '../types';
import type { ResolutionInput } from './context';
import type { Ledger } from './decisions';
import { labelOf } from './labels';
import { DOCUMENT_TOKEN_LOOKBACK, MENTION_LOOKBACK, TITLE_PARAGRAPH_WINDOW } from './windows';

/** What the organisations seen so far are called, within one run of the descriptions pass. */
export interface OrganisationMemory {
  readonly byName: Map<string, number>;
  readonly lastByHead: Map<string, number>;
}

export function organisationMemory(): OrganisationMemory {
  return { byName: new Map(), lastByHead: new Map() };
}

/**
 * An organisation mention's entity: the issuer of the document it names ("the statement said"), the
 * organisation an unnamed description points back to ("the retailer"), the same name seen before, or
 * a new organisation.
 */
export function resolveOrganisation(input: ResolutionInput, ledger: Ledger, memory: OrganisationMemory, m: Mention): number {
  const unnamedDefinite = m.name.length === 0 && m.definite;
  const document = unnamedDefinite && DOCUMENT_NOUNS.has(m.head ?? '') ? issuerOfEarlierDocument(input, ledger, m) : null;
  const described =
    document ?? (unnamedDefinite && ORGANISATION_DESCRIPTIONS.has(m.head ?? '') ? namedOrganisationBefore(input, ledger, m) : null);
  if (described !== null) return described;
  const key = m.name.length > 0 ? m.name.join(' ').toLowerCase() : (m.head ?? m.title ?? '');
  let e = m.name.length > 0 ? memory.byName.get(key) : m.definite ? memory.lastByHead.get(`${m.head}`) : undefined;
  if (e === undefined) {
    e = ledger.newEntity('organisation', m.name.length > 0 ? m.name.join(' ') : labelOf(input.text, input.tokens, m));
    if (m.name.length > 0) memory.byName.set(key, e);
  }
  memory.lastByHead.set(`${m.head ?? key}`, e);
  return e;
}

/**
 * "Kieran’s parents said in a statement … “…,” the statement said": whoever issued the statement
 * the article mentioned last — the subject of the sentence that mentions it.
 */
function issuerOfEarlierDocument(input: ResolutionInput, ledger: Ledger, m: Mention): number | null {
  const { tokens, mentions } = input;
  const head = m.head ?? '';
  const paragraph = (tokens[m.first] as Token).paragraph;
  for (let i = m.first - 1; i >= 0 && m.first - i <= DOCUMENT_TOKEN_LOOKBACK; i--) {
    const t = tokens[i] as Token;
    if (paragraph - t.paragraph > TITLE_PARAGRAPH_WINDOW) return null;
    if (t.kind !== 'word' || t.norm !== head) continue;
    for (const k of input.mentionsOfSentence.get(t.sentence) ?? []) {
      const c = mentions[k] as Mention;
      if (c.first >= m.first) break;
      if (c.nested || c.head === head || c.kind === 'pronoun' || c.kind === 'author') continue;
      // "In a letter **to the committee**, Dr Vermeulen wrote": the object of a preposition issued nothing.
      const prev = tokens[c.first - 1];
      if (prev?.kind === 'word' && prev.sentence === t.sentence && PREPOSITIONS.has(prev.norm)) continue;
      const e = ledger.entityOf(c.index);
      if (e !== null && e !== undefined) return e;
    }
    return null;
  }
  return null;
}

/** "Shares in Pellow & Grant fell… the retailer said": the organisation named just before. */
function namedOrganisationBefore(input: ResolutionInput, ledger: Ledger, m: Mention): number | null {
  const { tokens, mentions } = input;
  const paragraph = (tokens[m.first] as Token).paragraph;
  for (let k = m.index - 1; k >= 0 && m.index - k <= MENTION_LOOKBACK; k--) {
    const c = mentions[k] as Mention;
    if (paragraph - (tokens[c.first] as Token).paragraph > TITLE_PARAGRAPH_WINDOW) break;
    if ((c.kind !== 'organisation' && c.kind !== 'name') || c.name.length === 0 || c.nested || c.possessive) continue;
    const e = ledger.entityOf(c.index);
    if (e !== null && e !== undefined && ledger.entity(e).kind === 'organisation') return e;
  }
  return null;
}
