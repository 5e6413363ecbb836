// `node scripts/build-gold.mjs <set folder>… [--check]`
//
// Builds a held-out set's gold.json from its annotations.mjs (see test/fixtures/heldout*/): offsets
// are never written by hand. Each quote's text is located with indexOf from a running cursor (the
// annotations are in reading order; a nested quote starts inside the quote before it, so the cursor
// moves one past the previous start, not to its end), taking the first occurrence that sits between an
// opening mark and a closing mark, or runs to the end of its paragraph (an unclosed multi-paragraph
// opening). Then every span an independent scanner finds between quote marks must be annotated, and
// every annotation must be such a span, and articles keep within the set's `limits`. With --check it writes nothing and fails when a gold.json is
// not what the annotations give.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const OPENERS = new Set(['“', '"', '‘', "'", '«', '„']);
const CLOSERS = new Set(['”', '"', '’', "'", '»', '“']);
const DOUBLE_OPEN = new Set(['“', '"', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '"', '»', '“']);
const SINGLE_CLOSE = new Set(['’', "'"]);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c) => c === undefined || /[\s([—–-]/u.test(c);

/** Independent scanner: every quote-mark-delimited span, per paragraph (line); unclosed spans run to the line end. */
function scan(content) {
  const spans = [];
  let lineStart = 0;
  for (const line of content.split('\n')) {
    const stack = [];
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      const top = stack[stack.length - 1];
      if (top && DOUBLE_OPEN.has(top.ch) && DOUBLE_CLOSE.has(c) && !(top.ch === '“' && c === '“')) {
        stack.pop();
        spans.push([lineStart + top.at + 1, lineStart + i]);
        continue;
      }
      // A single close mark after an "s" and before a lower-case word is a plural possessive: "families’ children".
      const possessive = /[sS]/u.test(line[i - 1] ?? '') && /^\s+\p{Ll}/u.test(line.slice(i + 1, i + 3));
      if (top && !DOUBLE_OPEN.has(top.ch) && SINGLE_CLOSE.has(c) && !isWordChar(line[i + 1]) && !possessive) {
        stack.pop();
        spans.push([lineStart + top.at + 1, lineStart + i]);
        continue;
      }
      if (c === '“' || c === '"' || c === '‘' || c === '«' || c === '„') stack.push({ ch: c, at: i });
      else if (c === "'" && isSpaceOrStart(line[i - 1]) && isWordChar(line[i + 1])) stack.push({ ch: c, at: i });
    }
    for (const open of stack) spans.push([lineStart + open.at + 1, lineStart + line.length]);
    lineStart += line.length + 1;
  }
  return spans;
}

function isDelimited(content, start, end) {
  if (!OPENERS.has(content[start - 1])) return false;
  const after = content[end];
  return after === undefined || after === '\n' || CLOSERS.has(after) || (after === ' ' && /^\s*(?:\n|$)/u.test(content.slice(end)));
}

/** One article's gold quotes from its annotation entries; problems are pushed to `errors`. */
function locate(file, content, entries, errors) {
  const quotes = [];
  let cursor = 0;
  for (const [text, speaker, kind, match, optional] of entries) {
    let at = content.indexOf(text, cursor);
    while (at !== -1 && !isDelimited(content, at, at + text.length)) at = content.indexOf(text, at + 1);
    if (at === -1) {
      errors.push(`${file}: not found as a delimited quote after ${cursor}: ${text}`);
      continue;
    }
    if (kind !== 'd' && kind !== 'p') errors.push(`${file}: kind must be 'd' or 'p': ${text}`);
    if (match.some((m) => m !== m.toLowerCase())) errors.push(`${file}: match forms must be lower case: ${match}`);
    if ((speaker === '') !== (match.length === 0)) errors.push(`${file}: speaker/match disagree: ${text}`);
    const q = { text, speaker, kind: kind === 'd' ? 'direct' : 'partial' };
    if (optional) q.optional = true;
    q.match = match;
    q.start = at;
    q.end = at + text.length;
    quotes.push(q);
    cursor = at + 1;
  }
  const gold = new Set(quotes.map((q) => `${q.start}:${q.end}`));
  const found = new Set(scan(content).map(([s, e]) => `${s}:${e}`));
  for (const k of found) if (!gold.has(k)) errors.push(`${file}: delimited span not in gold: ${k} ${JSON.stringify(content.slice(...k.split(':').map(Number)))}`);
  for (const k of gold) if (!found.has(k)) errors.push(`${file}: gold span not found by the scanner: ${k}`);
  if (gold.size !== quotes.length) errors.push(`${file}: duplicate spans`);
  return quotes;
}

/** A set may bound its articles' length and quote count (`limits` in annotations.mjs). */
function checkLimits(file, content, entries, limits, errors) {
  const words = content.split(/\s+/u).filter(Boolean).length;
  const [minWords, maxWords] = limits.words ?? [0, Infinity];
  if (words < minWords || words > maxWords) errors.push(`${file}: ${words} words, outside ${minWords}-${maxWords}`);
  const [minQuotes, maxQuotes] = limits.quotes ?? [0, Infinity];
  if (entries.length < minQuotes || entries.length > maxQuotes) errors.push(`${file}: ${entries.length} quotes, outside ${minQuotes}-${maxQuotes}`);
}

async function buildSet(folder, check) {
  const { description, indent, limits = {}, articles: annotated } = await import(pathToFileURL(join(folder, 'annotations.mjs')).href);
  const errors = [];
  const articles = Object.entries(annotated).map(([file, entries]) => {
    const content = readFileSync(join(folder, file), 'utf8');
    checkLimits(file, content, entries, limits, errors);
    return { file, quotes: locate(file, content, entries, errors) };
  });
  if (errors.length > 0) return errors;
  const json = `${JSON.stringify({ description, articles }, null, indent)}\n`;
  const target = join(folder, 'gold.json');
  if (check) {
    if (readFileSync(target, 'utf8') !== json) return [`${target} is out of date: run node scripts/build-gold.mjs ${folder}`];
  } else {
    writeFileSync(target, json);
  }
  const all = articles.flatMap((a) => a.quotes);
  const optional = all.filter((q) => q.optional).length;
  console.log(`${target}: ${articles.length} articles, ${all.length - optional} required + ${optional} optional quotes`);
  return [];
}

const check = process.argv.includes('--check');
const folders = process.argv.slice(2).filter((a) => a !== '--check').map((f) => resolve(f));
if (folders.length === 0) {
  console.error('usage: node scripts/build-gold.mjs <set folder>… [--check]');
  process.exit(2);
}
let failed = false;
for (const folder of folders) {
  const errors = await buildSet(folder, check);
  for (const e of errors) console.error(`${folder}: ${e}`);
  failed ||= errors.length > 0;
}
process.exit(failed ? 1 : 0);
