import { HONORIFICS, PRONOUNS } from './lexicon/honorifics';
import {
  DETERMINERS,
  INDEFINITE_DETERMINERS,
  NAME_PARTICLES,
  NEVER_NAMES,
  PLACE_TAGS,
} from './lexicon/function-words';
import {
  AUTHOR_LABELS,
  INTERVIEWEE_LABELS,
  ORGANISATION_NAME_WORDS,
  ORGANISATION_NOUNS,
  OWN_ROLE_NOUNS,
  TITLE_NOUNS,
  TITLE_SYNONYMS,
} from './lexicon/roles';
import type { Gender, Mention, MentionKind, Sentence, Token } from './types';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific', 'ProperNoun']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
const CLOSED_CLASS_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Modal',
  'Auxiliary', 'Expression', 'Negative', 'PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Verb',
  'WeekDay', 'Month', 'Date', 'Cardinal', 'Ordinal', 'Value', 'TextValue',
]);
const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary']);
const NOT_NAME_STARTS = new Set(['Adverb', 'Gerund', 'PastTense', 'Expression', 'Adjective', 'Comparative', 'Superlative']);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Verb', 'Copula', 'Modal', 'Auxiliary']);
const GENDERED_ROLES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['chairman', 'male'], ['chairwoman', 'female'],
  ['mother', 'female'], ['daughter', 'female'], ['wife', 'female'], ['sister', 'female'], ['woman', 'female'],
  ['girl', 'female'], ['mum', 'female'], ['grandmother', 'female'], ['queen', 'female'], ['princess', 'female'],
  ['actress', 'female'], ['congresswoman', 'female'], ['baroness', 'female'], ['father', 'male'], ['son', 'male'],
  ['husband', 'male'], ['brother', 'male'], ['man', 'male'], ['boy', 'male'], ['dad', 'male'],
  ['grandfather', 'male'], ['king', 'male'], ['prince', 'male'], ['congressman', 'male'], ['lord', 'male'],
]);
const CONTRACTION = /^(\p{L}+)[’'](?:[dms]|re|ve|ll)$/u;
const ROLE_MODIFIER_LIMIT = 6;
const OF_PHRASE = new Set(['for', 'of', 'at', 'from']);
const WORK_NOUNS = new Set([
  'album', 'film', 'movie', 'book', 'novel', 'memoir', 'song', 'single', 'show', 'series', 'play', 'programme',
  'program', 'documentary', 'podcast', 'track', 'record', 'collection', 'poem', 'opera', 'musical', 'painting',
  'exhibition', 'drama', 'sitcom', 'episode', 'report', 'campaign', 'app', 'game', 'brand', 'magazine',
]);
const OCCUPATION_SUFFIX = /(?:ist|ian|er|or)$/u;
const PARTY_TAG = /^[DRI]-\p{Lu}/u;
const AGE_DESCRIPTION = /^\d{1,3}-year-old$/u;
const DEMONYM_NOUN = /^(?:dutch|french|english|irish|welsh|scots|cornish|manx|swiss)(?:wo)?man$|^(?:scot|brit|swede|dane|finn|pole|spaniard|turk|kiwi|aussie)$/u;
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor']);
/** Words that end a role phrase on the left even when the dictionary does not know them. */
const MODIFIER_STOPS = new Set([
  'and', 'or', 'but', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'to', 'of', 'in', 'on', 'at',
  'by', 'for', 'with', 'from', 'said', 'says', 'told', 'is', 'was', 'are', 'were', 'be', 'been', 'has',
  'have', 'had', 'not', 'also', 'when', 'while', 'if', 'because', 'after', 'before', 'about', 'like',
]);

const hasAny = (tags: readonly string[], set: ReadonlySet<string>): boolean => tags.some((t) => set.has(t));
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

function roleClass(norm: string): 'title' | 'own' | 'org' | null {
  const singular = singularOf(norm);
  if (TITLE_NOUNS.has(norm) || TITLE_NOUNS.has(singular)) return 'title';
  if (OWN_ROLE_NOUNS.has(norm)) return 'own';
  if (ORGANISATION_NOUNS.has(norm) || ORGANISATION_NOUNS.has(singular)) return 'org';
  return null;
}

function singularOf(norm: string): string {
  if (norm.endsWith('ies')) return `${norm.slice(0, -3)}y`;
  if (norm.endsWith('s') && !norm.endsWith('ss')) return norm.slice(0, -1);
  return norm;
}

const PLURAL_NOUNS = new Set(['people', 'police', 'staff', 'crew', 'public', 'children', 'men', 'women', 'folk', 'team', 'family', 'families']);

function isPlural(norm: string): boolean {
  return PLURAL_NOUNS.has(norm) || (singularOf(norm) !== norm && !TITLE_NOUNS.has(norm) && norm !== 'news');
}

/** Sentence-initial words are capitalised whatever they are: only clear name evidence counts there. */
function isNameToken(tokens: readonly Token[], i: number, sentenceStart: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  if (!t.capitalised) return false;
  if (HONORIFICS.has(t.norm)) return true;
  if (NEVER_NAMES.has(t.norm) && !hasAny(t.tags, NAME_TAGS)) return false;
  if (hasAny(t.tags, NAME_TAGS) || hasAny(t.tags, PLACE_TAGS) || t.tags.includes('Organization')) return true;
  if (!sentenceStart) return !hasAny(t.tags, CLOSED_CLASS_TAGS) || /^\p{Lu}{2,}$/u.test(t.text);
  if (hasAny(t.tags, CLOSED_CLASS_TAGS)) return false;
  const next = tokens[i + 1];
  if (t.possessive) return t.tags.length === 0;
  // "Downing Street", "Arben Duka": a capitalised run of two; "Return hubs": a common noun.
  return isWord(next) && next.capitalised && next.sentence === t.sentence && !NEVER_NAMES.has(next.norm);
}

/** "Park Ji-woo said": a sentence-initial common word before an unknown capitalised word starts a name. */
function startsNameBeforeUnknown(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!isWord(t) || !t.capitalised || NEVER_NAMES.has(t.norm) || hasAny(t.tags, FUNCTION_TAGS)) return false;
  if (hasAny(t.tags, NOT_NAME_STARTS)) return false;
  if (isWord(next) && next.sentence === t.sentence && NAME_PARTICLES.has(next.norm) && !next.capitalised) {
    // "Matthijs de Groot said": a particle, then the capitalised surname.
    const after = tokens[i + 2];
    return isWord(after) && after.capitalised && after.sentence === t.sentence;
  }
  return isWord(next) && next.capitalised && next.sentence === t.sentence && next.tags.length === 0 && !NEVER_NAMES.has(next.norm);
}

