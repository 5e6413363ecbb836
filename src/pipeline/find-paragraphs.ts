import type { Paragraph } from './types';

/**
 * Credit and caption markers: "Picture: Lee Nolan/Wire Agency", "Image: …", "… | Photographer/Agency".
 * A caption names people who say nothing, so it is never searched for a pronoun's antecedent.
 */
/** How far into a paragraph a caption or credit marker may stand: a caption says so early. */
const CAPTION_MARKER_REACH = 400;
const CAPTION_MARKER = /(?:^|\s)(?:pic(?:ture)?|photo(?:graph)?|image|credit|video)\s*:|\s\|\s/iu;

/** Non-empty lines of the text: "First.\n\nSecond." → two paragraphs with their offsets. */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  const pushLine = (from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      paragraphs.push({
        index: paragraphs.length,
        start,
        end,
        isCaption: CAPTION_MARKER.test(text.slice(start, Math.min(end, start + CAPTION_MARKER_REACH))),
      });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028) {
      // Hard-wrapped copy: a line that starts in lower case after a line with no closing
      // punctuation goes on with the same paragraph ("…and we will not⏎be moved by money.").
      if (c === 0x0a && continuesLine(text, lineStart, i)) continue;
      pushLine(lineStart, i);
      lineStart = i + 1;
    }
  }
  pushLine(lineStart, text.length);
  return paragraphs;
}

function continuesLine(text: string, lineStart: number, newline: number): boolean {
  let end = newline;
  if (end > lineStart && text.charCodeAt(end - 1) === 0x0d) end--;
  if (end === lineStart) return false;
  const last = text[end - 1] ?? '';
  if (/[.!?:;"”’'»)\]]/u.test(last) || isSpace(last.charCodeAt(0))) return false;
  const next = text[newline + 1] ?? '';
  return /\p{Ll}/u.test(next);
}

/** White space, including no-break and zero-width spaces. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
