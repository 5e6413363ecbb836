import { HONORIFICS } from './lexicon/honorifics';
import { NEVER_NAMES, PLACE_TAGS } from './lexicon/function-words';
import { NON_COREFERENT_ROLES, ORGANISATION_DESCRIPTIONS, TITLE_NOUNS } from './lexicon/roles';
import type { Cue, Entity, EntityKind, Gender, Mention, Paragraph, Resolution, Token } from './types';

/** How far back a pronoun or a bare title looks for its antecedent. */
const PRONOUN_CLAUSE_WINDOW = 12;
const PRONOUN_PARAGRAPH_WINDOW = 3;
const TITLE_SENTENCE_WINDOW = 10;
const TITLE_PARAGRAPH_WINDOW = 2;
/** Hard cap on mentions looked at per antecedent search: keeps resolution linear on any input. */
const MENTION_LOOKBACK = 150;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
/** Documents that speak for whoever issued them: "the statement said", "the report found". */
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'letter', 'filing', 'post', 'notice']);
/** Typos are tolerated only on name tokens this long ("Aaln" for "Alan"). */
const TYPO_MIN_LENGTH = 4;

// Linear: every repetition starts with white space, which the word part cannot match.
const NAME_EVIDENCE = /\p{Lu}[\p{Ll}\p{M}’'-]+(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}’'-]+){1,2}/gu;

interface EntityDraft {
  kind: EntityKind;
  /** Name forms (tokens) with how often each was seen and how often next to a cue. */
  forms: Map<string, { tokens: string[]; count: number; cued: number; first: number }>;
  honorifics: Map<string, number>;
  gender: Gender;
  label: string;
  head: string | null;
  titles: Map<string, number>;
}

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function sameNameToken(a: string, b: string): 'exact' | 'typo' | null {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return 'exact';
  if (x.length >= TYPO_MIN_LENGTH && y.length >= TYPO_MIN_LENGTH && withinOneEdit(x, y)) return 'typo';
  return null;
}

/** Keys under which a token can be found with one typo: itself and each one-deletion variant. */
function typoKeys(token: string): string[] {
  const t = token.toLowerCase();
  if (t.length < TYPO_MIN_LENGTH) return [t];
  const keys = [t];
  for (let i = 0; i < t.length; i++) keys.push(`${t.slice(0, i)}${t.slice(i + 1)}`);
  return keys;
}

/** Finds values by a name token, exactly or within one edit, without comparing against every entry. */
class TokenIndex<V> {
  private readonly byKey = new Map<string, Set<V>>();
  add(token: string, value: V): void {
    for (const k of typoKeys(token)) {
      const set = this.byKey.get(k) ?? new Set<V>();
      set.add(value);
      this.byKey.set(k, set);
    }
  }
  find(token: string): Set<V> {
    const out = new Set<V>();
    for (const k of typoKeys(token)) for (const v of this.byKey.get(k) ?? []) out.add(v);
    return out;
  }
}

/**
 * One entity per person, role, organisation or author; every mention points at its entity or at
 * nothing. "Sir Alan Brennan", "Sir Alan", "Mr Brennan", "Sir Aaln" and "the prime minister" (when
 * the article ties the title to him) → one entity named "Alan Brennan". An ambiguous alias resolves
 * to nothing.
 */
