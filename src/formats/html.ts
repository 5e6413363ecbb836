import { Parser } from 'htmlparser2';

/** Elements whose whole content is page furniture, never article text. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas',
  'head', 'title', 'nav', 'header', 'footer', 'aside', 'figcaption', 'form', 'button', 'select', 'textarea', 'dialog',
]);

/** ARIA landmarks that mean the same as the dropped elements. */
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert']);

/** Elements that end a paragraph: their text never runs on into the next block's. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'figure', 'pre', 'address', 'details', 'summary',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'caption', 'hr',
]);

/** A byline or author box: `class="byline"`, `rel="author"`, `itemprop="author"`, a `.author` or `.byline…` class. */
function isByline(attribs: Readonly<Record<string, string>>): boolean {
  if (attribs['rel'] === 'author' || attribs['itemprop'] === 'author') return true;
  const classes = (attribs['class'] ?? '').toLowerCase().split(/\s+/);
  return classes.some((c) => c.startsWith('byline') || c === 'author' || c.endsWith('-byline') || c.endsWith('__byline'));
}

function isDropped(name: string, attribs: Readonly<Record<string, string>>): boolean {
  return (
    DROPPED.has(name) ||
    DROPPED_ROLES.has((attribs['role'] ?? '').toLowerCase()) ||
    'hidden' in attribs ||
    attribs['aria-hidden'] === 'true' ||
    isByline(attribs)
  );
}

/** Collects text into paragraphs; a paragraph ends at every block boundary, `<br>` is a line break inside one. */
class Paragraphs {
  readonly done: { text: string; inArticle: boolean }[] = [];
  private current = '';

  add(text: string, pre: boolean): void {
    // Outside <pre>, a run of HTML white space is one space, as a browser renders it; &nbsp; too.
    if (pre) {
      this.current += text;
      return;
    }
    // The parser hands text over in pieces (an entity ends one): a space at the seam is still one space.
    const collapsed = text.replace(/[\t\n\f\r \u00a0]+/g, ' ');
    this.current += this.current.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  }

  lineBreak(): void {
    this.current = `${this.current.trimEnd()}\n`;
  }

  end(inArticle: boolean): void {
    const text = this.current.split('\n').map((line) => line.trim()).join('\n').trim();
    if (text !== '') this.done.push({ text, inArticle });
    this.current = '';
  }
}

/**
 * The article text of an HTML page: paragraphs separated by a blank line, entities decoded, scripts,
 * styles, navigation, header, footer, asides, figure captions, bylines and hidden elements dropped.
 * When the page has an `<article>`, only its text is kept (related links and teasers live outside it).
 * `<p>He said &ldquo;no&rdquo;.</p><footer>©</footer>` → `He said “no”.`
 */
export function extractText(html: string): string {
  const out = new Paragraphs();
  const stack: string[] = [];
  let dropDepth = 0;
  let preDepth = 0;
  let articleDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        stack.push(name);
        if (dropDepth > 0 || isDropped(name, attribs)) {
          dropDepth += 1;
          return;
        }
        if (BLOCKS.has(name)) out.end(articleDepth > 0);
        if (name === 'br') out.lineBreak();
        if (name === 'pre') preDepth += 1;
        if (name === 'article') articleDepth += 1;
      },
      ontext(text) {
        if (dropDepth === 0) out.add(text, preDepth > 0);
      },
      onclosetag(name) {
        const at = stack.lastIndexOf(name);
        if (at === -1) return;
        stack.length = at;
        if (dropDepth > 0) {
          dropDepth -= 1;
          return;
        }
        if (BLOCKS.has(name)) out.end(articleDepth > 0);
        if (name === 'pre') preDepth -= 1;
        if (name === 'article') articleDepth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  out.end(articleDepth > 0);
  const inArticle = out.done.filter((p) => p.inArticle);
  return (inArticle.length > 0 ? inArticle : out.done).map((p) => p.text).join('\n\n');
}
