import { WordList, WordMap } from './word-list';

/**
 * Reporting verbs (lemmas). A verb here can introduce or close a quotation: "“…,” she **said**",
 * "He **told** reporters: “…”", "described the plan as a “…”". Verbs of thought (think, believe)
 * and of agreement are left out on purpose: "they thought it was “50-50”" is attributed through the
 * reporting verb before it, not through "thought".
 */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'state', 'claim', 'insist', 'argue', 'warn', 'explain', 'suggest', 'describe',
  'call', 'announce', 'confirm', 'deny', 'admit', 'acknowledge', 'reply', 'respond', 'answer', 'ask',
  'write', 'tweet', 'post', 'note', 'observe', 'remark', 'comment', 'declare', 'assert', 'maintain',
  'contend', 'stress', 'emphasise', 'emphasize', 'urge', 'predict', 'promise', 'pledge', 'vow', 'concede',
  'lament', 'complain', 'protest', 'boast', 'joke', 'quip', 'recall', 'reveal', 'disclose', 'report',
  'testify', 'accuse', 'blast', 'slam', 'criticise', 'criticize', 'praise', 'hail', 'dismiss', 'brand',
  'label', 'dub', 'term', 'conclude', 'shout', 'cry', 'exclaim', 'whisper', 'mutter', 'murmur', 'scream',
  'yell', 'sigh', 'speak', 'mention', 'reiterate', 'caution', 'demand', 'plead', 'beg', 'inform', 'assure',
  'retort', 'counter', 'rebut', 'concur', 'echo', 'allege', 'estimate', 'forecast', 'recount', 'repeat',
  'quote', 'cite', 'snap', 'groan', 'chuckle', 'laugh', 'gush', 'enthuse', 'rage', 'fume', 'thunder',
  'rail', 'bemoan', 'decry', 'condemn', 'welcome', 'pronounce', 'proclaim', 'signal', 'indicate', 'hint',
  'clarify', 'elaborate', 'summarise', 'summarize', 'characterise', 'characterize', 'blog', 'message',
  'text', 'email', 'interject', 'interrupt',
  // Tabloid and feature registers.
  'sob', 'weep', 'wail', 'beam', 'blurt', 'stammer', 'rant', 'seethe', 'confess', 'reflect', 'muse',
  'marvel', 'gasp', 'giggle', 'tease', 'taunt', 'vent', 'storm', 'bellow', 'roar', 'hiss', 'sneer',
  'scoff', 'jibe', 'swear', 'grumble', 'moan', 'whine', 'wonder', 'rave', 'crow', 'pipe',
  // Feature-writing tags after a quote: "“Ask me in six months,” she grins."
  'grin', 'smile', 'shrug', 'nod', 'wink', 'frown',
  // Found missing against the cues annotated in real US political news (continued, reads, chanted …).
  'continue', 'read', 'chant', 'thank', 'question', 'bark', 'mock', 'imply', 'retweet', 'boom', 'advise',
  'agree', 'refer', 'blame', 'offer', 'credit', 'charge', 'propose', 'highlight', 'demur', 'surmise', 'tout',
  // Tags of opinion and exhortation after a quote: "“…,” opined the paper", "“…,” exhorted her introducer".
  'opine', 'exhort', 'riff', 'press',
  'list', 'sing', 'lecture', 'project', 'scold',
];

/**
 * Irregular forms compromise does not conjugate the way news English writes them (British -ise
 * spellings conjugate regularly; these do not).
 */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  deny: ['denied', 'denies', 'denying'],
  label: ['labeling'],
};

/**
 * Forms that are far more often nouns or adjectives than reporting verbs; they count as cues only
 * next to a speaker mention ("the minister's **comments**" is not a cue, "he **comments**" is).
 */
