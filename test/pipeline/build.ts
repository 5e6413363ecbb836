/**
 * Hand-built documents for stage tests, as spaCy's tests build `Doc(vocab, words=…)`: one sentence
 * with its mentions and cues marked by hand, so a test runs one sieve or one resolution pass without
 * the mention finder, the cue finder or the passes before it.
 *
 *   build('“We will win,” [said] {Jane Doe#a}. {She#a} smiled.')
 *
 * - `{…}` is a mention. Its kind is inferred (a pronoun from the lexicon, `I`/`me` the author, a
 *   capitalised phrase a person, anything else a role) or given after a bar: `{the council|organisation}`.
 * - `#id` puts mentions in one entity: the entities decided before the step under test. Mentions
 *   without an id each get an entity of their own, except pronouns, which stay unresolved.
 * - `[…]` is a cue, `finite` unless given: `[telling|participle]`, `[according to|according]`.
 *
 * Paragraphs, quotes and tokens (with their dictionary tags) come from the same pure functions the
 * engine runs: they are the document's raw material, not a stage under test.
 */
import { buildDoc } from '../../src/pipeline/build-doc';
import { findParagraphs } from '../../src/pipeline/find-paragraphs';
import { findQuotes } from '../../src/pipeline/find-quotes';
import { INDEFINITE_DETERMINERS, POSSESSIVE_DETERMINERS } from '../../src/pipeline/lexicon/determiners';
import { HONORIFICS } from '../../src/pipeline/lexicon/honorifics';
import { PRONOUNS } from '../../src/pipeline/lexicon/pronouns';
import { GENDERED_ROLES } from '../../src/pipeline/lexicon/roles';
import { linkQuotes } from '../../src/pipeline/link-quotes';
import { resolutionInput, type ResolutionInput } from '../../src/pipeline/resolution/context';
import { Ledger, noDecisions, type Decisions } from '../../src/pipeline/resolution/decisions';
import type { Sieve } from '../../src/pipeline/sieves/sieve';
import { tokenize } from '../../src/pipeline/tokenize';
import type { Cue, CueForm, Doc, Entity, EntityKind, Link, Mention, MentionKind, Resolution, Token } from '../../src/pipeline/types';

interface MentionMark {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind | null;
  readonly id: string | null;
}

interface CueMark {
  readonly start: number;
  readonly end: number;
  readonly form: CueForm;
}

/** A hand-built document: what the sieves read, and the entities decided before them. */
export interface Built {
  readonly text: string;
  readonly doc: Doc;
  readonly resolution: Resolution;
  /** Entity tags (`#id`) by mention index. */
  readonly ids: readonly (string | null)[];
}

const KINDS: ReadonlySet<string> = new Set<MentionKind>(['person', 'name', 'pronoun', 'role', 'anonymous', 'organisation', 'author']);
const FORMS: ReadonlySet<string> = new Set<CueForm>(['finite', 'participle', 'infinitive', 'according', 'noun']);

/** Strips the marks from `markup`: the clean text and where each mark stood in it. */
function parseMarkup(markup: string): { text: string; mentions: MentionMark[]; cues: CueMark[] } {
  let text = '';
  const mentions: MentionMark[] = [];
  const cues: CueMark[] = [];
  let i = 0;
  while (i < markup.length) {
    const ch = markup[i] as string;
    if (ch !== '{' && ch !== '[') {
      text += ch;
      i++;
      continue;
    }
    const close = markup.indexOf(ch === '{' ? '}' : ']', i);
    if (close < 0) throw new Error(`unclosed ${ch} in ${markup}`);
    const [body = '', tag] = markup.slice(i + 1, close).split('|');
    const [words = '', id = null] = body.split('#');
    const start = text.length;
    text += words;
    if (ch === '{') {
      if (tag !== undefined && !KINDS.has(tag)) throw new Error(`unknown mention kind ${tag}`);
      mentions.push({ start, end: text.length, kind: (tag as MentionKind | undefined) ?? null, id });
    } else {
      if (tag !== undefined && !FORMS.has(tag)) throw new Error(`unknown cue form ${tag}`);
      cues.push({ start, end: text.length, form: (tag as CueForm | undefined) ?? 'finite' });
    }
    i = close + 1;
  }
  return { text, mentions, cues };
}

