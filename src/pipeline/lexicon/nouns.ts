/** Common nouns the rules single out, apart from role and organisation nouns (`roles.ts`). */
import { WordList } from './word-list';

/** Nouns before a capitalised title that make it a work, not a speaker: "her first **album**, Blue Night". */
export const WORK_NOUNS: ReadonlySet<string> = new WordList([
  'album', 'film', 'movie', 'book', 'novel', 'memoir', 'song', 'single', 'show', 'series', 'play', 'programme',
  'program', 'documentary', 'podcast', 'track', 'record', 'collection', 'poem', 'opera', 'musical', 'painting',
  'exhibition', 'drama', 'sitcom', 'episode', 'report', 'campaign', 'app', 'game', 'brand', 'magazine',
]);

/** Nouns that are plural without an -s: "the **police** said", "**staff** told". */
export const PLURAL_NOUNS: ReadonlySet<string> = new WordList([
  'people', 'police', 'staff', 'crew', 'public', 'children', 'men', 'women', 'folk', 'team', 'family', 'families',
]);

/** Nouns ending in -ly, so not manner adverbs between a subject and its verb: "the **family** said". */
export const LY_NOUNS: ReadonlySet<string> = new WordList([
  'family', 'rally', 'ally', 'supply', 'reply', 'assembly', 'italy', 'anomaly', 'monopoly', 'homily', 'belly',
  'bully', 'jelly', 'lily', 'folly',
]);

/** Documents that speak for whoever issued them: "“…,” **the statement** said". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new WordList(['statement', 'report', 'letter', 'filing', 'post', 'notice']);