export const WEAK_FORMS: ReadonlySet<string> = new WordList([
  'post', 'posts', 'note', 'notes', 'comment', 'comments', 'report', 'reports', 'call', 'calls', 'term',
  'terms', 'label', 'labels', 'brand', 'brands', 'counter', 'text', 'texts', 'message', 'messages',
  'signal', 'signals', 'echo', 'echoes', 'promise', 'promises', 'pledge', 'pledges', 'answer', 'answers',
  'reply', 'replies', 'claim', 'claims', 'warning', 'laugh', 'cry', 'rage', 'forecast', 'quote', 'quotes',
  'estimate', 'estimates', 'demand', 'demands', 'protest', 'protests', 'welcome', 'repeat', 'blast',
  'slam', 'snap', 'email', 'emails', 'blog', 'state', 'states', 'ask', 'stress', 'add', 'observe',
  'mention', 'speak', 'say', 'tell', 'write', 'announce', 'insist', 'argue', 'warn', 'explain', 'suggest',
  'describe', 'confirm', 'deny', 'admit', 'urge', 'predict', 'vow', 'concede', 'lament', 'complain',
  'joke', 'recall', 'reveal', 'accuse', 'dismiss', 'hail', 'praise', 'condemn', 'cite', 'thunder', 'rail',
  'hint', 'indicate', 'storm', 'roar', 'pipe', 'crow', 'vent', 'swear', 'wonder', 'reflect', 'beam',
  'moan', 'rave', 'smile', 'nod', 'grin', 'shrug', 'wink', 'frown', 'continue', 'continues', 'read',
  'reads', 'thank', 'question', 'questions', 'offer', 'offers', 'credit', 'credits', 'charge', 'charges',
  'propose', 'highlight', 'highlights', 'agree', 'refer', 'refers', 'blame', 'mock', 'chant', 'chants',
  'advise', 'imply', 'boom', 'booms', 'bark', 'barks', 'retweet', 'remark', 'remarks', 'boast', 'boasts',
  'quip', 'quips', 'press', 'presses', 'list', 'lists', 'project', 'projects',
]);

/** Reporting verbs whose past tense is spelt like the bare form: "“…,” the sign **read**". */
export const BARE_FORM_PASTS: ReadonlySet<string> = new WordList(['read']);

/** Nouns that name an utterance: "Edwin Hart’s “rivers of blood” **speech**", "was her **reply**". */
export const SPEECH_NOUNS: ReadonlySet<string> = new WordList([
  'speech', 'speeches', 'remark', 'remarks', 'comment', 'comments', 'words', 'warning', 'claim', 'pledge',
  'promise', 'slogan', 'phrase', 'jibe', 'quip', 'line', 'statement', 'vow', 'message', 'reply', 'response',
  'answer', 'retort', 'verdict', 'riposte', 'description', 'boast', 'tweet', 'post', 'mantra', 'catchphrase',
  'rallying', 'refrain', 'assessment', 'admission', 'plea', 'question', 'insult', 'joke',
]);

/** Nouns of a line someone uses as their own: "Ruiz’s campaign **slogan** is “…”". */
export const MOTTO_NOUNS: ReadonlySet<string> = new WordList(['slogan', 'motto', 'mantra', 'catchphrase', 'refrain', 'watchword']);

/** Nouns that carry an answer in "“…,” was **her reply**". */
export const REPLY_NOUNS: ReadonlySet<string> = new WordList([
  'reply', 'response', 'answer', 'retort', 'verdict', 'riposte', 'message', 'explanation', 'assessment',
  'conclusion', 'advice', 'warning', 'view', 'comment', 'defence', 'defense', 'excuse',
]);

/** Verbs that put a reply noun after a quote: "“…,” **was** her reply", "“…,” **came** the answer". */
export const REPLY_LINKING_VERBS: ReadonlySet<string> = new WordList(['was', 'is', 'came', 'comes', 'were']);