/** Inside a name a capitalised word may be a verb elsewhere: "Graham Fell", "Sarah Said". */
function isNameContinuation(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!isWord(t) || !t.capitalised || !isWord(prev) || prev.sentence !== t.sentence) return false;
  // Mid-sentence, a capitalised word right after a name word is part of the name whatever the
  // dictionary says it is elsewhere: "Graham Fell", "Aldgate Building Society".
  return !NEVER_NAMES.has(t.norm) && !hasAny(t.tags, FUNCTION_TAGS);
}

/** "van Rijn said", "de Groot wrote": a surname led by a lower-case particle. */
function isLeadingParticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!isWord(t) || t.capitalised || !LEADING_PARTICLES.has(t.norm) || !isWord(next) || next.sentence !== t.sentence) return false;
  if (isWord(prev) && prev.capitalised && prev.sentence === t.sentence) return false; // inside a run already
  return next.capitalised && !NEVER_NAMES.has(next.norm);
}

const LEADING_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'ter', 'ten', 'dos', 'das', 'du']);

/** "Van der Meulen said": a name particle capitalised at the start of a sentence. */
function isCapitalisedParticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return isWord(t) && NAME_PARTICLES.has(t.norm) && isWord(next) && next.sentence === t.sentence && (next.capitalised || NAME_PARTICLES.has(next.norm));
}

function isParticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // "Bank of England", "University of Leeds", "Department of Health".
  const prev = tokens[i - 1];
  if (isWord(t) && t.norm === 'of' && isWord(prev) && prev.capitalised && (ORGANISATION_NAME_WORDS.has(prev.norm) || ORGANISATION_NOUNS.has(prev.norm)) && isWord(next) && next.capitalised && next.sentence === t.sentence) {
    return true;
  }
  // "Pellow & Grant": an ampersand between capitalised words joins one name.
  if (t?.text === '&') return isWord(next) && next.capitalised && next.sentence === t.sentence;
  if (!isWord(t) || t.capitalised) return false;
  const base = t.norm.split(/[-‑]/u)[0] ?? '';
  if (!NAME_PARTICLES.has(base)) return false;
  if (base !== t.norm) return /[-‑]\p{Lu}/u.test(t.text); // "al-Sham"
  // "van der Linden": particles may follow one another before the capitalised part.
  return isWord(next) && next.sentence === t.sentence && (next.capitalised || (NAME_PARTICLES.has(next.norm) && isWord(tokens[i + 2]) && (tokens[i + 2] as Token).capitalised));
}

interface Draft {
  kind: MentionKind;
  first: number;
  last: number;
  name: string[];
  honorific: string | null;
  title: string | null;
  head: string | null;
  gender: Gender;
  possessive: boolean;
  pronoun: string | null;
  nested: boolean;
  definite: boolean;
  plural: boolean;
}

