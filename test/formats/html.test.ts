import fs from 'node:fs';
import path from 'node:path';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { extractText } from '../../src/formats/html';
import { createInlineEngine } from '../../src/http/engine-inline';
import type { AttributionResult } from '../../src/schemas/attribution';
import { EXAMPLE_ARTICLE, EXAMPLE_PAGE } from '../../src/schemas/examples';
import { startApp } from '../http/helpers';

const SEEDS = path.join(__dirname, '../../seeds');
const SEED_FILES = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** Text as a CMS writes it into HTML: markup characters escaped, curly quotes and apostrophes often as entities. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/“/g, '&ldquo;')
    .replace(/”/g, '&#8221;')
    .replace(/’/g, '&rsquo;');
}

/**
 * A seed as a news site serves it: head with scripts and styles, a site header with navigation, the
 * article with its own header (headline, byline), one paragraph per line, a figure with a caption that
 * holds a quotation, a pull-out aside, a related-links list and a footer. Only the paragraphs are article text.
 */
function wrapInPage(text: string): string {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim() !== '').map((p) => `      <p>${escapeHtml(p)}</p>`);
  const middle = Math.ceil(paragraphs.length / 2);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8"><title>Ministers “in talks” | Example News</title>
  <style>body { font-family: serif } p::before { content: "“" }</style>
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"“We said no,” the minister said"}</script>
  <script>if (a < b && c) { document.write("<p>“Subscribe now,” we said.</p>"); }</script>
</head>
<body>
  <a class="skip" href="#main" hidden>Skip to content</a>
  <header class="site-header">
    <a href="/">Example News</a>
    <nav aria-label="Sections"><ul><li><a href="/uk">UK</a></li><li><a href="/world">World</a></li></ul></nav>
  </header>
  <div class="cookie-banner" role="dialog"><p>“We value your privacy,” says our cookie notice.</p><button>Accept</button></div>
  <main id="main">
    <article>
      <header><h1>Ministers “in talks” over the plan</h1><p class="byline">By <a rel="author" href="/staff/1">A. Reporter</a>, Political Correspondent</p><time datetime="2025-05-15">15 May 2025</time></header>
${paragraphs.slice(0, middle).join('\n')}
      <figure><img src="/photo.jpg" alt="The minister at a podium"><figcaption>“A fresh start,” the banner read. Photo: Agency</figcaption></figure>
      <aside class="pull-quote"><blockquote>“Read this later,” said the editor.</blockquote></aside>
${paragraphs.slice(middle).join('\n')}
    </article>
    <section class="related" role="complementary"><h2>Related</h2><ul><li><a href="/a">“Not now,” says council</a></li></ul></section>
  </main>
  <footer><p>© 2025 Example News. “All rights reserved,” as they say.</p><nav><a href="/terms">Terms</a></nav></footer>
  <script>window.__STATE__ = {"quote": "“Nothing to see,” he said."};</script>
