// The attribution page: no framework, no build step, no request to any other host.
// It posts the article to /v1/attributions and draws the answer: every quote a <mark data-quote-id>
// in its speaker's colour, the mention and cue underlined, a legend of speakers, downloads.
'use strict';

(function main() {
  const PALETTE_SIZE = 8; // style.css: --sp-0 … --sp-7

  const $ = (id) => document.getElementById(id);
  const form = $('article-form');
  const textarea = form.elements.namedItem('text');
  const picker = $('example');
  const button = $('attribute');
  const status = $('status');
  const errorBox = $('error');
  const result = $('result');
  const article = $('article');
  const legend = $('legend');
  const mentioned = $('mentioned');
  const mentionedTitle = $('mentioned-title');
  const details = $('details');

  /** The last answer and the text it was computed on (what the downloads and details describe). */
  let current = null;

  // ---- examples -----------------------------------------------------------------------------------
  let examples = [];
  fetch('/page/examples.json')
    .then((res) => (res.ok ? res.json() : []))
    .then((list) => {
      examples = list;
      const fragment = document.createDocumentFragment();
      for (const ex of list) {
        const option = document.createElement('option');
        option.value = ex.id;
        option.textContent = ex.title;
        fragment.appendChild(option);
      }
      picker.appendChild(fragment);
    })
    .catch(() => {});
  picker.addEventListener('change', () => {
    const ex = examples.find((e) => e.id === picker.value);
    if (ex) textarea.value = ex.text;
  });

  // ---- attribute ----------------------------------------------------------------------------------
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    attribute();
  });

  async function attribute() {
    const text = textarea.value;
    showError('');
    if (text.trim() === '') {
      showError('Paste an article first, or choose an example.');
      textarea.focus();
      return;
    }
    const options = {
      includePartial: form.elements.namedItem('includePartial').checked,
      includeUnattributed: form.elements.namedItem('includeUnattributed').checked,
    };
    button.disabled = true;
    status.textContent = 'Attributing…';
    try {
      const res = await fetch('/v1/attributions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text, options }),
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) {
        // Every error is RFC 9457 problem+json: its detail speaks to the reader.
        const detail = body && (body.detail || body.title);
        throw new Error(detail || `The service answered ${res.status}.`);
      }
      current = { text, answer: body };
      const drawStart = performance.now();
      render(text, body);
      const drawMs = Math.round(performance.now() - drawStart);
      const q = body.quotes.length;
      const s = countSpeakers(body);
      status.textContent = `${q} quote${q === 1 ? '' : 's'}, ${s} speaker${s === 1 ? '' : 's'}; attributed in ${body.meta ? body.meta.elapsedMs : '?'} ms, drawn in ${drawMs} ms.`;
    } catch (err) {
      status.textContent = '';
      showError(err instanceof Error ? err.message : String(err));
    } finally {
      button.disabled = false;
    }
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = message === '';
  }

  const countSpeakers = (answer) => answer.speakers.filter((s) => s.quoteIds.length > 0).length;

  // ---- rendering ----------------------------------------------------------------------------------
  /** Speaker id → colour index: by number of quotes, most first, so the main voices get distinct colours. */
  function colourIndex(answer) {
    const ranked = answer.speakers.filter((s) => s.quoteIds.length > 0).sort((a, b) => b.quoteIds.length - a.quoteIds.length);
    const index = new Map();
    ranked.forEach((s, i) => index.set(s.id, i));
    return { ranked, index };
  }

  function colourClasses(i) {
    if (i === undefined) return [];
    return i >= PALETTE_SIZE ? [`sp-${i % PALETTE_SIZE}`, 'alt'] : [`sp-${i}`];
  }

  function render(text, answer) {
    const { ranked, index } = colourIndex(answer);
    article.classList.remove('picking');
    article.replaceChildren(buildArticle(text, answer, index));
    legend.replaceChildren(buildLegend(answer, ranked, index));
    const silent = answer.speakers.filter((s) => s.quoteIds.length === 0);
    const list = document.createDocumentFragment();
    for (const s of silent) {
      const li = document.createElement('li');
      // Since 0.3.0 the answer lists everyone the article names, with the title it gives them.
      const title = s.title ? `, ${s.title}` : '';
      li.textContent = `${s.name}${title} (${s.mentions.length} mention${s.mentions.length === 1 ? '' : 's'})`;
      list.appendChild(li);
    }
    mentioned.replaceChildren(list);
    mentioned.hidden = silent.length === 0;
    mentionedTitle.hidden = silent.length === 0;
    details.replaceChildren(hint('Hover over or tab to a quote to see its speaker, rule and confidence.'));
    result.hidden = false;
  }

  function hint(message) {
    const p = document.createElement('p');
    p.className = 'hint';
    p.textContent = message;
    return p;
  }

  /**
   * The article as one DocumentFragment built in a single pass over the sorted spans: text nodes
   * between them, a <mark> per quote, a <span> per speaker mention and cue. Spans nest (a mention inside
   * a quote); a span that crosses the end of its parent is cut there, so every quote still gets its mark.
   */
  function buildArticle(text, answer, index) {
    const spans = [];
    const seen = new Set();
    for (const q of answer.quotes) {
      spans.push({ start: q.start, end: q.end, kind: 'quote', quote: q });
      if (q.speaker && q.speaker.mention) addSpan(spans, seen, q.speaker.mention, 'mention', q);
      if (q.cue) addSpan(spans, seen, q.cue, 'cue', q);
    }
    // Outer spans first: by start, then longest; quotes before the mention/cue spans they contain.
    spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === 'quote' ? -1 : 1));

    const root = document.createDocumentFragment();
    const stack = [{ node: root, end: Infinity, kind: 'root' }];
    let cursor = 0;
    const emitTo = (pos) => {
      if (pos > cursor) {
        stack[stack.length - 1].node.appendChild(document.createTextNode(text.slice(cursor, pos)));
        cursor = pos;
      }
    };
    const closeUpTo = (pos) => {
      while (stack.length > 1 && stack[stack.length - 1].end <= pos) {
        emitTo(stack[stack.length - 1].end);
        stack.pop();
      }
    };
    for (const span of spans) {
      closeUpTo(span.start);
      // A quote is never inside an underline: an underline that runs into a quote stops where it starts.
      while (span.kind === 'quote' && stack.length > 1 && stack[stack.length - 1].kind !== 'quote') {
        emitTo(span.start);
        stack.pop();
      }
      emitTo(span.start);
      const parentEnd = stack[stack.length - 1].end;
      const end = Math.max(Math.min(span.end, parentEnd), cursor);
      const node = span.kind === 'quote' ? quoteMark(span.quote, index) : underline(span);
      stack[stack.length - 1].node.appendChild(node);
      stack.push({ node, end, kind: span.kind });
    }
    closeUpTo(Infinity);
    emitTo(text.length);
    return root;
  }

  function addSpan(spans, seen, s, kind, quote) {
    const key = `${kind}:${s.start}:${s.end}`;
    if (seen.has(key) || s.end <= s.start) return;
    seen.add(key);
    spans.push({ start: s.start, end: s.end, kind, quote });
  }

  function quoteMark(q, index) {
    const mark = document.createElement('mark');
    mark.dataset.quoteId = q.id;
    mark.tabIndex = 0;
    mark.classList.add('q', q.type === 'partial' ? 'partial' : 'direct');
    if (q.speaker) {
      mark.dataset.speaker = q.speaker.id;
      mark.classList.add(...colourClasses(index.get(q.speaker.id)));
    } else {
      mark.classList.add('none');
    }
    mark.title = describe(q).map(([k, v]) => `${k}: ${v}`).join('\n');
    return mark;
  }

  function underline(span) {
    const el = document.createElement('span');
    el.className = span.kind;
    if (span.quote.speaker) el.dataset.speaker = span.quote.speaker.id;
    el.title = span.kind === 'mention' ? `speaker mention: ${span.quote.speaker ? span.quote.speaker.name : ''}` : 'cue';
    return el;
  }

  /** What a quote's details show: [label, value] pairs. */
  function describe(q) {
    return [
      ['quote', q.id + (q.continues ? ` (continues ${q.continues})` : '')],
      ['type', q.type],
      ['speaker', q.speaker ? q.speaker.name : 'none found'],
      ['mention', q.speaker ? q.speaker.mention.text : '—'],
      ['cue', q.cue ? q.cue.text : '—'],
      ['rule', q.rule],
      ['confidence', q.confidence.toFixed(2)],
    ];
  }

  function buildLegend(answer, ranked, index) {
    const fragment = document.createDocumentFragment();
    for (const s of ranked) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.speakerId = s.id;
      b.setAttribute('aria-pressed', 'false');
      const swatch = document.createElement('span');
      swatch.classList.add('swatch', ...colourClasses(index.get(s.id)));
      swatch.setAttribute('aria-hidden', 'true');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = s.name;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(s.quoteIds.length);
      count.setAttribute('aria-label', `${s.quoteIds.length} quote${s.quoteIds.length === 1 ? '' : 's'}`);
      b.append(swatch, name, count);
      li.appendChild(b);
      fragment.appendChild(li);
    }
    const none = answer.quotes.filter((q) => !q.speaker).length;
    if (none > 0) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = `Unattributed: ${none}`;
      fragment.appendChild(li);
    }
    return fragment;
  }

  // ---- interaction: one listener per container, whatever the number of quotes -------------------------
  legend.addEventListener('click', (event) => {
    const b = event.target instanceof Element ? event.target.closest('button[data-speaker-id]') : null;
    if (!b) return;
    const on = b.getAttribute('aria-pressed') !== 'true';
    for (const other of legend.querySelectorAll('button[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
    for (const m of article.querySelectorAll('mark.picked')) m.classList.remove('picked');
    article.classList.toggle('picking', on);
    if (!on) return;
    b.setAttribute('aria-pressed', 'true');
    const marks = article.querySelectorAll(`mark[data-speaker="${CSS.escape(b.dataset.speakerId)}"]`);
    for (const m of marks) m.classList.add('picked');
    if (marks[0]) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  });

  const showDetails = (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark[data-quote-id]') : null;
    if (!mark || !current) return;
    const q = current.answer.quotes.find((x) => x.id === mark.dataset.quoteId);
    if (!q) return;
    const dl = document.createElement('dl');
    for (const [k, v] of describe(q)) {
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = v;
      dl.append(dt, dd);
    }
    details.replaceChildren(dl);
  };
  article.addEventListener('mouseover', showDetails);
  article.addEventListener('focusin', showDetails);

  // ---- downloads ------------------------------------------------------------------------------------
  $('download-json').addEventListener('click', () => {
    if (current) download('attributions.json', 'application/json', `${JSON.stringify(current.answer, null, 2)}\n`);
  });
  $('download-csv').addEventListener('click', () => {
    if (current) download('attributions.csv', 'text/csv', toCsv(current.answer));
  });

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const CSV_COLUMNS = ['id', 'type', 'start', 'end', 'speaker_id', 'speaker', 'mention', 'cue', 'rule', 'confidence', 'continues', 'text'];

  /** RFC 4180 CSV, one row per quote; a cell that a spreadsheet would run as a formula is prefixed with '. */
  function toCsv(answer) {
    const rows = [CSV_COLUMNS];
    for (const q of answer.quotes) {
      rows.push([
        q.id, q.type, q.start, q.end,
        q.speaker ? q.speaker.id : '', q.speaker ? q.speaker.name : '', q.speaker ? q.speaker.mention.text : '',
        q.cue ? q.cue.text : '', q.rule, q.confidence, q.continues || '', q.text,
      ]);
    }
    return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }

  function csvCell(value) {
    let s = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }
})();