/**
 * Who could be speaking: names ("Sir Alan Brennan", "Arben Duka"), pronouns ("he"), role phrases
 * ("the prime minister’s official spokesman", "one shadow cabinet minister"), organisations
 * ("the newspaper", "Downing Street") and the author ("Me: …").
 */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  cueTokens: ReadonlySet<number> = new Set(),
): Mention[] {
  const drafts: Draft[] = [];
  const sentenceStartAt = new Set<number>();
  for (const s of sentences) {
    // The first word starts the sentence, also after a dash or bracket; after a quote
    // (“…,” Okafor said) the sentence has already begun.
    let i = s.first;
    while (i < s.last && (tokens[i] as Token).kind === 'punct') i++;
    if ((tokens[i] as Token | undefined)?.kind === 'word') sentenceStartAt.add(i);
  }
  // Words the article capitalises mid-sentence as names ("Goals from Mo Kader…"): at the start
  // of a sentence they are names too ("Kader, who has scored 14 goals, said…").
  const knownNames = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (t.kind === 'word' && t.capitalised && prev.sentence === t.sentence && prev.kind === 'word' && !hasAny(t.tags, FUNCTION_TAGS) && !NEVER_NAMES.has(t.norm) && !HONORIFICS.has(t.norm) && roleClass(t.norm) === null) {
      knownNames.add(t.norm);
    }
  }
  const inName = new Uint8Array(tokens.length);
  const nameStartingAt = new Map<number, Draft>();
  const inRole = new Uint8Array(tokens.length);

  // Name runs: capitalised tokens, honorifics and particles.
  for (let i = 0; i < tokens.length; i++) {
    // "Okafor says…": an unknown capitalised word right before a reporting verb is a name.
    const beforeCue = cueTokens.has(i + 1) && (tokens[i] as Token).capitalised && (tokens[i] as Token).tags.length === 0;
    const start = sentenceStartAt.has(i);
    const known =
      (tokens[i] as Token).capitalised && (knownNames.has((tokens[i] as Token).norm) || (start && isCapitalisedParticle(tokens, i)));
    const particleLed = isLeadingParticle(tokens, i);
    if (!beforeCue && !known && !particleLed && !isNameToken(tokens, i, start) && !(start && startsNameBeforeUnknown(tokens, i))) continue;
    if (isDemonymDescription(tokens, i, cueTokens)) continue; // "the Dutchman told…": a description, below
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (j > i && t.sentence !== (tokens[i] as Token).sentence) break;
      const ok = j === i || isNameToken(tokens, j, false) || isParticle(tokens, j) || isNameContinuation(tokens, j);
      if (!ok) {
        // "Mr. Smith": the full stop after an honorific stays inside the name.
        const prev = tokens[j - 1] as Token;
        if (t.text === '.' && HONORIFICS.has(prev.norm) && isNameToken(tokens, j + 1, false)) {
          j++;
          continue;
        }
        break;
      }
      j++;
      if (t.possessive) break;
    }
    const draft = nameDraft(tokens, i, j);
    if (draft) {
      drafts.push(draft);
      nameStartingAt.set(draft.first, draft);
      for (let k = i; k < j; k++) inName[k] = 1;
    }
    i = j - 1;
  }

  // Role phrases: a role noun with its modifiers; followed by a name, the role is that person's title.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Capitalised only as the sentence's first word: "Police said", "Critics say".
    if (!isWord(t) || inName[i] || (t.capitalised && !sentenceStartAt.has(i))) continue;
    const next = tokens[i + 1];
    // "meteorologist Dr Oluwaseun Bakare": an occupation the lexicon lacks, known by its suffix
    // and by the name that follows it.
    const nameNext = isWord(next) && next.sentence === t.sentence && next.paragraph === t.paragraph && nameStartingAt.has(i + 1);
    const cls = roleClass(t.norm) ?? (OCCUPATION_SUFFIX.test(t.norm) && !t.capitalised && nameNext && !hasAny(t.tags, CLOSED_CLASS_TAGS) ? 'own' : null);
    if (!cls) continue;
    if (t.possessive && isWord(next) && next.sentence === t.sentence && !next.capitalised) continue; // "minister’s official spokesman"
    if (isWord(next) && !next.capitalised && roleClass(next.norm) && next.sentence === t.sentence) continue; // "prime minister" → head "minister"
    // "Chief meteorologist Dr X", "the international community": the phrase goes on past this noun.
    if (isWord(next) && !next.capitalised && next.sentence === t.sentence && !cueTokens.has(i + 1) && continuesNounPhrase(next)) continue;
    const { first, determiner } = extendRoleLeft(tokens, i, inName);
    const after = (nameNext ? nameStartingAt.get(i + 1) : undefined) ?? appositiveName(tokens, i, nameStartingAt, cueTokens);
    const nameAfter = after && (after.kind === 'person' || after.kind === 'name') ? after : undefined;
    const words = tokens.slice(determiner === null ? first : first + 1, i + 1);
    const title = normaliseTitle(words.map((w) => w.norm).join(' '));
    if (nameAfter && cls !== 'org' && !t.possessive) {
      nameAfter.first = first;
      nameAfter.kind = 'person';
      nameAfter.title = nameAfter.title ?? title;
      nameAfter.gender = nameAfter.gender ?? GENDERED_ROLES.get(t.norm) ?? null;
      continue;
    }
    const det = determiner === null ? null : (tokens[first] as Token).norm;
    const possessor = words.some((w) => w.possessive);
    const definite = (det !== null && !INDEFINITE_DETERMINERS.has(det)) || possessor;
    const plural = isPlural(t.norm);
    let kind: MentionKind;
    if (cls === 'org') kind = 'organisation';
    else if (!definite || plural) kind = 'anonymous';
    else kind = 'role';
    if ((t.norm === 'statement' || t.norm === 'report') && det !== 'the') continue; // "in a statement" is where, not who
    // "government policy" is no speaker; "police said", "said police" are.
    const nextToCue = cueTokens.has(i + 1) || cueTokens.has(first - 1);
    if (cls === 'org' && det === null && !possessor && !words.some((w) => w.capitalised && w.index !== i) && !nextToCue) continue;
    for (let k = first; k <= i; k++) inRole[k] = 1;
    drafts.push({
      kind,
      first,
      last: i + 1,
      name: [],
      honorific: null,
      title,
      head: singularOf(t.norm),
      gender: GENDERED_ROLES.get(t.norm) ?? null,
      possessive: t.possessive,
      pronoun: null,
      nested: false,
      definite,
      plural,
    });
  }

  // Descriptions that refer back to a named person: "the 23-year-old", "the Dutchman".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const det = tokens[i - 1] as Token;
    if (det.kind !== 'word' || det.norm !== 'the' || det.sentence !== t.sentence || inName[i] || inRole[i]) continue;
    const age = t.kind === 'number' && AGE_DESCRIPTION.test(t.text);
    const demonym = isDemonymDescription(tokens, i, cueTokens);
    if (!age && !demonym) continue;
    drafts.push({
      kind: 'role',
      first: i - 1,
      last: i + 1,
      name: [],
      honorific: null,
      title: t.norm,
      head: age ? 'year-old' : t.norm,
      gender: /woman$/u.test(t.norm) ? 'female' : /man$/u.test(t.norm) ? 'male' : null,
      possessive: t.possessive,
      pronoun: null,
      nested: false,
      definite: true,
      plural: false,
    });
  }

  // Pronouns and dialogue labels.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t) || inName[i]) continue;
    const lower = t.text.toLowerCase();
    const base = CONTRACTION.exec(lower)?.[1] ?? lower;
    const info = PRONOUNS.get(base);
    const next = tokens[i + 1];
    const label = sentenceStartAt.has(i) && next?.text === ':' && tokens[i + 2]?.kind === 'quote';
    if (info) {
      const author = info.person === 1 && base !== 'we';
      drafts.push({
        kind: author ? 'author' : 'pronoun',
        first: i,
        last: i + 1,
        name: [],
        honorific: null,
        title: null,
        head: null,
        gender: info.gender,
        possessive: base === 'his' || base === 'her' || base === 'their' || base === 'its' || base === 'my',
        pronoun: base,
        nested: false,
        definite: true,
        plural: info.plural,
      });
    } else if (label && isSpeakerLabel(t) && !inRole[i]) {
      // "Daughter: “…”" — a speaker label in an interview or dialogue transcript; "Mensah: ‘…’" — a
      // headline credit by surname (kept only if the surname names a person, see dialogue-label).
      const author = AUTHOR_LABELS.has(t.norm);
      const surname = t.tags.length === 0 && !INTERVIEWEE_LABELS.has(t.norm);
      drafts.push({
        kind: author ? 'author' : surname ? 'name' : 'role',
        first: i,
        last: i + 1,
        honorific: null,
        name: surname ? [t.text] : [],
        title: author || surname ? null : t.norm,
        head: surname ? null : t.norm,
        gender: GENDERED_ROLES.get(t.norm) ?? null,
        possessive: false,
        pronoun: null,
        nested: false,
        definite: true,
        plural: false,
      });
    }
  }

  drafts.sort((a, b) => a.first - b.first || b.last - a.last);
  // A mention inside a longer one is its possessor ("Sir Alan’s counterpart Arben Duka").
  let outerEnd = -1;
  for (const d of drafts) {
    if (d.last <= outerEnd) d.nested = true;
    else outerEnd = d.last;
  }
  return drafts.map((d, index) => {
    const first = tokens[d.first] as Token;
    const last = tokens[d.last - 1] as Token;
    return {
      index,
      kind: d.kind,
      first: d.first,
      last: d.last,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      name: d.name,
      honorific: d.honorific,
      title: d.title,
      head: d.head,
      gender: d.gender,
      possessive: d.possessive,
      pronoun: d.pronoun,
      nested: d.nested,
      definite: d.definite,
      plural: d.plural,
    };
  });
}

