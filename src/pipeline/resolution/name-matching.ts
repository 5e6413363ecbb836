/** Typos are tolerated only on name tokens this long ("Aaln" for "Alan"). */
const TYPO_MIN_LENGTH = 4;

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export type NameMatch = 'exact' | 'typo';

/** Two name tokens are the same name, exactly or (if long enough) with one typo; null if not. */
export function sameNameToken(a: string, b: string): NameMatch | null {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return 'exact';
  if (x.length >= TYPO_MIN_LENGTH && y.length >= TYPO_MIN_LENGTH && withinOneEdit(x, y)) return 'typo';
  return null;
}

/** Keys under which a token can be found with one typo: itself and each one-deletion variant. */
function typoKeys(token: string): string[] {
  const t = token.toLowerCase();
  if (t.length < TYPO_MIN_LENGTH) return [t];
  const keys = [t];
  for (let i = 0; i < t.length; i++) keys.push(`${t.slice(0, i)}${t.slice(i + 1)}`);
  return keys;
}

/** Finds values by a name token, exactly or within one edit, without comparing against every entry. */
export interface ReadonlyTokenIndex<V> {
  find(token: string): Set<V>;
}

export class TokenIndex<V> implements ReadonlyTokenIndex<V> {
  private readonly byKey = new Map<string, Set<V>>();
  add(token: string, value: V): void {
    for (const k of typoKeys(token)) {
      const set = this.byKey.get(k) ?? new Set<V>();
      set.add(value);
      this.byKey.set(k, set);
    }
  }
  find(token: string): Set<V> {
    const out = new Set<V>();
    for (const k of typoKeys(token)) for (const v of this.byKey.get(k) ?? []) out.add(v);
    return out;
  }
}
