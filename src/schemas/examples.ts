/**
 * A short article in the shape of seeds/000_3e5c32fe3a399acd.txt, with invented names: direct, partial and multi-paragraph
 * quotes, pronoun and named speakers. Swagger UI puts it in the request body, so "Try it out" shows
 * real attributions.
 */
export const EXAMPLE_ARTICLE = [
  'Sir Alan Brennan described the hubs as a “really important innovation” that complements other measures the government is taking to crack down on criminal smuggling gangs.',
  '“We are in talks with a number of countries about return hubs,” he said.',
  '“At the appropriate time, I’ll be able to give you further details in relation to it.”',
  'Sir Alan did not say which countries he is in talks with, but the Albanian prime minister, Arben Duka, suggested he is not open to hosting UK detention centres.',
  '“We have been asked by several countries if we were open to it, and we said no, because we are loyal to the marriage with Italy and the rest is just love,” Mr Duka said.',
  'Shadow home office minister Colin Platt insisted the return hubs are a “con on the British public”.',
  'He said: “It’s better than nothing but it won’t work because most of the people crossing the Channel are of nationalities where they will get their asylum claims granted.”',
].join('\n');

/** EXAMPLE_ARTICLE as a news page: the furniture around it (header, navigation, byline, caption, footer) is dropped. */
export const EXAMPLE_PAGE = [
  '<!doctype html><html lang="en"><head><title>Return hubs</title><script>window.analytics = [];</script></head><body>',
  '<header><a href="/">The Daily Example</a><nav><a href="/politics">Politics</a> <a href="/world">World</a></nav></header>',
  '<main><article><p class="byline">By Staff Reporter</p>',
  ...EXAMPLE_ARTICLE.split('\n').map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`),
  '<figure><img src="/hub.jpg" alt=""><figcaption>A return hub, pictured last year</figcaption></figure>',
  '</article></main><footer>© The Daily Example</footer></body></html>',
].join('\n');

/** The batch example: two short articles, one as HTML, and a document without text. */
export const BATCH_EXAMPLE_DOCUMENTS = [
  JSON.stringify({ id: 'story-1', text: '“We will reopen the bridge in May,” said Ana Ruiz, the council leader.' }),
  JSON.stringify({ id: 'story-2', html: '<nav>Home</nav><article><p>Tom Keane, the coach, was upbeat.</p><p>“We are ready,” he said.</p></article>' }),
  JSON.stringify({ id: 'story-3' }),
];
