import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFINITE_DETERMINERS, DETERMINERS, INDEFINITE_DETERMINERS } from '../../src/pipeline/lexicon/determiners';
import { LEADING_NAME_PARTICLES, NAME_PARTICLES } from '../../src/pipeline/lexicon/function-words';
import { PRONOUNS, SPECIFIC_NAMERS, SUBJECT_PRONOUNS, THIRD_PERSON_PLURALS, THIRD_PERSON_SUBJECTS } from '../../src/pipeline/lexicon/pronouns';
import {
  AUTHOR_LABELS, GENDERED_ROLES, INTERVIEWEE_LABELS, NON_COREFERENT_ROLES, ORGANISATION_DESCRIPTIONS, ORGANISATION_NOUNS,
  OWN_ROLE_NOUNS, TITLE_NOUNS, TITLE_SYNONYMS,
} from '../../src/pipeline/lexicon/roles';
import { IRREGULAR_FORMS, SPEECH_VERBS } from '../../src/pipeline/lexicon/speech-verbs';
import { WordList, WordMap } from '../../src/pipeline/lexicon/word-list';

/** One lexicon (src/pipeline/lexicon/): every word list lives there, names each word once, and keeps its class. */
const PIPELINE = join(__dirname, '..', '..', 'src', 'pipeline');
const LEXICON = join(PIPELINE, 'lexicon');

function lexiconLists(): [string, readonly unknown[]][] {
  const lists: [string, readonly unknown[]][] = [];
  for (const file of readdirSync(LEXICON).filter((f) => f.endsWith('.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(LEXICON, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (value instanceof WordList) lists.push([`${file} ${name}`, value.listed]);
      else if (value instanceof WordMap) lists.push([`${file} ${name}`, value.listed.map(([k]) => k)]);
    }
  }
  return lists;
}

function duplicatesIn(list: readonly unknown[]): unknown[] {
  return list.filter((w, i) => list.indexOf(w) !== i);
}

function overlap(a: Iterable<string>, b: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] {
  return [...a].filter((w) => b.has(w)).sort();
}

function notIn(a: Iterable<string>, b: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] {
  return [...a].filter((w) => !b.has(w)).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('one lexicon', () => {
  const lists = lexiconLists();

  it('finds the lexicon’s lists (the checks below run over something)', () => {
    expect(lists.length).toBeGreaterThan(40);
  });

  it.each(lists)('%s names each entry once', (_name, listed) => {
    expect(duplicatesIn(listed)).toEqual([]);
  });

  it('reporting verbs and their irregular forms name each form once', () => {
    expect(duplicatesIn(SPEECH_VERBS)).toEqual([]);
    for (const forms of Object.values(IRREGULAR_FORMS)) expect(duplicatesIn(forms)).toEqual([]);
  });

  it('no word list is defined outside src/pipeline/lexicon/', () => {
    // A Set or Map literal of words or code points: `new Set(['a', …])`, `new Map<…>([[…`.
    const literal = /new (?:Set|Map)(?:<(?:string|number)[^>]*>)?\(\[\s*['"[\d]/u;
    // Or an inline list of three words or more: `['he', 'she', 'they'].includes(…)`.
    const inline = /\[\s*'[^']*'(?:\s*,\s*'[^']*'){2,}\s*\]\.(?:includes|indexOf)\(/u;
    const offenders = sourceFiles(PIPELINE)
      .filter((f) => !f.startsWith(LEXICON))
      .filter((f) => {
        const source = readFileSync(f, 'utf8');
        return literal.test(source) || inline.test(source);
      })
      .map((f) => relative(PIPELINE, f));
    expect(offenders).toEqual([]);
  });
});

describe('word classes that must not overlap', () => {
  const people = new Set([...TITLE_NOUNS, ...OWN_ROLE_NOUNS, ...NON_COREFERENT_ROLES, ...GENDERED_ROLES.keys()]);

  it('an organisation noun is never a person noun ("spokesperson" speaks for an organisation)', () => {
    expect(ORGANISATION_NOUNS.has('spokesperson')).toBe(false);
    expect(overlap(ORGANISATION_NOUNS, people)).toEqual([]);
  });

  it('a description of an organisation is never a person noun', () => {
    expect(overlap(ORGANISATION_DESCRIPTIONS, people)).toEqual([]);
  });

  it('a determiner is definite or indefinite, not both', () => {
    expect(overlap(INDEFINITE_DETERMINERS, DEFINITE_DETERMINERS)).toEqual([]);
  });

  it('the author’s labels and the interviewee’s labels are apart', () => {
    expect(overlap(AUTHOR_LABELS, INTERVIEWEE_LABELS)).toEqual([]);
  });
});

describe('word classes that must nest', () => {
  it('indefinite determiners are determiners', () => {
    expect(notIn(INDEFINITE_DETERMINERS, DETERMINERS)).toEqual([]);
  });

  it('a particle that opens a name is a name particle', () => {
    expect(notIn(LEADING_NAME_PARTICLES, NAME_PARTICLES)).toEqual([]);
  });

  it('every pronoun subset names pronouns the engine knows', () => {
    for (const set of [SUBJECT_PRONOUNS, THIRD_PERSON_SUBJECTS, THIRD_PERSON_PLURALS, SPECIFIC_NAMERS]) {
      expect(notIn(set, PRONOUNS)).toEqual([]);
    }
    expect(notIn(THIRD_PERSON_SUBJECTS, SUBJECT_PRONOUNS)).toEqual([]);
  });

  it('a gendered role is a role noun, and a title synonym maps a title noun', () => {
    expect(notIn(GENDERED_ROLES.keys(), new Set([...TITLE_NOUNS, ...OWN_ROLE_NOUNS, ...NON_COREFERENT_ROLES]))).toEqual([]);
    expect(notIn([...TITLE_SYNONYMS.keys()].filter((k) => !k.includes(' ')), TITLE_NOUNS)).toEqual([]);
  });
});