/**
 * "Its spokesman, Dmitry Peskov, said" / "The transport secretary, Louise Haigh, said": a name
 * between commas right after a role phrase is that role's holder.
 */
function appositiveName(
  tokens: readonly Token[],
  head: number,
  names: ReadonlyMap<number, Draft>,
  cueTokens: ReadonlySet<number>,
): Draft | undefined {
  let comma = head + 1;
  // "A spokesman for Harlow Council, Ian Petts, said": skip a short "for/of/at …" phrase.
  if (tokens[comma]?.kind === 'word' && OF_PHRASE.has((tokens[comma] as Token).norm)) {
    let k = comma + 1;
    while (k < tokens.length && k - comma <= 8 && tokens[k]?.kind === 'word' && tokens[k]?.sentence === tokens[head]?.sentence) k++;
    comma = k;
  }
  if (tokens[comma]?.text !== ',') return undefined;
  const name = names.get(comma + 1);
  if (!name || name.kind === 'organisation') return undefined;
  const after = tokens[name.last];
  const closes =
    !after || after.text === ',' || after.sentence !== (tokens[head] as Token).sentence || cueTokens.has(name.last) ||
    (after.kind === 'punct' && /^[.!?;]$/u.test(after.text));
  return closes ? name : undefined;
}

/** A lower-case word that is more noun than anything else: the noun phrase continues through it. */
function continuesNounPhrase(t: Token): boolean {
  if (hasAny(t.tags, CLOSED_CLASS_TAGS) || hasAny(t.tags, VERB_TAGS) || MODIFIER_STOPS.has(t.norm)) return false;
  if (t.tags.length === 0) return !/(?:ed|ing|ly)$/u.test(t.norm);
  return hasAny(t.tags, NOUN_TAGS);
}

