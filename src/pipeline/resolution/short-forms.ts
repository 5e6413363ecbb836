import { HONORIFICS } from '../lexicon/honorifics';
import type { EntityKind, Mention, Token } from '../types';
import { isNamed, type ResolutionInput } from './context';
import { Ledger, type Decisions } from './decisions';
import type { FullNames } from './full-names';
import { sameNameToken, TokenIndex, type NameMatch } from './name-matching';

/**
 * Pass 2: short forms and honorific forms. "Mr Brennan" (a surname) and "Sir Alan" (a first name
 * after a knight's honorific) join the one full name they fit; fitting several, the most salient
 * bearer; fitting none, repeated short forms make one entity of their own.
 */
export function resolveShortForms(input: ResolutionInput, prior: Decisions, fullNames: FullNames): Decisions {
  const ledger = new Ledger(input, prior);
  const shortFirst = new TokenIndex<[string, number]>();
  const shortLast = new TokenIndex<[string, number]>();
  // How often each entity was mentioned before the current mention: the salience of a shared surname's bearers.
  const mentionsSoFar = new Map<number, number>();
  let counted = 0;
  for (const m of input.mentions) {
    for (; counted < m.index; counted++) {
      const e = ledger.entityOf(counted);
      if (e !== null && e !== undefined) mentionsSoFar.set(e, (mentionsSoFar.get(e) ?? 0) + 1);
    }
    if (!isNamed(m) || ledger.entityOf(m.index) !== null) continue;
    const honorific = m.honorific ? HONORIFICS.get(m.honorific.toLowerCase()) : undefined;
    const firstNameAlias = honorific?.firstName === true;
    const pool = fullNameCandidates(m, firstNameAlias, fullNames);
    if (pool.length === 1) {
      ledger.assign(m, pool[0] as number);
      ledger.addForm(pool[0] as number, m);
      continue;
    }
    if (pool.length > 1) {
      const bearer = mostSalientBearer(pool, m, ledger, mentionsSoFar);
      ledger.assign(m, bearer);
      ledger.addForm(bearer, m);
      continue;
    }
    const shortName = m.name.join(' ');
    const shortIndex = firstNameAlias ? shortFirst : shortLast;
    let entity: number | undefined;
    for (const [name, e] of shortIndex.find(shortName)) {
      if (sameNameToken(name, shortName) !== null) entity = e;
    }
    if (entity === undefined) {
      const kind: EntityKind = m.kind === 'person' ? 'person' : nameKind(input.tokens, m);
      entity = ledger.newEntity(kind, shortName);
      shortIndex.add(shortName, [shortName, entity]);
    }
    ledger.assign(m, entity);
    ledger.addForm(entity, m);
  }
  return ledger.decisions();
}

/**
 * "Grace Okafor … her husband, Paul Okafor. “…,” Ms. Okafor said": a surname two people share goes to
 * the bearer the honorific's gender fits, then to the one the article has mentioned most so far
 * (the first named on a tie) — its most salient bearer, not nothing.
 */
function mostSalientBearer(pool: readonly number[], m: Mention, ledger: Ledger, mentionsSoFar: ReadonlyMap<number, number>): number {
  // Only an honorific tells a bare surname's gender: "Reid" is also a man's first name.
  const gender = m.honorific ? HONORIFICS.get(m.honorific.toLowerCase())?.gender ?? null : null;
  const fit = gender ? pool.filter((e) => ledger.entity(e).gender === gender) : [];
  const bearers = fit.length > 0 ? fit : pool;
  let best = bearers[0] as number;
  for (const e of bearers) if ((mentionsSoFar.get(e) ?? 0) > (mentionsSoFar.get(best) ?? 0)) best = e;
  return best;
}

/** The full names a short form fits: the exact fits if any, else those one typo away. */
function fullNameCandidates(m: Mention, firstNameAlias: boolean, fullNames: FullNames): number[] {
  const candidates = new Map<number, NameMatch>();
  const alias = m.name;
  const collect = (fromStart: boolean): void => {
    const index = fromStart ? fullNames.byFirst : fullNames.byLast;
    for (const f of index.find((fromStart ? alias[0] : alias[alias.length - 1]) as string)) {
      const target = fromStart ? f.tokens.slice(0, alias.length) : f.tokens.slice(-alias.length);
      if (target.length !== alias.length || f.tokens.length <= alias.length) continue;
      const matches = target.map((t, k) => sameNameToken(t, alias[k] as string));
      if (matches.some((x) => x === null)) continue;
      const quality = matches.includes('typo') ? 'typo' : 'exact';
      if (candidates.get(f.entity) !== 'exact') candidates.set(f.entity, quality);
    }
  };
  collect(firstNameAlias);
  // A bare name that is no one's surname may be a family name written first ("Park" for
  // "Park Ji-hoon") or a first name ("Mo" for "Mo Kader").
  if (candidates.size === 0 && !m.honorific) collect(true);
  const exact = [...candidates].filter(([, q]) => q === 'exact').map(([e]) => e);
  return exact.length > 0 ? exact : [...candidates.keys()];
}

/** A bare capitalised word the dictionary knows as a name is a person; otherwise an organisation. */
function nameKind(tokens: readonly Token[], m: Mention): EntityKind {
  const t = tokens[m.first] as Token;
  return t.tags.some((x) => x === 'LastName' || x === 'FirstName' || x === 'MaleName' || x === 'FemaleName')
    ? 'person'
    : 'organisation';
}
