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

/** Nouns for a rendering of someone's words, not a report of them: "according to a **translation** by the broadcaster". */
export const RENDERING_NOUNS: ReadonlySet<string> = new WordList(['translation', 'translations', 'interpreter', 'interpreters', 'interpretation']);
/**
 * Texts that carry words of their own, so a reporting verb after them is a verb, not a noun:
 * "the **ad** claims", "the **document** states", "the **headline** reads", "the **letter** continues".
 */
export const WORDED_TEXT_NOUNS: ReadonlySet<string> = new WordList([
  'ad', 'ads', 'advert', 'advertisement', 'commercial', 'spot', 'memo', 'memorandum', 'document', 'documents',
  'letter', 'email', 'e-mail', 'headline', 'message', 'sign', 'signs', 'banner', 'poster', 'placard', 'statement',
  'report', 'editorial', 'piece', 'article', 'column', 'op-ed', 'essay', 'suit', 'lawsuit', 'complaint', 'filing',
  'order', 'ruling', 'opinion', 'plan', 'platform', 'proposal', 'bill', 'law', 'constitution', 'survey', 'poll',
  'study', 'website', 'page', 'tweet', 'post', 'video', 'clip', 'release', 'notice', 'transcript', 'caption',
  'petition', 'resolution', 'brochure', 'flyer', 'mailer', 'leaflet', 'pamphlet', 'manifesto', 'guidance',
  'indictment', 'affidavit', 'motion', 'memoir', 'book', 'script', 'narrator', 'voice-over', 'voiceover', 'text',
  'invitation', 'card', 'shirt', 't-shirt', 'sticker', 'slide', 'chart', 'verse', 'passage', 'paper', 'account',
  'results', 'ballot', 'readout', 'excerpt', 'excerpts', 'copy',
]);

/** Nouns for a survey whose respondents' answers it reports: "In a Ledger **poll**, 40 percent of residents said …". */
export const POLL_NOUNS: ReadonlySet<string> = new WordList(['poll', 'polls', 'survey', 'surveys']);

/** Words that make a number a share of a group: "40 **percent** of voters", "a **third** of them". */
export const SHARE_NOUNS: ReadonlySet<string> = new WordList(['percent', '%', 'per', 'cent', 'majority', 'third', 'quarter', 'half', 'fifth']);