export function resolveSpeakers(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  cues: readonly Cue[],
  paragraphs: readonly Paragraph[],
): Resolution {
  const drafts: EntityDraft[] = [];
  const entityOf: (number | null)[] = mentions.map(() => null);
  const cueAdjacent = new Set<number>();
  const cueFirsts = new Set(cues.map((c) => c.first));
  const firstMentionOfSentence = new Map<number, number>();
  const mentionsOfSentence = new Map<number, number[]>();
  for (const m of mentions) {
    const sentence = (tokens[m.first] as Token).sentence;
    if (!firstMentionOfSentence.has(sentence)) firstMentionOfSentence.set(sentence, m.index);
    const list = mentionsOfSentence.get(sentence) ?? [];
    list.push(m.index);
    mentionsOfSentence.set(sentence, list);
  }
  for (const c of cues) {
    cueAdjacent.add(c.first - 1);
    cueAdjacent.add(c.last);
  }
  const newEntity = (kind: EntityKind, label: string, head: string | null = null): number => {
    drafts.push({ kind, forms: new Map(), honorifics: new Map(), gender: null, label, head, titles: new Map() });
    return drafts.length - 1;
  };
  const addForm = (e: number, m: Mention): void => {
    const d = drafts[e] as EntityDraft;
    const key = m.name.join(' ').toLowerCase();
    const f = d.forms.get(key) ?? { tokens: [...m.name], count: 0, cued: 0, first: m.start };
    f.count++;
    if (cueAdjacent.has(m.last - 1) || cueAdjacent.has(m.first)) f.cued++;
    d.forms.set(key, f);
    if (m.honorific) d.honorifics.set(m.honorific, (d.honorifics.get(m.honorific) ?? 0) + 1);
    if (m.gender && !d.gender) d.gender = m.gender;
    if (m.title) d.titles.set(m.title, (d.titles.get(m.title) ?? 0) + 1);
  };

  // 1. People with full names (two or more name tokens); typos of one token merge.
  const personMentions = mentions.filter((m) => (m.kind === 'person' || m.kind === 'name') && m.name.length > 0);
  interface FullName {
    tokens: string[];
    entity: number;
  }
  const byFirst = new TokenIndex<FullName>();
  const byLast = new TokenIndex<FullName>();
  // Longest names first, so that "Ó Broin" and "Van der Meulen" find "Cathal Ó Broin" and
  // "Jens van der Meulen" whichever comes first in the text.
  const fullNameMentions = personMentions
    .filter((m) => m.name.length >= 2 && m.kind === 'person')
    .sort((a, b) => b.name.length - a.name.length || a.index - b.index);
  for (const m of fullNameMentions) {
    let entity: number | null = null;
    const longer = new Set<number>();
    for (const f of byLast.find(m.name[m.name.length - 1] as string)) {
      const tail = f.tokens.slice(-m.name.length);
      const matches = tail.map((t, k) => sameNameToken(t, m.name[k] as string));
      if (tail.length !== m.name.length || matches.some((x) => x === null) || matches.filter((x) => x === 'typo').length > 1) continue;
      if (f.tokens.length === m.name.length) {
        entity = f.entity;
        break;
      }
      longer.add(f.entity);
    }
    if (entity === null && longer.size === 1) entity = [...longer][0] as number;
    if (entity === null) {
      entity = newEntity('person', m.name.join(' '));
      const f: FullName = { tokens: [...m.name], entity };
      byFirst.add(f.tokens[0] as string, f);
      byLast.add(f.tokens[f.tokens.length - 1] as string, f);
    }
    entityOf[m.index] = entity;
    addForm(entity, m);
  }

  // 2. Short forms: "Mr Brennan" (surname), "Sir Alan" (first name after a knight's honorific).
  const shortFirst = new TokenIndex<[string, number]>();
  const shortLast = new TokenIndex<[string, number]>();
  for (const m of personMentions) {
    if (entityOf[m.index] !== null) continue;
    const honorific = m.honorific ? HONORIFICS.get(m.honorific.toLowerCase()) : undefined;
    const firstNameAlias = honorific?.firstName === true;
    const candidates = new Map<number, 'exact' | 'typo'>();
    const alias = m.name;
    const collect = (fromStart: boolean): void => {
      const index = fromStart ? byFirst : byLast;
      for (const f of index.find((fromStart ? alias[0] : alias[alias.length - 1]) as string)) {
        const target = fromStart ? f.tokens.slice(0, alias.length) : f.tokens.slice(-alias.length);
        if (target.length !== alias.length || f.tokens.length <= alias.length) continue;
        const matches = target.map((t, k) => sameNameToken(t, alias[k] as string));
        if (matches.some((x) => x === null)) continue;
        const quality = matches.includes('typo') ? 'typo' : 'exact';
        if (candidates.get(f.entity) !== 'exact') candidates.set(f.entity, quality);
      }
    };
    collect(firstNameAlias);
    // A bare name that is no one's surname may be a family name written first ("Park" for
    // "Park Ji-hoon") or a first name ("Mo" for "Mo Kader").
    if (candidates.size === 0 && !m.honorific) collect(true);
    const exact = [...candidates].filter(([, q]) => q === 'exact').map(([e]) => e);
    const pool = exact.length > 0 ? exact : [...candidates.keys()];
    if (pool.length === 1) {
      entityOf[m.index] = pool[0] as number;
      addForm(pool[0] as number, m);
      continue;
    }
    if (pool.length > 1) continue; // ambiguous: nothing rather than a guess
    const shortName = m.name.join(' ');
    const shortIndex = firstNameAlias ? shortFirst : shortLast;
    let entity: number | undefined;
    for (const [name, e] of shortIndex.find(shortName)) {
      if (sameNameToken(name, shortName) !== null) entity = e;
    }
    if (entity === undefined) {
      const kind: EntityKind = m.kind === 'person' ? 'person' : nameKind(tokens, m);
      entity = newEntity(kind, shortName);
      shortIndex.add(shortName, [shortName, entity]);
    }
    entityOf[m.index] = entity;
    addForm(entity, m);
  }

  // 3. Organisations, roles, anonymous sources and the author.
  let author: number | null = null;
  const orgByName = new Map<string, number>();
  const lastByHead = new Map<string, number>();
  const lastByHeadStart = new Map<string, number>();
  const titleTies = new Map<string, Map<number, number>>();
  const titleHolder = new Map<string, number>();
  const titleTieStarts = new Map<string, Map<number, number>>();
  for (const m of mentions) {
    const e = entityOf[m.index];
    if (e !== null && e !== undefined && m.title) {
      // Tie both the full title ("shadow home office minister") and its head word ("minister").
      for (const title of new Set([m.title, m.title.split(' ').pop() as string])) {
        const ties = titleTies.get(title) ?? new Map<number, number>();
        ties.set(e, (ties.get(e) ?? 0) + 1);
        titleTies.set(title, ties);
        const starts = titleTieStarts.get(title) ?? new Map<number, number>();
        if (!starts.has(e)) starts.set(e, m.start);
        titleTieStarts.set(title, starts);
      }
    }
  }
  for (const m of mentions) {
    if (m.kind === 'author') {
      author = author ?? newEntity('author', bylineName(tokens, mentions, paragraphs) ?? 'the author');
      entityOf[m.index] = author;
    } else if (m.kind === 'organisation') {
      const document = m.name.length === 0 && m.definite && DOCUMENT_NOUNS.has(m.head ?? '') ? issuerOfEarlierDocument(m) : null;
      const described =
        document ?? (m.name.length === 0 && m.definite && ORGANISATION_DESCRIPTIONS.has(m.head ?? '') ? namedOrganisationBefore(m) : null);
      if (described !== null) {
        entityOf[m.index] = described;
        continue;
      }
      const key = m.name.length > 0 ? m.name.join(' ').toLowerCase() : (m.head ?? m.title ?? '');
      let e = m.name.length > 0 ? orgByName.get(key) : m.definite ? lastByHead.get(`org:${m.head}`) : undefined;
      if (e === undefined) {
        e = newEntity('organisation', m.name.length > 0 ? m.name.join(' ') : labelOf(text, tokens, m));
        if (m.name.length > 0) orgByName.set(key, e);
      }
      lastByHead.set(`org:${m.head ?? key}`, e);
      entityOf[m.index] = e;
    } else if (m.kind === 'role' || m.kind === 'anonymous') {
      entityOf[m.index] = resolveRole(m);
    }
  }

  /**
   * "Kieran’s parents said in a statement … “…,” the statement said": whoever issued the statement
   * the article mentioned last — the subject of the sentence that mentions it.
   */
  function issuerOfEarlierDocument(m: Mention): number | null {
    const head = m.head ?? '';
    const paragraph = (tokens[m.first] as Token).paragraph;
    for (let i = m.first - 1; i >= 0 && m.first - i <= 400; i--) {
      const t = tokens[i] as Token;
      if (paragraph - t.paragraph > TITLE_PARAGRAPH_WINDOW) return null;
      if (t.kind !== 'word' || t.norm !== head) continue;
      for (const k of mentionsOfSentence.get(t.sentence) ?? []) {
        const c = mentions[k] as Mention;
        if (c.first >= m.first) break;
        if (c.nested || c.head === head || c.kind === 'pronoun' || c.kind === 'author') continue;
        const e = entityOf[c.index];
        if (e !== null && e !== undefined) return e;
      }
      return null;
    }
    return null;
  }

  /** "Shares in Pellow & Grant fell… the retailer said": the organisation named just before. */
  function namedOrganisationBefore(m: Mention): number | null {
    const paragraph = (tokens[m.first] as Token).paragraph;
    for (let k = m.index - 1; k >= 0 && m.index - k <= MENTION_LOOKBACK; k--) {
      const c = mentions[k] as Mention;
      if (paragraph - (tokens[c.first] as Token).paragraph > TITLE_PARAGRAPH_WINDOW) break;
      if ((c.kind !== 'organisation' && c.kind !== 'name') || c.name.length === 0 || c.nested || c.possessive) continue;
      const e = entityOf[c.index];
      if (e !== null && e !== undefined && (drafts[e] as EntityDraft).kind === 'organisation') return e;
    }
    return null;
  }

  function resolveRole(m: Mention): number {
    const head = m.head ?? '';
    const coreferable = m.kind === 'role' && !m.plural && m.title !== null && isCoreferable(tokens, m);
    if (coreferable) {
      const ties = titleTies.get(m.title as string);
      if (ties && ties.size > 0) {
        const best = [...ties].sort((a, b) => b[1] - a[1]);
        if (best.length === 1 || (best[0] as [number, number])[1] > (best[1] as [number, number])[1]) {
          return (best[0] as [number, number])[0];
        }
      }
      // One title, one holder per article: a later "the PM" means whoever "the prime minister" meant.
      const earlier = titleHolder.get(m.title as string);
      if (earlier !== undefined) return earlier;
      // "A senior consultant … said" then "the consultant said": the same (unnamed) person.
      // (Titles are left to the named holder below: "as leader … the embattled leader".)
      const sameHead = TITLE_NOUNS.has(head) ? undefined : lastByHead.get(`role:${head}`);
      if (sameHead !== undefined) return sameHead;
      const near = head === 'year-old' ? personOfAge(m) ?? nearestPerson(m) : nearestPerson(m);
      if (near !== null) {
        titleHolder.set(m.title as string, near);
        return near;
      }
    }
    // "A spokesman for Harlow Council, Ian Petts, said … the spokesman added": a role the article
    // gave a name keeps it.
    if (m.definite && !m.plural && m.title !== null) {
      // Only a tie made earlier in the article, and for the same role ("housing spokesperson X"
      // later on is not "the prime minister’s official spokesperson").
      const ties = titleTieStarts.get(m.title) ?? (m.title === head ? titleTieStarts.get(head) : undefined);
      const earlier = ties ? [...ties].filter(([, start]) => start < m.start) : [];
      // …unless another "spokesperson" came in since: "A Downing Street spokesperson said …
      // “…,” the spokesperson said" is the Downing Street one.
      const since = lastByHeadStart.get(`role:${head}`) ?? -1;
      if (earlier.length === 1 && (earlier[0] as [number, number])[1] > since) return (earlier[0] as [number, number])[0];
    }
    const key = `role:${head}`;
    const previous = lastByHead.get(key);
    if (m.definite && previous !== undefined) {
      lastByHeadStart.set(key, m.start);
      return previous;
    }
    const e = newEntity(m.kind === 'anonymous' ? 'anonymous' : 'role', labelOf(text, tokens, m), head);
    if (m.gender) (drafts[e] as EntityDraft).gender = m.gender;
    lastByHead.set(key, e);
    lastByHeadStart.set(key, m.start);
    return e;
  }

  /** "captain Lucas Ferreira, 31, … the 31-year-old said": the person the article gave that age. */
  function personOfAge(m: Mention): number | null {
    const age = (tokens[m.last - 1] as Token).text.split('-')[0];
    for (let k = m.index - 1; k >= 0 && m.index - k <= MENTION_LOOKBACK; k--) {
      const c = mentions[k] as Mention;
      if (c.kind !== 'person') continue;
      const comma = tokens[c.last];
      const number = tokens[c.last + 1];
      if (comma?.text === ',' && number?.text === age) return entityOf[c.index] ?? null;
    }
    return null;
  }

  /** "Sir Alan Brennan has said… The prime minister confirmed": the closest named person before. */
  function nearestPerson(m: Mention): number | null {
    // "the German chancellor" may name someone new; "said the Japan international" right after a
    // sentence about Sasaki names Sasaki: with a nationality, only the previous sentence's subject.
    let qualified = false;
    for (let i = m.first; i < m.last - 1; i++) if ((tokens[i] as Token).tags.some((t) => PLACE_TAGS.has(t))) qualified = true;
    const sentence = (tokens[m.first] as Token).sentence;
    if (qualified) return previousSentenceSubject(sentence);
    const paragraph = (tokens[m.first] as Token).paragraph;
    for (let k = m.index - 1; k >= 0 && m.index - k <= MENTION_LOOKBACK; k--) {
      const c = mentions[k] as Mention;
      const ct = tokens[c.first] as Token;
      if (sentence - ct.sentence > TITLE_SENTENCE_WINDOW || paragraph - ct.paragraph > TITLE_PARAGRAPH_WINDOW) break;
      if ((c.kind !== 'person' && c.kind !== 'name') || paragraphs[ct.paragraph]?.isCaption) continue;
      const e = entityOf[c.index];
      if (e === null || e === undefined) continue;
      const d = drafts[e] as EntityDraft;
      if (d.kind !== 'person') continue;
      // A person the article gives another office is someone else ("the foreign secretary" is not
      // "Prime Minister X"); descriptions ("the 23-year-old", "the midfielder") do not conflict.
      const office = TITLE_NOUNS.has(m.head ?? '');
      const conflicting = office && [...d.titles.keys()].some((t) => t !== m.title && TITLE_NOUNS.has(t.split(' ').pop() ?? ''));
      if (!conflicting) return e;
    }
    return null;
  }

  function previousSentenceSubject(sentence: number): number | null {
    for (const k of mentionsOfSentence.get(sentence - 1) ?? []) {
      const c = mentions[k] as Mention;
      const e = entityOf[c.index];
      if (c.nested || e === null || e === undefined) continue;
      return (drafts[e] as EntityDraft).kind === 'person' ? e : null;
    }
    return null;
  }

  // 4. Pronouns, in reading order, so that a pronoun can lean on an earlier one.
  for (const m of mentions) {
    if (m.kind !== 'pronoun') continue;
    const e = resolvePronoun(m);
    entityOf[m.index] = e;
    if (e !== null && m.gender && !(drafts[e] as EntityDraft).gender && (drafts[e] as EntityDraft).kind === 'person') {
      (drafts[e] as EntityDraft).gender = m.gender;
    }
  }

  function compatible(p: Mention, c: Mention, e: number): boolean {
    const d = drafts[e] as EntityDraft;
    const pronoun = p.pronoun ?? '';
    if (d.kind === 'author') return false;
    if (pronoun === 'it' || pronoun === 'its') return d.kind === 'organisation';
    if (pronoun === 'they' || pronoun === 'their' || pronoun === 'them') {
      return d.kind === 'organisation' || c.plural || (d.kind !== 'person' && d.gender === null);
    }
    if (d.kind === 'organisation' || c.plural) return false;
    return d.gender === null || d.gender === p.gender;
  }

  function resolvePronoun(p: Mention): number | null {
    const pt = tokens[p.first] as Token;
    if (p.pronoun === 'we') return null;
    // "Her mother, she says, was her first critic": a reporting aside does not refer to the
    // phrase it interrupts.
    const parenthetical = tokens[p.first - 1]?.text === ',' && cueFirsts.has(p.last);
    let clausesSeen = 0;
    let currentClause = pt.clause;
    // Within a clause the first compatible mention wins (subjects come first), and a mention whose
    // gender is known to match beats one whose gender is unknown ("Mark Ellis and Sophie Turnbull … she").
    let clauseFirstCandidate: number | null = null;
    let clauseFirstExact: number | null = null;
    let sawCandidateInClause = false;
    let clauseDemoted: number | null = null;
    let indefiniteFallback: number | null = null;
    let tentative: number | null = null;
    let tentativeSentence = -1;
    for (let k = p.index - 1; k >= 0 && p.index - k <= MENTION_LOOKBACK; k--) {
      const c = mentions[k] as Mention;
      const ct = tokens[c.first] as Token;
      if (pt.paragraph - ct.paragraph > PRONOUN_PARAGRAPH_WINDOW) break;
      if (ct.clause !== currentClause) {
        if (clauseFirstExact !== null) return clauseFirstExact;
        if (tentative !== null) return tentative; // the look-back clause had no better match
        if (sawCandidateInClause) {
          // "…Cathal Ó Broin heard her and would not leave until she let him record her": a
          // candidate of unknown gender; one clause further back, someone known to match wins.
          // Only within the pronoun's own sentence: across sentences the nearer subject stands.
          if (p.gender === null || tentativeSentence !== pt.sentence) return clauseFirstCandidate;
          tentative = clauseFirstCandidate;
          sawCandidateInClause = false;
          clauseFirstCandidate = null;
          clauseDemoted = null;
          currentClause = ct.clause;
          clausesSeen++;
        }
        if (clauseDemoted !== null) return clauseDemoted;
        clausesSeen += currentClause - ct.clause;
        if (clausesSeen > PRONOUN_CLAUSE_WINDOW) break;
        currentClause = ct.clause;
      }
      // Possessors ("Lorna Baptiste’s husband") stay candidates, after the phrase that holds them.
      if (paragraphs[ct.paragraph]?.isCaption && ct.paragraph !== pt.paragraph) continue;
      if (c.kind === 'name' && entityOf[c.index] === null) continue;
      if (c.last > p.first) continue; // "His neighbour, Sian Ellis": not the phrase holding the pronoun
      if (isPredicative(tokens, c)) continue; // "as the lighthouse keeper Nell", "was his deputy"
      if (parenthetical && ct.clause === pt.clause) continue;
      // Object and possessive pronouns ("alongside him", "his country") do not carry a chain.
      if (c.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(c.pronoun ?? '')) continue;
      const e = entityOf[c.index];
      if (e === null || e === undefined || !compatible(p, c, e)) continue;
      // "Her mother, she says, was…": a relative named through the pronoun's own chain ("her",
      // "his") is a candidate only when the clause offers nobody else.
      if (POSSESSIVE_DETERMINERS.has((tokens[c.first] as Token).norm) && c.kind !== 'pronoun') {
        clauseDemoted = e;
        continue;
      }
      // "the youngest child of a fisherman and a shopkeeper, she…": someone introduced in passing
      // ("a shopkeeper") is the antecedent only if nobody else is in reach.
      // ("An RSF commander, who …, told residents" opens its sentence: that one is a subject.)
      const inPassing = firstMentionOfSentence.get(ct.sentence) !== c.index;
      if (c.kind === 'anonymous' && !c.definite && inPassing && p.pronoun !== 'they' && p.pronoun !== 'their' && p.pronoun !== 'them') {
        indefiniteFallback ??= e;
        continue;
      }
      clauseFirstCandidate = e;
      tentativeSentence = ct.sentence;
      // Only a named person's known gender outranks clause order: "her daughter" does not beat
      // "Singer Zara Okoro" for "she".
      if (p.gender !== null && (c.kind === 'person' || c.kind === 'pronoun') && (drafts[e] as EntityDraft).kind === 'person' && (drafts[e] as EntityDraft).gender === p.gender) {
        clauseFirstExact = e;
      }
      sawCandidateInClause = true;
    }
    if (clauseFirstExact !== null) return clauseFirstExact;
    if (tentative !== null) return tentative;
    return sawCandidateInClause ? clauseFirstCandidate : (clauseDemoted ?? indefiniteFallback);
  }

  // 5. Names: the fullest form seen, completed from the whole text ("Sir Alan" → "Alan Brennan").
  const evidence = collectNameEvidence(text);
  const entities: Entity[] = drafts.map((d, id) => ({
    id,
    kind: d.kind,
    name: d.kind === 'person' ? personName(d, evidence) : d.label,
    honorific: mostFrequent(d.honorifics),
    gender: d.gender,
  }));
  return { entities, entityOf };
}