/** Verbs of naming before a quoted term: "what critics **called** a “…”". */
export const NAMING_VERBS: ReadonlySet<string> = new WordList([
  'call', 'calls', 'called', 'dub', 'dubs', 'dubbed', 'term', 'terms', 'termed', 'label', 'labelled', 'brand',
  'branded',
]);

/** Words that mark a quote as a scare quote: "the **so-called** “…”". */
export const SCARE_MARKERS: ReadonlySet<string> = new WordList([
  'so-called', 'so‑called', 'self-styled', 'self-proclaimed', 'quote-unquote', 'alleged',
]);

/** Participles of a passive report: "she is **said** to have replied", "he was **reported** to have told". */
export const PASSIVE_REPORTS: ReadonlySet<string> = new WordList([
  'said', 'reported', 'understood', 'believed', 'thought', 'known', 'alleged', 'expected', 'rumoured', 'quoted',
]);

/** Verbs (lemmas) by which someone gives a nickname or label: "he **called** his rival “Little Tom”". */
export const NICKNAMING_VERBS: ReadonlySet<string> = new WordList(['call', 'label', 'dub', 'brand', 'nickname', 'term']);

/** Nouns of saying that a possessor owns before the quote: "Ruiz’s **assertion** that “…”", "his **call** for a “…”". */
export const CLAIM_NOUNS: ReadonlySet<string> = new WordList([
  'assertion', 'contention', 'insistence', 'accusation', 'allegation', 'declaration', 'argument', 'suggestion',
  'call', 'claim', 'claims', 'charge', 'description', 'characterization', 'characterisation', 'promise', 'pledge',
  'vow', 'warning', 'remark', 'remarks', 'comment', 'comments', 'statement', 'prediction', 'boast', 'complaint',
]);

/** Words between such a noun and its quote: "assertion **that** “…”", "call **for a** “…”". */
export const CLAIM_LINKERS: ReadonlySet<string> = new WordList(['that', 'for', 'a', 'an', 'of', 'to', 'the']);

/** The word that must follow such a noun: "assertion **that**", "call **for**", "description **of**". */
export const CLAIM_HEADS: ReadonlySet<string> = new WordList(['that', 'for', 'of']);

/**
 * Reporting verbs that need their particle: "as the paper **pointed out**, “…”", "as she **put it**, “…”",
 * "she keeps **talking about** her “…”".
 * The verb alone reports nothing ("pointed to the door", "put the case").
 */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, string> = new WordMap<string, string>([
  ['point', 'out'],
  ['put', 'it'],
  ['shoot', 'back'],
  ['fire', 'back'],
  ['talk', 'about'],
]);

/** Forms of "go" in "Quill **went on to** say", "the letter **goes on to** add": the reporting verb goes on. */
export const GO_FORMS: ReadonlySet<string> = new WordList(['go', 'goes', 'went', 'gone', 'going']);

/**
 * Verbs that report only with a text as their subject: "the ad **targets** a “…”", "the plan
 * **includes**: …", "the poll **found** …". After a person they report nothing ("she found a “…”").
 */
export const TEXT_SPEECH_VERBS: ReadonlySet<string> = new WordList([
  'include', 'show', 'find', 'target', 'mandate', 'depict', 'portray', 'outline', 'hit',
]);

/** The verb of "Transcript **as follows**:", "The order reads **as follows**:": the text introduces what comes next. */
export const FOLLOWING_VERBS: ReadonlySet<string> = new WordList(['follows', 'follow']);

/** Verbs whose object right after them is the listener, so a quoted title there is a programme: "told “Morning Desk,”". */
export const LISTENER_VERBS: ReadonlySet<string> = new WordList(['tell', 'tells', 'told', 'telling']);

/** What one "has to say" in "X had **this** to say: “…”", "she had **plenty** to say about it". */
export const SAYING_OBJECTS: ReadonlySet<string> = new WordList(['this', 'much', 'plenty', 'little', 'something', 'more', 'following', 'that']);
