import { WordList } from './word-list';

/**
 * Function words: fillers between a speaker and its verb, words that are never names, name
 * particles, abbreviations, prepositions, conjunctions, forms of "be", and the stop lists that end a
 * role phrase or a description. Determiners and pronouns have files of their own.
 */

/**
 * Words that may stand between a speaker and the reporting verb: "Mr Platt **also** called",
 * "Sir Alan **has** said", "Colin Platt **today** insisted".
 */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new WordList([
  'also', 'today', 'yesterday', 'tonight', 'now', 'then', 'later', 'earlier', 'previously', 'recently',
  'once', 'again', 'further', 'repeatedly', 'reportedly', 'has', 'have', 'had', 'was', 'is', 'were', 'are',
  'will', 'would', 'could', 'should', 'may', 'might', 'did', 'does', 'do', 'not', 'never', 'always',
  'simply', 'just', 'quickly', 'flatly', 'publicly', 'privately', 'angrily', 'immediately', 'even',
  'still', 'already', 'last', 'week', 'night', 'morning', 'afternoon', 'evening', 'often', 'been', 'being', 'firmly', 'openly', 'bluntly',
  'candidly', 'clearly', 'pointedly', 'tacitly', 'emphatically', 'herself', 'himself', 'themselves',
  'however', 'separately', 'meanwhile', 'too', 'subsequently', 'initially', 'first', 'finally', 'only',
  'frequently', 'can', 'cannot', 'must', 'shall', 'apparently', 'allegedly', 'famously', 'memorably',
  'twice', 'directly', 'personally', 'formally',
]);

/** Words that are never names even when capitalised (sentence openers, weekdays, months). */
export const NEVER_NAMES: ReadonlySet<string> = new WordList([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'by', 'to', 'of',
  'from', 'with', 'without', 'as', 'if', 'when', 'while', 'whereas', 'although', 'though', 'because',
  'since', 'after', 'before', 'during', 'until', 'unless', 'this', 'that', 'these', 'those', 'it', 'its',
  'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here',
  'what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'where', 'all', 'some', 'many', 'most', 'more',
  'no', 'not', 'yes', 'now', 'then', 'also', 'however', 'meanwhile', 'earlier', 'later', 'today',
  'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'speaking', 'asked', 'following', 'according', 'image', 'picture', 'pic',
  'photo', 'photograph', 'credit', 'video', 'watch', 'read', 'please', 'click', 'follow', 'subscribe',
  'share', 'advertisement', 'related', 'updated', 'published', 'breaking', 'live', 'analysis', 'comment',
  'opinion', 'editorial', 'fast-forward', 'pause', 'well', 'oh', 'ok', 'okay', 'indeed', 'instead',
  'still', 'even', 'only', 'just', 'perhaps', 'maybe', 'both', 'each', 'every', 'either', 'neither', 'one',
  'two', 'three', 'among', 'amid', 'despite', 'over', 'under', 'about', 'above', 'below', 'into', 'onto',
  'across', 'through', 'against', 'between', 'via', 'per', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'might', 'must',
  'let', 'like', 'unlike', 'such', 'other', 'another', 'any', 'few', 'several', 'much', 'very', 'too',
  'again', 'ever', 'never', 'always', 'sometimes', 'often', 'first', 'last', 'next', 'new', 'former',
  'late', 'dear', 'hi', 'hello', 'thanks', 'thank', 'sorry', 'mr', 'mrs',
  // Time zones in datelines and timestamps ("Thu 3 Oct 2024 17.45 BST").
  'bst', 'gmt', 'utc', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'aest', 'ist',
]);

/** Name particles that may sit inside a name: "Karim al Masri", "Anna von der Heide". */
export const NAME_PARTICLES: ReadonlySet<string> = new WordList([
  'al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du',
  'le', 'la', 'dos', 'das', 'ter', 'ten', 'bint', 'y', 'st',
]);

/** Particles that may open a name in lower case: "**van** der Berg said", "**al**-Sharif told". */
export const LEADING_NAME_PARTICLES: ReadonlySet<string> = new WordList([
  'van', 'von', 'de', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'ter', 'ten', 'dos', 'das', 'du',
]);

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new WordList([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev',
  'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'approx', 'dept', 'est', 'det',
  'insp', 'supt', 'cllr', 'e.g', 'i.e', 'u.s', 'u.k', 'a.m', 'p.m', 'vol', 'pp', 'op', 'cf',
]);

/** Prepositions before a mention that make it an object, not a subject: "**with** the minister". */
export const PREPOSITIONS: ReadonlySet<string> = new WordList([
  'in', 'on', 'at', 'by', 'to', 'of', 'for', 'from', 'with', 'about', 'against', 'into', 'over', 'under',
  'after', 'before', 'during', 'alongside', 'towards', 'toward', 'between', 'among', 'than', 'like', 'via',
]);

/** Prepositions that open a phrase inside a subject: "the mayor **of** Leeds, …, said". */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new WordList([
  'in', 'at', 'from', 'of', 'for', 'on', 'with', 'near', 'outside', 'inside',
]);