/** "the Dutchman told…", "the Brazilian said": a nationality used as a noun, after "the". */
function isDemonymDescription(tokens: readonly Token[], i: number, cueTokens: ReadonlySet<number>): boolean {
  const t = tokens[i];
  const det = tokens[i - 1];
  if (!isWord(t) || !t.capitalised || !isWord(det) || det.norm !== 'the' || det.sentence !== t.sentence) return false;
  if (!t.tags.includes('Demonym') && !DEMONYM_NOUN.test(t.norm)) return false;
  const next = tokens[i + 1];
  // "the Dutch government", "the French Open": the demonym is an adjective there.
  return !(isWord(next) && next.sentence === t.sentence && (next.capitalised || (!cueTokens.has(i + 1) && next.tags.some((x) => NOUN_TAGS.has(x)))));
}

/** "Daughter:", "Me:", "Interviewer:" — not "Welfare:" or "Image:". */
function isSpeakerLabel(t: Token): boolean {
  return (
    AUTHOR_LABELS.has(t.norm) || (INTERVIEWEE_LABELS.has(t.norm) && t.capitalised) || roleClass(t.norm) !== null || hasAny(t.tags, FIRST_NAME_TAGS) || t.tags.includes('Actor') ||
    (t.capitalised && t.tags.length === 0)
  );
}

function normaliseTitle(title: string): string {
  const words = title.split(' ');
  const last2 = words.slice(-2).join(' ');
  const last1 = words[words.length - 1] ?? '';
  if (TITLE_SYNONYMS.has(last2)) return [...words.slice(0, -2), TITLE_SYNONYMS.get(last2)].join(' ');
  if (TITLE_SYNONYMS.has(last1)) return [...words.slice(0, -1), TITLE_SYNONYMS.get(last1)].join(' ');
  return title;
}

/** Modifiers of a role noun back to its determiner: "one shadow cabinet **minister**". */
function extendRoleLeft(tokens: readonly Token[], head: number, inName: Uint8Array): { first: number; determiner: number | null } {
  const h = tokens[head] as Token;
  // "the transport minister": with a determiner in reach, verb-shaped words between are modifiers.
  for (let j = head - 1; j >= 0 && head - j <= 3; j--) {
    const t = tokens[j] as Token;
    const acronym = /^\p{Lu}{2,}$/u.test(t.text); // "the US state department": US is a name here
    if (t.sentence !== h.sentence || t.kind !== 'word' || MODIFIER_STOPS.has(t.norm) || (hasAny(t.tags, FUNCTION_TAGS) && !DETERMINERS.has(t.norm) && !acronym)) break;
    if (DETERMINERS.has(t.norm)) return { first: j, determiner: j };
  }
  let first = head;
  for (let j = head - 1; j >= 0 && head - j <= ROLE_MODIFIER_LIMIT; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== h.sentence || t.kind !== 'word') break;
    if (DETERMINERS.has(t.norm) && !t.capitalised) return { first: j, determiner: j };
    if (t.capitalised && DETERMINERS.has(t.norm)) return { first: j, determiner: j };
    const modifier =
      t.possessive || inName[j] === 1 || t.capitalised || roleClass(t.norm) !== null ||
      (!MODIFIER_STOPS.has(t.norm) && !hasAny(t.tags, CLOSED_CLASS_TAGS) && !hasAny(t.tags, VERB_TAGS));
    if (!modifier) break;
    first = j;
  }
  // Without a determiner, a leading verb-shaped word is the verb before the phrase ("criticised officials").
  while (first < head) {
    const t = tokens[first] as Token;
    if (t.capitalised || t.possessive || roleClass(t.norm) !== null) break;
    if (!/(?:ed|ing)$/u.test(t.norm)) break;
    first++;
  }
  return { first, determiner: null };
}