</body>
</html>`;
}

/** What must survive the trip through HTML: every quote and its speaker, without offsets (the texts differ in white space). */
function attributions(result: AttributionResult) {
  return {
    quotes: result.quotes.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker?.name ?? null, cue: q.cue?.text ?? null, rule: q.rule })),
    speakers: result.speakers.map((s) => ({ name: s.name, kind: s.kind, honorific: s.honorific, gender: s.gender, quotes: s.quoteIds.length })),
  };
}

describe('extractText', () => {
  it.each([
    ['paragraphs become blank-line separated', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['entities are decoded', '<p>&ldquo;Yes,&rdquo; she said &amp; left&#8230;</p>', '“Yes,” she said & left…'],
    ['white space collapses, &nbsp; too', '<p>  a \n\t b&nbsp;&nbsp;c </p>', 'a b c'],
    ['<br> is a line break inside a paragraph', '<p>line one<br>line two</p>', 'line one\nline two'],
    ['inline markup joins its text', '<p>He <em>said</em> <a href="#">it</a>.</p>', 'He said it.'],
    ['script, style, nav, header, footer, aside, figcaption are dropped', '<script>x="<p>no</p>"</script><style>p{}</style><nav>N</nav><header>H</header><p>Body.</p><aside>A</aside><figure><figcaption>C</figcaption></figure><footer>F</footer>', 'Body.'],
    ['bylines and hidden elements are dropped', '<div class="article-byline">By Someone</div><span rel="author">X</span><p hidden>h</p><p aria-hidden="true">a</p><p>Kept.</p>', 'Kept.'],
    ['only <article> text when there is an article', '<div>Teaser.</div><article><p>Story.</p></article><div>More teasers.</div>', 'Story.'],
    ['unclosed paragraphs still break', '<p>One<p>Two<div>Three</div>', 'One\n\nTwo\n\nThree'],
    ['a page without text is empty', '<html><head><title>T</title></head><body><nav>x</nav></body></html>', ''],
    ['plain text passes through', 'No markup at all.', 'No markup at all.'],
  ])('%s', (_name, html, expected) => {
    expect(extractText(html)).toBe(expected);
  });

  it('the OpenAPI example page extracts to the example article, paragraph by paragraph', () => {
    expect(extractText(EXAMPLE_PAGE)).toBe(EXAMPLE_ARTICLE.split('\n').join('\n\n'));
  });

  it.each(SEED_FILES)('%s in page HTML: the extracted text is its paragraphs, nothing of the page furniture', (file) => {
    const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '');
    expect(extractText(wrapInPage(text))).toBe(paragraphs.join('\n\n'));
  });
});

describe('POST /v1/attributions with HTML (the engine on this thread)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp({}, { engine: createInlineEngine() });
  });
  afterAll(() => app.close());

  it.each(SEED_FILES)('%s wrapped in a news page gives the same quotes and speakers as its plain text', async (file) => {
    const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const plain = (await supertest(app.server).post('/v1/attributions').send({ text }).expect(200)).body as AttributionResult;
    const page = wrapInPage(text);
    const res = await supertest(app.server).post('/v1/attributions').set('content-type', 'text/html; charset=utf-8').send(page).expect(200);
    expect(plain.quotes.length).toBeGreaterThan(0);
    expect(attributions(res.body)).toEqual(attributions(plain));
    // Every offset indexes the extracted text the answer carries.
    const extracted = res.body.text as string;
    expect(res.body.meta.characters).toBe(extracted.length);
    for (const q of res.body.quotes as AttributionResult['quotes']) expect(extracted.slice(q.start, q.end)).toContain(q.text);
    const viaJson = await supertest(app.server).post('/v1/attributions').send({ html: page }).expect(200);
    expect(viaJson.body.quotes).toEqual(res.body.quotes);
  });

  it('a plain-text answer has no text field', async () => {
    const res = await supertest(app.server).post('/v1/attributions').send({ text: EXAMPLE_ARTICLE }).expect(200);
    expect(res.body.text).toBeUndefined();
  });

  it('400 for both text and html, or neither', async () => {
    for (const body of [{ text: 'a', html: '<p>a</p>' }, { options: {} }]) {
      const res = await supertest(app.server).post('/v1/attributions').send(body).expect(400);
      expect(res.body.code).toBe('INVALID_REQUEST');
    }
  });
});

describe('POST /v1/attributions with HTML (the worker pool)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startApp({ MAX_TEXT_CHARS: '2000' });
    await app.warmUp();
  }, 120_000);
  afterAll(() => app.close());

  it('extracts in the worker and answers the text with the attributions', async () => {
    const res = await supertest(app.server).post('/v1/attributions').set('content-type', 'text/html').send(EXAMPLE_PAGE).expect(200);
    expect(res.body.text).toBe(EXAMPLE_ARTICLE.split('\n').join('\n\n'));
    expect(res.body.quotes.map((q: { speaker: { name: string } | null }) => q.speaker?.name)).toContain('Arben Duka');
  });

  it('413 when the extracted text is over MAX_TEXT_CHARS, though the page itself is under the body limit', async () => {
    const page = `<article>${'<p>Words and more words.</p>'.repeat(200)}</article>`;
    const res = await supertest(app.server).post('/v1/attributions').send({ html: page }).expect(413);
    expect(res.body.code).toBe('TEXT_TOO_LONG');
    expect(res.body.detail).toMatch(/has 4598 characters; the limit is 2000/);
  });
});