/** Prepositions between a role and its organisation: "spokesman **for** the council, Jane Doe". */
export const OF_PHRASE_PREPOSITIONS: ReadonlySet<string> = new WordList(['for', 'of', 'at', 'from']);

/** Prepositions whose object before a verb is no subject: "a source speaking **to** the Ledger said". */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new WordList(['to', 'with', 'in', 'on', 'about', 'into', 'toward', 'towards']);

/** Words that join a second verb to the same subject: "she paused **and** added". */
export const COORDINATORS: ReadonlySet<string> = new WordList(['and', 'but', 'then', 'before', 'after', 'while', 'later', 'as']);

/** Words that join quotes in a run before their shared tag: "“…” **and** “…,” X proclaimed". */
export const QUOTE_RUN_JOINERS: ReadonlySet<string> = new WordList(['and', 'or']);

/** Words that may open the tag after a quote before its speaker: "“…,” **as** Ruiz said on Monday". */
export const QUOTE_TAG_OPENERS: ReadonlySet<string> = new WordList(['as']);

/** Conjunctions that open a new clause wherever they stand: "…, **but** she said". */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new WordList(['but', 'whereas', 'although', 'though', 'yet']);

/** Conjunctions that open a new clause only after a comma: "…, **and** he added". */
export const AFTER_COMMA_CONJUNCTIONS: ReadonlySet<string> = new WordList(['and', 'while', 'so']);

/** Forms of "be" in a passive report: "she **is** said to have replied". */
export const COPULAS: ReadonlySet<string> = new WordList(['is', 'was', 'are', 'were', 'been', 'be']);

/** Perfect auxiliaries: "she **has** at times described …". */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new WordList(['has', 'have', 'had']);

/** Words that end a role phrase on the left even when the dictionary does not know them. */
export const MODIFIER_STOPS: ReadonlySet<string> = new WordList([
  'and', 'or', 'but', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'to', 'of', 'in', 'on', 'at',
  'by', 'for', 'with', 'from', 'said', 'says', 'told', 'is', 'was', 'are', 'were', 'be', 'been', 'has',
  'have', 'had', 'not', 'also', 'when', 'while', 'if', 'because', 'after', 'before', 'about', 'like',
]);

/** Words that end a description on either side whatever the dictionary says they are. */
export const DESCRIPTION_STOPS: ReadonlySet<string> = new WordList([
  'and', 'or', 'but', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'to', 'of', 'in', 'on', 'at',
  'by', 'for', 'with', 'from', 'about', 'after', 'before', 'during', 'when', 'while', 'if', 'because',
  'like', 'into', 'over', 'under', 'near', 'outside', 'inside', 'not', 'also', 'it', 'there', 'here',
  'going', 'using', 'said', 'says', 'told', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had',
]);

/**
 * Words before a mention that make it a predicate or an object ("**as** the keeper", "**was** his
 * deputy", "children **of** a fisherman"): not where a later "he" or "she" points.
 */
export const PREDICATE_MARKERS: ReadonlySet<string> = new WordList([
  'as', 'was', 'is', 'were', 'are', 'became', 'becomes', 'been', 'be', 'named', 'appointed', 'playing', 'played',
  'of', 'in', 'into', 'than', 'like', 'by',
]);

/** Words a title in title case may keep in lower case: "Blue Skies **at** Night". */
export const TITLE_MINOR_WORDS: ReadonlySet<string> = new WordList([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'is', 'my', 'your',
]);

/** Conjunctions that open a time clause: "after Ruiz spoke", "when she said so" report no new speech. */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new WordList(['after', 'before', 'when', 'while', 'until', 'since', 'once']);

/** Words that open an adverbial clause whose subject may be a quote's speaker: "That's **why** he wanted to “…”". */
export const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new WordList(['why', 'because', 'as', 'and', 'when', 'while']);

/** Words that may open a sentence before its subject: "**But** he returned to his lines: “…”". */
export const SENTENCE_OPENERS: ReadonlySet<string> = new WordList(['but', 'and', 'yet', 'so', 'still', 'then', 'now', 'instead']);

/** Modal verbs: after one a bare reporting verb is finite ("he **will** say", "she **would** add"). */
export const MODALS: ReadonlySet<string> = new WordList(['will', 'would', 'could', 'may', 'might', 'shall', 'should', 'can', 'must']);

/** Adverb particles that may close a phrasal verb of speech: "she shot **back**", "he cut **in**". */
export const VERB_PARTICLES: ReadonlySet<string> = new WordList(['back', 'up', 'out', 'in', 'on', 'off', 'again']);

/** Verbs by which a sentence defines the quoted word it opens with: "“Containment” **has** been policy since …". */
export const DEFINING_VERBS: ReadonlySet<string> = new WordList(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'means', 'meant', 'refers', 'remains', 'became']);

/**
 * Prepositions whose object may still be who speaks through a participle: "**with** X calling it a
 * “…”", "the campaign **of** X saying", "a spokesman **for** X saying". After the others ("an email
 * **to** supporters saying", "a clip **from** the show saying") the object is not the speaker.
 */
export const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new WordList(['with', 'of', 'for']);
