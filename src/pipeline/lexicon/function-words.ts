/** Closed-class words: never part of a name, never the head of a speaker mention. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'several', 'many', 'two',
  'three', 'four', 'five', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'each', 'every', 'any', 'no',
  'both', 'few', 'most', 'other',
]);

/** Determiners that make a role phrase indefinite: "a source", "one minister", "several officials". */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'few', 'most',
  'other', 'any',
]);

/**
 * Words that may stand between a speaker and the reporting verb: "Mr Platt **also** called",
 * "Sir Alan **has** said", "Colin Platt **today** insisted".
 */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  'also', 'today', 'yesterday', 'tonight', 'now', 'then', 'later', 'earlier', 'previously', 'recently',
  'once', 'again', 'further', 'repeatedly', 'reportedly', 'has', 'have', 'had', 'was', 'is', 'were', 'are',
  'will', 'would', 'could', 'should', 'may', 'might', 'did', 'does', 'do', 'not', 'never', 'always',
  'simply', 'just', 'quickly', 'flatly', 'publicly', 'privately', 'angrily', 'immediately', 'even',
  'still', 'already', 'last', 'week', 'night', 'morning', 'afternoon', 'evening', 'often', 'had', 'been', 'being', 'firmly',
  'openly', 'bluntly', 'candidly', 'clearly', 'pointedly', 'tacitly', 'emphatically', 'herself',
  'himself', 'themselves', 'however', 'separately', 'meanwhile', 'too', 'subsequently', 'initially',
  'first', 'finally', 'only', 'frequently', 'has', 'can', 'cannot', 'must', 'shall', 'apparently',
  'allegedly', 'famously', 'memorably', 'once', 'twice', 'directly', 'personally', 'formally',
]);

/** Words that are never names even when capitalised (sentence openers, weekdays, months). */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'by', 'to', 'of',
  'from', 'with', 'without', 'as', 'if', 'when', 'while', 'whereas', 'although', 'though', 'because',
  'since', 'after', 'before', 'during', 'until', 'unless', 'this', 'that', 'these', 'those', 'it', 'its',
  'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here',
  'what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'where', 'all', 'some', 'many', 'most', 'more',
  'no', 'not', 'yes', 'now', 'then', 'also', 'however', 'meanwhile', 'earlier', 'later', 'today',
  'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'speaking', 'asked', 'following', 'according', 'image', 'picture', 'pic',
  'photo', 'photograph', 'credit', 'video', 'watch', 'read', 'more', 'please', 'click', 'follow',
  'subscribe', 'share', 'advertisement', 'related', 'updated', 'published', 'breaking', 'live', 'analysis',
  'comment', 'opinion', 'editorial', 'fast-forward', 'pause', 'well', 'oh', 'ok', 'okay', 'indeed',
  'instead', 'still', 'even', 'only', 'just', 'perhaps', 'maybe', 'both', 'each', 'every', 'either',
  'neither', 'one', 'two', 'three', 'among', 'amid', 'despite', 'over', 'under', 'about', 'above', 'below',
  'into', 'onto', 'across', 'through', 'against', 'between', 'via', 'per', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should',
  'shall', 'might', 'must', 'let', 'like', 'unlike', 'such', 'other', 'another', 'any', 'few', 'several',
  'much', 'very', 'too', 'again', 'ever', 'never', 'always', 'sometimes', 'often', 'first', 'last',
  'next', 'new', 'former', 'late', 'dear', 'hi', 'hello', 'thanks', 'thank', 'sorry', 'no', 'mr', 'mrs',
  // Time zones in datelines and timestamps ("Thu 3 Oct 2024 17.45 BST").
  'bst', 'gmt', 'utc', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'aest', 'ist',
]);

/** Nouns that make a capitalised run a place or event, not a speaker. */
export const PLACE_TAGS: ReadonlySet<string> = new Set(['Country', 'City', 'Place', 'Region', 'Demonym']);

/** Name particles that may sit inside a name: "Ahmed al Sharaa", "Ursula von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du',
  'le', 'la', 'dos', 'das', 'ter', 'ten', 'bint', 'y', 'st',
]);

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev',
  'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'approx', 'dept', 'est', 'det',
  'insp', 'supt', 'cllr', 'e.g', 'i.e', 'u.s', 'u.k', 'a.m', 'p.m', 'vol', 'pp', 'op', 'cf',
]);

/** Conjunctions that open a time clause: "after Ruiz spoke", "when she said so" report no new speech. */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'until', 'since', 'once']);