function tokenRange(tokens: readonly Token[], start: number, end: number): { first: number; last: number } {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  if (inside.length === 0) throw new Error(`no token in [${start}, ${end})`);
  return { first: (inside[0] as Token).index, last: (inside[inside.length - 1] as Token).index + 1 };
}

function inferKind(words: readonly Token[]): MentionKind {
  const only = words.length === 1 ? (words[0] as Token).norm : null;
  const pronoun = only === null ? undefined : PRONOUNS.get(only);
  if (pronoun) return pronoun.person === 1 && only !== 'we' ? 'author' : 'pronoun';
  return (words[0] as Token).capitalised ? 'person' : 'role';
}

function stripPossessive(word: string): string {
  return word.replace(/[’']s?$/u, '');
}

function mentionOf(text: string, tokens: readonly Token[], mark: MentionMark, index: number): Mention {
  const { first, last } = tokenRange(tokens, mark.start, mark.end);
  const words = tokens.slice(first, last).filter((t) => t.kind === 'word');
  const kind = mark.kind ?? inferKind(words);
  const lead = (words[0] as Token).norm;
  // As the name finder keeps it: the surface form without a full stop ("Sir", "Dr").
  const honorific = (kind === 'person' || kind === 'name') && HONORIFICS.has(lead) ? (words[0] as Token).text.replace(/\.$/u, '') : null;
  // An organisation is named ("Acme Retail") or described ("the company"): a description has no name.
  const named = kind === 'person' || kind === 'name' || (kind === 'organisation' && (words[0] as Token).capitalised);
  const nameWords = named ? words.slice(honorific ? 1 : 0) : [];
  const pronoun = kind === 'pronoun' || kind === 'author' ? lead : null;
  const info = pronoun === null ? undefined : PRONOUNS.get(pronoun);
  const described = kind === 'role' || kind === 'anonymous' || kind === 'organisation';
  const determiner = described && words.length > 1 && !(words[0] as Token).capitalised;
  const head = described ? (words[words.length - 1] as Token).norm : null;
  const honorificGender = honorific === null ? null : (HONORIFICS.get(lead)?.gender ?? null);
  return {
    index,
    kind,
    first,
    last,
    start: mark.start,
    end: mark.end,
    text: text.slice(mark.start, mark.end),
    name: nameWords.map((t) => stripPossessive(t.text)),
    honorific,
    title: described && kind !== 'organisation' ? words.slice(determiner ? 1 : 0).map((t) => t.norm).join(' ') : null,
    head,
    gender: info?.gender ?? honorificGender ?? (head === null ? null : (GENDERED_ROLES.get(head) ?? null)),
    possessive: (tokens[last - 1] as Token).possessive || (pronoun !== null && POSSESSIVE_DETERMINERS.has(pronoun)),
    pronoun,
    nested: false,
    definite: !INDEFINITE_DETERMINERS.has(lead),
    plural: info?.plural ?? false,
  };
}

function cueOf(tokens: readonly Token[], mark: CueMark, index: number, text: string): Cue {
  const { first, last } = tokenRange(tokens, mark.start, mark.end);
  const surface = text.slice(mark.start, mark.end);
  return { index, first, last, start: mark.start, end: mark.end, text: surface, lemma: surface.toLowerCase(), form: mark.form };
}

const ENTITY_KIND: Readonly<Record<MentionKind, EntityKind>> = {
  person: 'person',
  name: 'person',
  pronoun: 'person',
  role: 'role',
  anonymous: 'anonymous',
  organisation: 'organisation',
  author: 'author',
};

/** Entities from the `#id` tags; untagged mentions are entities of their own, untagged pronouns none. */
function resolutionOf(mentions: readonly Mention[], ids: readonly (string | null)[]): Resolution {
  const entities: Entity[] = [];
  const byId = new Map<string, number>();
  const entityOf = mentions.map((m, i) => {
    const id = ids[i] ?? null;
    if (id === null && m.kind === 'pronoun') return null;
    const known = id === null ? undefined : byId.get(id);
    if (known !== undefined) return known;
    const e = entities.length;
    const name = m.name.length > 0 ? m.name.join(' ') : m.text;
    entities.push({ id: e, kind: ENTITY_KIND[m.kind], name, honorific: m.honorific, gender: m.gender });
    if (id !== null) byId.set(id, e);
    return e;
  });
  return { entities, entityOf };
}

/** Builds a document from marked-up text (see the file comment). */
export function build(markup: string): Built {
  const parsed = parseMarkup(markup);
  const { text } = parsed;
  const paragraphs = findParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const { tokens, sentences } = tokenize(text, paragraphs, quotes);
  const mentions = parsed.mentions.map((m, i) => mentionOf(text, tokens, m, i));
  const cues = parsed.cues.map((c, i) => cueOf(tokens, c, i, text));
  const ids = parsed.mentions.map((m) => m.id);
  const doc = buildDoc(text, paragraphs, quotes, tokens, sentences, cues, mentions);
  return { text, doc, resolution: resolutionOf(mentions, ids), ids };
}

/** What a sieve decided for one quote, in words: the quote, the rule, the speaker's mention text. */
export interface Decided {
  readonly quote: string;
  readonly rule: string;
  readonly speaker: string | null;
}

function speakerText(b: Built, link: Link): string | null {
  if (link.mention !== null) return (b.doc.mentions[link.mention] as Mention).text;
  return link.entity === null ? null : (b.resolution.entities[link.entity] as Entity).name;
}

/**
 * Runs one sieve alone over every quote of the document, in reading order. A sieve that builds on
 * earlier quotes' links can be given the sieves that decide those (`after`); they run first.
 */
export function runSieve(sieve: Sieve, b: Built, after: readonly Sieve[] = []): Decided[] {
  return linkQuotes(b.doc, b.resolution, [...after, sieve]).map((link) => {
    const q = b.doc.quotes[link.quote];
    return { quote: q ? b.text.slice(q.start, q.end) : '', rule: link.rule, speaker: link.rule === 'no-attribution' ? null : speakerText(b, link) };
  });
}

/** The input every resolution pass reads. */
export function passInput(b: Built): ResolutionInput {
  return resolutionInput(b.text, b.doc.tokens, b.doc.mentions, b.doc.cues, b.doc.paragraphs);
}

/** The decisions of the passes before the one under test: the `#id` groups (names recorded as forms). */
export function priorDecisions(b: Built, input: ResolutionInput = passInput(b)): Decisions {
  const ledger = new Ledger(input, noDecisions(input));
  const byId = new Map<string, number>();
  b.doc.mentions.forEach((m, i) => {
    const id = b.ids[i] ?? null;
    if (id === null) return;
    const e = byId.get(id) ?? ledger.newEntity(ENTITY_KIND[m.kind], m.name.length > 0 ? m.name.join(' ') : m.text, m.head);
    byId.set(id, e);
    ledger.assign(m, e);
    if (m.name.length > 0) ledger.addForm(e, m);
  });
  return ledger.decisions();
}

/**
 * A pass's decisions in words: the mention texts of each entity (entities in order of first mention),
 * and the mentions left unresolved.
 */
export function groupsOf(b: Built, d: Decisions): { entities: string[][]; unresolved: string[] } {
  const groups = new Map<number, string[]>();
  const unresolved: string[] = [];
  b.doc.mentions.forEach((m, i) => {
    const e = d.entityOf[i] ?? null;
    if (e === null) unresolved.push(m.text);
    else groups.set(e, [...(groups.get(e) ?? []), m.text]);
  });
  return { entities: [...groups.values()], unresolved };
}
