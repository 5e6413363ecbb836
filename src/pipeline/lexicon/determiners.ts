/**
 * Determiners. Each stage that looks left of a noun reads its own list, because the question it
 * asks differs ("is this word a noun here?", "is the phrase definite?", "is it plural?"); the lists
 * are kept apart under names that say which question they answer.
 */
import { WordList } from './word-list';

/** Closed-class words: never part of a name, never the head of a speaker mention. */
export const DETERMINERS: ReadonlySet<string> = new WordList([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'several', 'many', 'two',
  'three', 'four', 'five', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'each', 'every', 'any', 'no',
  'both', 'few', 'most', 'other',
]);

/** Determiners that make a role phrase indefinite: "a source", "one minister", "several officials". */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new WordList([
  'a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'few', 'most',
  'other', 'any',
]);

/** Determiners that make a described speaker definite: "**the** moderator", "**her** lawyer". */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new WordList([
  'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
]);

/** Determiners that make a described speaker plural: "**several** residents", "**those** present". */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new WordList([
  'these', 'those', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'few', 'most', 'both',
]);

/** Possessive determiners: "**his** deputy", "**their** spokesman"; a role after one is someone else. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new WordList(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Articles only: skipped before a title of work ("in **The** Lighthouse Keepers"). */
export const ARTICLES: ReadonlySet<string> = new WordList(['the', 'a', 'an']);

/**
 * Words up to three before a speech word that make it a noun: "**the** latest claims", "**whose**
 * remarks", "**no** comment".
 */
export const NOUN_MARKING_DETERMINERS: ReadonlySet<string> = new WordList([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'whose', 'every', 'each', 'no',
]);

/** Words right before a speech word that make it a noun: "**an** official told" is not "official". */
export const ARTICLES_AND_POSSESSIVES: ReadonlySet<string> = new WordList([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each',
]);

/** A phrase ending in one of these is not a complete subject: "the", "this", "his" before a cut. */
export const PHRASE_DETERMINERS: ReadonlySet<string> = new WordList([
  'a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my',
]);

/** Determiners that stand alone for a person: "**Another** tweeted", "“…,” **one** wrote". */
export const LONE_SPEAKERS: ReadonlySet<string> = new WordList(['another', 'one']);

/** Quantifiers that stand alone for a share of a group: "**Some** chanted “…”", "**most** said they were “…”". */
export const QUANTITY_SPEAKERS: ReadonlySet<string> = new WordList([
  'some', 'most', 'many', 'several', 'others', 'few', 'both', 'half', 'all',
]);

/** Words that end a share of a group: "21 **percent** said", "49**%** say". */
export const PERCENT_WORDS: ReadonlySet<string> = new WordList(['percent', 'pct', '%']);

/** Words between the two numbers of a proportion: "four **in** 10 said", "nine **out of** 10 say". */
export const PROPORTION_WORDS: ReadonlySet<string> = new WordList(['in', 'of', 'out']);

/** Participles that make "those" a group of respondents: "those **surveyed** said", "those **polled** say". */
export const RESPONDENT_PARTICIPLES: ReadonlySet<string> = new WordList([
  'surveyed', 'polled', 'asked', 'questioned', 'interviewed', 'sampled',
]);

/** Words that hedge a share before it: "**about** four in 10", "**almost** half said". */
export const QUANTITY_HEDGES: ReadonlySet<string> = new WordList([
  'about', 'almost', 'nearly', 'roughly', 'around', 'over', 'just', 'only', 'fully', 'than', 'more', 'less', 'fewer',
]);

/** Determiners an unnamed entity's label drops: "the spokesman" is called "spokesman". */
export const LABEL_DETERMINERS: ReadonlySet<string> = new WordList([
  'the', 'a', 'an', 'one', 'another', 'some', 'several', 'his', 'her', 'their', 'its', 'our', 'my',
]);