/** Classifies a capitalised run [i, j): strips titles and honorifics, keeps the name. */
function nameDraft(tokens: readonly Token[], i: number, j: number): Draft | null {
  const run = tokens.slice(i, j).filter((t) => t.kind === 'word');
  if (run.length === 0) return null;
  // "R-Idaho", "D-N.M.": a US party-and-state tag, not a name.
  if (PARTY_TAG.test((run[0] as Token).text)) return null;
  // "her first album, Amhráin Chois Cuain", "the film Blue Night": a title, not a speaker.
  let w = i - 1;
  if (tokens[w]?.text === ',') w--;
  const work = tokens[w];
  if (isWord(work) && WORK_NOUNS.has(work.norm) && work.sentence === (run[0] as Token).sentence) return null;
  // Leading title words: "Prime Minister", "Albanian Prime Minister", "US President".
  let lastTitle = -1;
  for (let k = 0; k < run.length; k++) {
    const t = run[k] as Token;
    if (HONORIFICS.has(t.norm) && k > 0) break;
    const cls = roleClass(t.norm);
    if ((cls === 'title' || (cls === 'own' && k < run.length - 1)) && !hasAny(t.tags, FIRST_NAME_TAGS)) {
      lastTitle = k;
      continue;
    }
    if (hasAny(t.tags, FIRST_NAME_TAGS) || t.tags.includes('LastName')) break;
    if (k === run.length - 1) break;
  }
  const titleWords = lastTitle >= 0 ? run.slice(0, lastTitle + 1) : [];
  let rest = run.slice(lastTitle + 1);
  let honorific: string | null = null;
  const h = rest[0];
  if (h && HONORIFICS.has(h.norm) && rest.length > 1) {
    honorific = h.text.replace(/\.$/u, '');
    rest = rest.slice(1);
  }
  const last = tokens[j - 1] as Token;
  const title = titleWords.length > 0 ? normaliseTitle(titleWords.map((t) => t.norm).join(' ')) : null;
  const base: Omit<Draft, 'kind' | 'gender'> = {
    first: i,
    last: j,
    name: rest.map((t) => (t.possessive ? t.text.replace(/(?:[’']s|[’'])$/u, '') : t.text)),
    honorific,
    title,
    head: null,
    possessive: last.possessive,
    pronoun: null,
    nested: false,
    definite: true,
    plural: false,
  };
  if (rest.length === 0) {
    // A bare title: "The Prime Minister told…" — a role, definite when "the" precedes it.
    if (!title) return null;
    const before = tokens[i - 1];
    const det = isWord(before) && before.sentence === run[0]?.sentence && DETERMINERS.has(before.norm) ? before : null;
    const headWord = (titleWords[titleWords.length - 1] as Token).norm;
    return {
      ...base,
      first: det ? det.index : i,
      kind: det && INDEFINITE_DETERMINERS.has(det.norm) ? 'anonymous' : 'role',
      head: singularOf(headWord),
      gender: GENDERED_ROLES.get(headWord) ?? null,
      definite: !det || !INDEFINITE_DETERMINERS.has(det.norm),
    };
  }
  const honorificInfo = honorific ? HONORIFICS.get(honorific.toLowerCase()) : undefined;
  const firstTags = (rest[0] as Token).tags;
  const gender: Gender =
    honorificInfo?.gender ?? (firstTags.includes('MaleName') ? 'male' : firstTags.includes('FemaleName') ? 'female' : null);
  const lastNorm = (rest[rest.length - 1] as Token).norm;
  let kind: MentionKind;
  if (honorific || title) kind = 'person';
  else if (tokens.slice(i, j).some((t) => t.text === '&')) kind = 'organisation'; // "Pellow & Grant"
  else if (
    ORGANISATION_NAME_WORDS.has(lastNorm) || rest.some((t) => t.tags.includes('Organization')) ||
    // "Capital Economics": an organisation word anywhere, unless a first name opens the run.
    (!hasAny(firstTags, FIRST_NAME_TAGS) && rest.some((t) => ORGANISATION_NAME_WORDS.has(t.norm)))
  ) {
    kind = 'organisation';
  }
  else if (rest.length === 1 && hasAny(firstTags, PLACE_TAGS)) return null;
  else if (hasAny(firstTags, PLACE_TAGS)) kind = 'organisation'; // "Welsh Senedd", "British Airways"
  else if (rest.every((t) => hasAny(t.tags, PLACE_TAGS))) return null;
  else if (rest.length === 1 && /^\p{Lu}{2,}$/u.test((rest[0] as Token).text)) kind = 'organisation';
  else if (hasAny(firstTags, FIRST_NAME_TAGS)) kind = 'person';
  else if (rest.length >= 2) kind = 'person';
  else kind = 'name';
  return { ...base, kind, gender };
}