/** "as the keeper Nell Tregarthen", "he was Jeremy’s deputy": a predicate names no new antecedent. */
function isPredicative(tokens: readonly Token[], m: Mention): boolean {
  let i = m.first - 1;
  if (tokens[i]?.kind === 'word' && DETERMINER_SKIP.has((tokens[i] as Token).norm)) i--; // "in The Lighthouse Keepers"
  const before = tokens[i];
  if (!before || before.kind !== 'word' || before.sentence !== (tokens[m.first] as Token).sentence) return false;
  return PREDICATE_MARKERS.has(before.norm);
}

// Predicates ("as the keeper", "was his deputy") and objects of prepositions ("children of a
// fisherman", "in The Lighthouse Keepers") are not where a later he or she points.
const DETERMINER_SKIP = new Set(['the', 'a', 'an']);
const PREDICATE_MARKERS = new Set([
  'as', 'was', 'is', 'were', 'are', 'became', 'becomes', 'been', 'be', 'named', 'appointed', 'playing', 'played',
  'of', 'in', 'into', 'than', 'like', 'by',
]);

/**
 * "the midfielder", "the prime minister", "the 23-year-old" may name someone the article named;
 * "her daughter", "the prime minister’s spokesman", "a source" and "the woman" do not.
 */
function isCoreferable(tokens: readonly Token[], m: Mention): boolean {
  if (NON_COREFERENT_ROLES.has(m.head ?? '')) return false;
  for (let i = m.first; i < m.last - 1; i++) if ((tokens[i] as Token).possessive) return false;
  const first = tokens[m.first] as Token;
  return !POSSESSIVE_DETERMINERS.has(first.norm);
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** "By Miriam Fox, chief executive of …" in the first paragraphs: the writer behind "I". */
function bylineName(tokens: readonly Token[], mentions: readonly Mention[], paragraphs: readonly Paragraph[]): string | null {
  const starts = new Map<number, Mention>();
  for (const m of mentions) if ((m.kind === 'person' || m.kind === 'name') && !starts.has(m.first)) starts.set(m.first, m);
  let i = 0;
  for (const p of paragraphs.slice(0, 3)) {
    while (i < tokens.length && (tokens[i] as Token).paragraph < p.index) i++;
    const by = tokens[i];
    if (by && by.paragraph === p.index && by.text === 'By') {
      const m = starts.get(i + 1);
      if (m && m.name.length > 0) return m.name.join(' ');
    }
  }
  return null;
}

function nameKind(tokens: readonly Token[], m: Mention): EntityKind {
  const t = tokens[m.first] as Token;
  return t.tags.some((x) => x === 'LastName' || x === 'FirstName' || x === 'MaleName' || x === 'FemaleName')
    ? 'person'
    : 'organisation';
}

function labelOf(text: string, tokens: readonly Token[], m: Mention): string {
  if (m.name.length > 0) return m.name.join(' ');
  // The phrase without its determiner: "the prime minister’s official spokesman" → "prime minister’s official spokesman".
  let first = m.first;
  const t = tokens[first] as Token;
  if (m.last - m.first > 1 && !t.possessive && /^(?:the|a|an|one|another|some|several|his|her|their|its|our|my)$/iu.test(t.text)) {
    first++;
  }
  return text.slice((tokens[first] as Token).start, m.end).replace(/(?:[’']s|[’'])$/u, '');
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

function collectNameEvidence(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(NAME_EVIDENCE)) {
    const words = m[0].split(/[ \u00a0]+/u).map((w) => w.replace(/(?:[’']s|[’'])$/u, ''));
    // Drop leading titles and honorifics: "Prime Minister Sir Alan Brennan" → "Alan Brennan".
    while (words.length > 0 && (HONORIFICS.has((words[0] as string).toLowerCase()) || TITLE_NOUNS.has((words[0] as string).toLowerCase()) || NEVER_NAMES.has((words[0] as string).toLowerCase()) || (words[0] as string).toLowerCase() === 'prime')) {
      words.shift();
    }
    if (words.length < 2) continue;
    const key = words.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function personName(d: EntityDraft, evidence: ReadonlyMap<string, number>): string {
  const forms = [...d.forms.values()];
  if (forms.length === 0) return d.label;
  const longest = Math.max(...forms.map((f) => f.tokens.length));
  const candidates = forms.filter((f) => f.tokens.length === longest);
  candidates.sort((a, b) => b.count - a.count || b.cued - a.cued || b.first - a.first);
  const best = candidates[0] as (typeof forms)[number];
  if (longest > 1) return best.tokens.join(' ');
  // Only a short form in the running text: complete it from a full form elsewhere (even in a quote).
  const alias = best.tokens[0] as string;
  const firstNameAlias = [...d.honorifics.keys()].some((h) => HONORIFICS.get(h.toLowerCase())?.firstName === true);
  const completions = new Map<string, number>();
  for (const [form, count] of evidence) {
    const words = form.split(' ');
    const word = firstNameAlias ? words[0] : words[words.length - 1];
    if (word !== undefined && sameNameToken(word, alias) !== null) completions.set(form, count);
  }
  const ranked = [...completions].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return alias;
  if (ranked.length > 1 && (ranked[0] as [string, number])[1] === (ranked[1] as [string, number])[1]) return alias;
  return (ranked[0] as [string, number])[0];
}
