/**
 * Classes of compromise part-of-speech tags (`parse.ts` attaches them to each token). They are
 * tag names, not words; each stage asks a different question of them, so each set's name says which.
 */
import { WordList } from './word-list';

/** Tags that make a capitalised word part of a person's name. */
export const NAME_TAGS: ReadonlySet<string> = new WordList(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific', 'ProperNoun']);

/** Tags of a first name: "**Jane** Doe", not "Doe". */
export const FIRST_NAME_TAGS: ReadonlySet<string> = new WordList(['FirstName', 'MaleName', 'FemaleName', 'Person']);

/** Closed-class and verb tags: a word with one of them does not continue a noun phrase. */
export const CLOSED_CLASS_TAGS: ReadonlySet<string> = new WordList([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Modal',
  'Auxiliary', 'Expression', 'Negative', 'PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Verb',
  'WeekDay', 'Month', 'Date', 'Cardinal', 'Ordinal', 'Value', 'TextValue',
]);

/** Function-word tags: such a word is never a name or a role, even when capitalised. */
export const FUNCTION_TAGS: ReadonlySet<string> = new WordList(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary']);

/** Every verb tag, auxiliaries included: the left edge of a role phrase. */
export const VERB_TAGS: ReadonlySet<string> = new WordList(['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Verb', 'Copula', 'Modal', 'Auxiliary']);

/** Noun tags: a word with one continues a noun phrase or heads a description. */
export const NOUN_TAGS: ReadonlySet<string> = new WordList(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor']);

/** Finite verb tags: a sentence's first finite verb ends its subject. */
export const FINITE_VERB_TAGS: ReadonlySet<string> = new WordList(['PastTense', 'PresentTense']);

/** Finite verbs and auxiliaries: one between a quote's subject and the cue means another clause. */
export const CLAUSE_VERB_TAGS: ReadonlySet<string> = new WordList(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);

/** Tags that end a description in a speaker slot (unless the word is also a noun): verbs, adverbs, function words. */
export const DESCRIPTION_STOP_TAGS: ReadonlySet<string> = new WordList([
  'PastTense', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'Preposition', 'Conjunction', 'Pronoun',
]);

/** Tags of a sentence-opening word that never starts a name, even before an unknown capitalised word. */
export const NOT_NAME_START_TAGS: ReadonlySet<string> = new WordList([
  'Adverb', 'Gerund', 'PastTense', 'Expression', 'Adjective', 'Comparative', 'Superlative',
]);

/** Nouns that make a capitalised run a place or event, not a speaker. */
export const PLACE_TAGS: ReadonlySet<string> = new WordList(['Country', 'City', 'Place', 'Region', 'Demonym']);
