import { ARTICLES } from '../lexicon/determiners';
import { QUOTE_TAG_OPENERS } from '../lexicon/function-words';
import { REPLY_LINKING_VERBS, REPLY_NOUNS } from '../lexicon/speech-verbs';
import type { Cue, Doc, Mention, QuoteSpan, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { isFiller, laterSource, mentionStartingAt, subjectOf } from './syntax';

function cueStartingAt(ctx: Parameters<Sieve['link']>[1], i: number): Cue | null {
  const c = ctx.doc.cueAt[i] ?? -1;
  return c >= 0 && (ctx.doc.cues[c] as Cue).first === i ? (ctx.doc.cues[c] as Cue) : null;
}

/**
 * The sentence the quote's attribution may stand in: its own, or — when the quote ends in ?, ! or …
 * and is a sentence by itself (`“Who remembers?” Ruiz asks.`) — the one that follows it.
 */
function attributionSentence(doc: Parameters<Sieve['link']>[1]['doc'], qt: number): number {
  const t = doc.tokens[qt] as Token;
  const own = doc.sentences[t.sentence];
  const next = doc.tokens[qt + 1];
  const q = doc.quotes[t.quote as number];
  const mark = q ? doc.text.slice(q.end - 1, q.end) : '';
  const alone = own !== undefined && own.first === qt && own.last === qt + 1 && /[?!…]/u.test(mark);
  return alone && next !== undefined && next.paragraph === t.paragraph && next.kind === 'word' ? next.sentence : t.sentence;
}

/** How many words may stand between an inverted cue and its subject: "said lead author Dr X". */
const INVERTED_MODIFIER_LIMIT = 3;

/**
 * The attribution right after the quote: `“…,” he said.` · `“…,” said the minister.` ·
 * `“…,” he told reporters` · `“…,” was her reply.`
 */
export const cueAfterQuote: Sieve = {
  name: 'cue-after-quote',
  link(q, ctx) {
    const { doc } = ctx;
    const qt = ctx.quoteToken[q.index] as number;
    const sentence = attributionSentence(doc, qt);
    let i = qt + 1;
    while (doc.tokens[i]?.kind === 'punct' && /^[,–—-]$/u.test((doc.tokens[i] as Token).text)) i++;
    const t = doc.tokens[i];
    if (!t || t.sentence !== sentence) return null;

    // "said the minister", "added Mr Smith"
    const inverted = cueStartingAt(ctx, i);
    if (inverted && inverted.form === 'according') {
      const source = subjectOf(doc, inverted);
      if (source && source.mention.kind !== 'author') return makeLink(q, 'quote-according-to', source.mention.index, inverted.index);
    }
    // "…a “con,” adding that …", "…“rigged,” telling reporters …": a participle is never inverted; its subject is the clause's.
    if (inverted && inverted.form !== 'according' && inverted.form !== 'participle') {
      // "said lead author Dr Tobias Reinholt": a modifier or two may come first.
      let k = inverted.last;
      // "said a 2008 campaign veteran": a year may be one of them.
      while (k < inverted.last + INVERTED_MODIFIER_LIMIT && !mentionStartingAt(doc, k) && isModifierToken(doc.tokens[k])) k++;
      // "exhorted Ruiz’s introducer, actress Jo Lane": the named appositive, not the possessor.
      const at = mentionStartingAt(doc, k);
      const m = at && !at.possessive ? at : (appositiveAfter(doc, inverted.last) ?? at);
      // "“…,” described the hearing as “…”": the verb's object, not an inverted subject ("said Ruiz as he left" is).
      const object = m !== null && doc.tokens[m.last]?.norm === 'as' && !mentionStartingAt(doc, m.last + 1);
      if (m && m.kind !== 'author' && !object) return sourcedLater(q, doc, inverted) ?? makeLink(q, 'quote-cue-mention', m.index, inverted.index);
    }
    // "he said", "Sir Alan said", "the spokesman later added" — and "the agency’s Jo Marr wrote": past a possessor
    // ("the Harbor Party’s Jo Marr told", over its article); "as Ruiz said": past the "as" that opens the tag.
    const s = t.kind === 'word' && QUOTE_TAG_OPENERS.has(t.norm) ? i + 1 : i;
    const first = mentionStartingAt(doc, s) ?? possessorAfterArticle(doc, s);
    // "the senator’s chief of staff, Jo Marr, told": the name in apposition to what the possessor owns.
    const apposed = first?.possessive && !mentionStartingAt(doc, first.last) ? appositiveAfter(doc, first.last) : null;
    const m = first?.possessive ? (mentionStartingAt(doc, first.last) ?? apposed) : first;
    if (m) {
      let j = m.last;
      if (apposed && doc.tokens[j]?.text === ',') j++;
      while (isFiller(doc.tokens[j])) j++;
      const cue = cueStartingAt(ctx, j);
      if (cue && cue.form !== 'according' && cue.form !== 'infinitive') {
        return sourcedLater(q, doc, cue) ?? makeLink(q, m.kind === 'pronoun' ? 'quote-pronoun-cue' : 'quote-mention-cue', m.index, cue.index);
      }
    }
    // "was her reply"
    if (t.kind === 'word' && REPLY_LINKING_VERBS.has(t.norm)) {
      const owner = mentionStartingAt(doc, i + 1) as Mention | null;
      const noun = owner ? doc.tokens[owner.last] : undefined;
      if (owner && owner.possessive && noun && noun.kind === 'word' && REPLY_NOUNS.has(noun.norm)) {
        return makeLink(q, 'quote-reply-noun', owner.index, null);
      }
    }
    return null;
  },
};

/** "the Harbor Party’s Jo Marr": a possessor after an article the mention does not include. */
function possessorAfterArticle(doc: Parameters<Sieve['link']>[1]['doc'], i: number): Mention | null {
  const t = doc.tokens[i];
  if (t?.kind !== 'word' || !ARTICLES.has(t.norm)) return null;
  const m = mentionStartingAt(doc, i + 1);
  return m?.possessive ? m : null;
}

/** How many words an inverted cue's unrecognised subject may take before its appositive name. */
const APPOSED_NOUN_LIMIT = 5;

/**
 * "exhorted the mayor’s introducer, actress Jo Lane": the cue's subject is a noun phrase the
 * mentions do not know, and the name in apposition after its comma closes the sentence or clause.
 */
function appositiveAfter(doc: Parameters<Sieve['link']>[1]['doc'], k: number): Mention | null {
  const sentence = doc.tokens[k]?.sentence;
  for (let j = k; j < k + APPOSED_NOUN_LIMIT; j++) {
    const u = doc.tokens[j];
    if (!u || u.sentence !== sentence) return null;
    if (u.text === ',' && j > k) {
      const m = mentionStartingAt(doc, j + 1);
      const after = m ? doc.tokens[m.last] : undefined;
      const closes = after === undefined || after.sentence !== sentence || after.kind === 'punct';
      return m && (m.kind === 'person' || m.kind === 'name') && closes ? m : null;
    }
    if (u.kind !== 'word') return null;
    // "chief of staff, Jo Marr": a role mention that takes the appositive name in.
    const within = j > k ? mentionStartingAt(doc, j) : null;
    if (within && within.kind === 'person' && within.name.length > 0 && doc.tokens[within.last]?.kind === 'punct') return within;
  }
  return null;
}

function isModifierToken(t: Token | undefined): boolean {
  return t !== undefined && ((t.kind === 'word' && !t.capitalised) || t.kind === 'number');
}

/**
 * `“…,” Pike said, according to the Tidewater Ledger.` — the report behind the cue is the source's:
 * the first "according to" later in the cue's sentence credits its source.
 */
function sourcedLater(q: QuoteSpan, doc: Doc, cue: Cue): ReturnType<typeof makeLink> | null {
  // "“…,” said Ana Vell, a harbor pilot, reports the Ledger." too.
  const source = laterSource(doc, cue.last - 1);
  return source ? makeLink(q, 'quote-according-to', source.mention.index, source.cue?.index ?? null) : null;
}
