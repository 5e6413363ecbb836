/**
 * The only file that imports compromise. The engine uses compromise as a dictionary (its lexicon
 * of ~25k words with tags such as MaleName, Country or PastTense) and as a conjugator for the
 * reporting-verb list; it never runs compromise's full sentence parse, whose cost grows faster
 * than linearly on long sentences and unbalanced quotes.
 */
import nlp from 'compromise';

type LexiconEntry = string | readonly string[];

const lexicon = (nlp.model() as { one: { lexicon: Readonly<Record<string, LexiconEntry | undefined>> } }).one.lexicon;
const NO_TAGS: readonly string[] = [];

/** Dictionary tags of a lower-case word: `lexicalTags('alan')` → `['MaleName']`. */
export function lexicalTags(lower: string): readonly string[] {
  if (!Object.prototype.hasOwnProperty.call(lexicon, lower)) return NO_TAGS;
  const entry = lexicon[lower];
  if (entry === undefined) return NO_TAGS;
  return typeof entry === 'string' ? [entry] : entry;
}

type Conjugator = (verb: string, model: unknown) => Record<string, string>;
const model = nlp.model();
const conjugator = (nlp.methods() as { two: { transform: { verb: { conjugate: Conjugator } } } }).two.transform.verb
  .conjugate;

/** Every inflected form of a verb lemma: `conjugate('describe')` → describe, described, describes, describing. */
export function conjugate(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  const table = conjugator(lemma, model);
  for (const [tense, form] of Object.entries(table)) {
    if (tense === 'FutureTense' || !form || form.includes(' ')) continue;
    forms.add(form.toLowerCase());
  }
  // compromise leaves some past tenses bare ("tweet" → "tweet"): add the regular form then.
  if (table.PastTense === lemma) forms.add(lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
  return [...forms];
}
