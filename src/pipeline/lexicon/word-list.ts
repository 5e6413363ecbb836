/**
 * A set that keeps the list it was written as, so `test/pipeline/lexicon.test.ts` can check that no
 * list names a word twice (a `Set` alone would swallow the repeat and hide which list was edited).
 */
export class WordList<T = string> extends Set<T> {
  readonly listed: readonly T[];

  constructor(listed: readonly T[]) {
    super(listed);
    this.listed = listed;
  }
}

/** A map that keeps the entries it was written as, for the same duplicate check. */
export class WordMap<K, V> extends Map<K, V> {
  readonly listed: readonly (readonly [K, V])[];

  constructor(listed: readonly (readonly [K, V])[]) {
    super(listed);
    this.listed = listed;
  }
}
