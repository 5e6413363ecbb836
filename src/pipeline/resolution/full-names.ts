import type { Mention } from '../types';
import { isNamed, type ResolutionInput } from './context';
import { Ledger, type Decisions } from './decisions';
import { sameNameToken, TokenIndex, type ReadonlyTokenIndex } from './name-matching';

/** A full name (two or more tokens) and the entity it founded. */
export interface FullName {
  readonly tokens: readonly string[];
  readonly entity: number;
}

/** The full names found, by first and by last token (exact or one typo away). */
export interface FullNames {
  readonly byFirst: ReadonlyTokenIndex<FullName>;
  readonly byLast: ReadonlyTokenIndex<FullName>;
}

/**
 * Pass 1: people with full names (two or more name tokens). "Alan Brennan" and "Sir Aaln Brennan"
 * are one entity (one typo merges); "Ó Broin" finds "Cathal Ó Broin" whichever comes first.
 */
export function resolveFullNames(input: ResolutionInput, prior: Decisions): { decisions: Decisions; fullNames: FullNames } {
  const ledger = new Ledger(input, prior);
  const byFirst = new TokenIndex<FullName>();
  const byLast = new TokenIndex<FullName>();
  // Longest names first, so that "Ó Broin" and "Van der Meulen" find "Cathal Ó Broin" and
  // "Jens van der Meulen" whichever comes first in the text.
  const fullNameMentions = input.mentions
    .filter((m) => isNamed(m) && m.name.length >= 2 && m.kind === 'person')
    .sort((a, b) => b.name.length - a.name.length || a.index - b.index);
  for (const m of fullNameMentions) {
    let entity = existingFullName(byLast, m);
    if (entity === null) {
      entity = ledger.newEntity('person', m.name.join(' '));
      const f: FullName = { tokens: [...m.name], entity };
      byFirst.add(f.tokens[0] as string, f);
      byLast.add(f.tokens[f.tokens.length - 1] as string, f);
    }
    ledger.assign(m, entity);
    ledger.addForm(entity, m);
  }
  return { decisions: ledger.decisions(), fullNames: { byFirst, byLast } };
}

/** The entity of the same full name, or of the one longer name ending in it; null if none or several. */
function existingFullName(byLast: ReadonlyTokenIndex<FullName>, m: Mention): number | null {
  const longer = new Set<number>();
  for (const f of byLast.find(m.name[m.name.length - 1] as string)) {
    const tail = f.tokens.slice(-m.name.length);
    const matches = tail.map((t, k) => sameNameToken(t, m.name[k] as string));
    if (tail.length !== m.name.length || matches.some((x) => x === null) || matches.filter((x) => x === 'typo').length > 1) continue;
    if (f.tokens.length === m.name.length) return f.entity;
    longer.add(f.entity);
  }
  return longer.size === 1 ? ([...longer][0] as number) : null;
}
