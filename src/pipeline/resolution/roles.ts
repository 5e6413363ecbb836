import { POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { NON_COREFERENT_ROLES, TITLE_NOUNS } from '../lexicon/roles';
import type { Mention, Token } from '../types';
import type { ResolutionInput } from './context';
import type { Decisions, Ledger } from './decisions';
import { labelOf } from './labels';
import { nearestPerson, personOfAge } from './role-antecedents';

/** Which named entities the article gave each title ("prime minister" and its head "minister"). */
export interface TitleTies {
  /** Title → entity → how often the article gave it that title. */
  readonly count: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Title → entity → where the article first gave it that title. */
  readonly firstAt: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** The titles the name passes saw on named mentions ("Prime Minister Sir Alan Brennan"). */
export function titleTies(input: ResolutionInput, decisions: Decisions): TitleTies {
  const count = new Map<string, Map<number, number>>();
  const firstAt = new Map<string, Map<number, number>>();
  for (const m of input.mentions) {
    const e = decisions.entityOf[m.index];
    if (e === null || e === undefined || !m.title) continue;
    // Tie both the full title ("shadow home office minister") and its head word ("minister").
    for (const title of new Set([m.title, m.title.split(' ').pop() as string])) {
      const ties = count.get(title) ?? new Map<number, number>();
      ties.set(e, (ties.get(e) ?? 0) + 1);
      count.set(title, ties);
      const starts = firstAt.get(title) ?? new Map<number, number>();
      if (!starts.has(e)) starts.set(e, m.start);
      firstAt.set(title, starts);
    }
  }
  return { count, firstAt };
}

/** What the roles seen so far referred to, within one run of the descriptions pass. */
export interface RoleMemory {
  readonly ties: TitleTies;
  /** One title, one holder per article. */
  readonly holder: Map<string, number>;
  /** Head noun → the entity its last mention referred to, and where that mention was. */
  readonly lastByHead: Map<string, number>;
  readonly lastByHeadStart: Map<string, number>;
}

export function roleMemory(ties: TitleTies): RoleMemory {
  return { ties, holder: new Map(), lastByHead: new Map(), lastByHeadStart: new Map() };
}

/**
 * A role or anonymous mention's entity: the named holder of its title, the unnamed person the same
 * role meant before, the nearest named person it can describe, or a new role entity.
 */
export function resolveRole(input: ResolutionInput, ledger: Ledger, memory: RoleMemory, m: Mention): number {
  const head = m.head ?? '';
  const coreferable = m.kind === 'role' && !m.plural && m.title !== null && isCoreferable(input.tokens, m);
  const named = coreferable ? titleHolder(input, ledger, memory, m) : null;
  if (named !== null) return named;
  // "A spokesman for Harlow Council, Ian Petts, said … the spokesman added": a role the article
  // gave a name keeps it.
  if (m.definite && !m.plural && m.title !== null) {
    // Only a tie made earlier in the article, and for the same role ("housing spokesperson X"
    // later on is not "the prime minister’s official spokesperson").
    const ties = memory.ties.firstAt.get(m.title) ?? (m.title === head ? memory.ties.firstAt.get(head) : undefined);
    const earlier = ties ? [...ties].filter(([, start]) => start < m.start) : [];
    // …unless another "spokesperson" came in since: "A Downing Street spokesperson said …
    // “…,” the spokesperson said" is the Downing Street one.
    const since = memory.lastByHeadStart.get(head) ?? -1;
    if (earlier.length === 1 && (earlier[0] as [number, number])[1] > since) return (earlier[0] as [number, number])[0];
  }
  const previous = memory.lastByHead.get(head);
  if (m.definite && previous !== undefined) {
    memory.lastByHeadStart.set(head, m.start);
    return previous;
  }
  const e = ledger.newEntity(m.kind === 'anonymous' ? 'anonymous' : 'role', labelOf(input.text, input.tokens, m), head);
  if (m.gender) ledger.setGender(e, m.gender);
  memory.lastByHead.set(head, e);
  memory.lastByHeadStart.set(head, m.start);
  return e;
}

/** Who a coreferable title ("the prime minister", "the midfielder") names, if anyone. */
function titleHolder(input: ResolutionInput, ledger: Ledger, memory: RoleMemory, m: Mention): number | null {
  const head = m.head ?? '';
  const title = m.title as string;
  const ties = memory.ties.count.get(title);
  if (ties && ties.size > 0) {
    const best = [...ties].sort((a, b) => b[1] - a[1]);
    if (best.length === 1 || (best[0] as [number, number])[1] > (best[1] as [number, number])[1]) {
      return (best[0] as [number, number])[0];
    }
  }
  // One title, one holder per article: a later "the PM" means whoever "the prime minister" meant.
  const earlier = memory.holder.get(title);
  if (earlier !== undefined) return earlier;
  // "A senior consultant … said" then "the consultant said": the same (unnamed) person.
  // (Titles are left to the named holder below: "as leader … the embattled leader".)
  const sameHead = TITLE_NOUNS.has(head) ? undefined : memory.lastByHead.get(head);
  if (sameHead !== undefined) return sameHead;
  const near = head === 'year-old' ? personOfAge(input, ledger, m) ?? nearestPerson(input, ledger, m) : nearestPerson(input, ledger, m);
  if (near !== null) {
    memory.holder.set(title, near);
    return near;
  }
  return null;
}

/**
 * "the midfielder", "the prime minister", "the 23-year-old" may name someone the article named;
 * "her daughter", "the prime minister’s spokesman", "a source" and "the woman" do not.
 */
function isCoreferable(tokens: readonly Token[], m: Mention): boolean {
  if (NON_COREFERENT_ROLES.has(m.head ?? '')) return false;
  for (let i = m.first; i < m.last - 1; i++) if ((tokens[i] as Token).possessive) return false;
  const first = tokens[m.first] as Token;
  return !POSSESSIVE_DETERMINERS.has(first.norm);
}
