import { REPLY_LINKING_VERBS, REPLY_NOUNS } from '../lexicon/speech-verbs';
import type { Cue, Mention, Token } from '../types';
import { makeLink, type Sieve } from './sieve';
import { isFiller, mentionStartingAt, subjectOf } from './syntax';

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
      const m = mentionStartingAt(doc, k);
      if (m && m.kind !== 'author') return makeLink(q, 'quote-cue-mention', m.index, inverted.index);
    }
    // "he said", "Sir Alan said", "the spokesman later added" — and "the agency’s Jo Marr wrote": past a possessor
    const first = mentionStartingAt(doc, i);
    const m = first?.possessive ? mentionStartingAt(doc, first.last) : first;
    if (m) {
      let j = m.last;
      while (isFiller(doc.tokens[j])) j++;
      const cue = cueStartingAt(ctx, j);
      if (cue && cue.form !== 'according' && cue.form !== 'infinitive') {
        return makeLink(q, m.kind === 'pronoun' ? 'quote-pronoun-cue' : 'quote-mention-cue', m.index, cue.index);
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

function isModifierToken(t: Token | undefined): boolean {
  return t !== undefined && ((t.kind === 'word' && !t.capitalised) || t.kind === 'number');
}
