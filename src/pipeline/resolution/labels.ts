import { LABEL_DETERMINERS } from '../lexicon/determiners';
import type { Mention, Paragraph, Token } from '../types';

/** How an unnamed entity is called: the phrase without its determiner ("the spokesman" → "spokesman"). */
export function labelOf(text: string, tokens: readonly Token[], m: Mention): string {
  if (m.name.length > 0) return m.name.join(' ');
  // The phrase without its determiner: "the prime minister’s official spokesman" → "prime minister’s official spokesman".
  let first = m.first;
  const t = tokens[first] as Token;
  if (m.last - m.first > 1 && !t.possessive && LABEL_DETERMINERS.has(t.text.toLowerCase())) {
    first++;
  }
  return text.slice((tokens[first] as Token).start, m.end).replace(/(?:[’']s|[’'])$/u, '');
}

/** How many paragraphs from the top a byline may stand. */
const BYLINE_PARAGRAPHS = 3;

/** "By Miriam Fox, chief executive of …" in the first paragraphs: the writer behind "I". */
export function bylineName(tokens: readonly Token[], mentions: readonly Mention[], paragraphs: readonly Paragraph[]): string | null {
  const starts = new Map<number, Mention>();
  for (const m of mentions) if ((m.kind === 'person' || m.kind === 'name') && !starts.has(m.first)) starts.set(m.first, m);
  let i = 0;
  for (const p of paragraphs.slice(0, BYLINE_PARAGRAPHS)) {
    while (i < tokens.length && (tokens[i] as Token).paragraph < p.index) i++;
    const by = tokens[i];
    if (by && by.paragraph === p.index && by.text === 'By') {
      const m = starts.get(i + 1);
      if (m && m.name.length > 0) return m.name.join(' ');
    }
  }
  return null;
}
