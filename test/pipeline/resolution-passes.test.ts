import type { Decisions } from '../../src/pipeline/resolution/decisions';
import { noDecisions } from '../../src/pipeline/resolution/decisions';
import { resolveDescriptions } from '../../src/pipeline/resolution/descriptions';
import { resolveFullNames } from '../../src/pipeline/resolution/full-names';
import { nameEntities } from '../../src/pipeline/resolution/naming';
import { resolvePronouns } from '../../src/pipeline/resolution/pronouns';
import { resolveShortForms } from '../../src/pipeline/resolution/short-forms';
import type { ResolutionInput } from '../../src/pipeline/resolution/context';
import { build, groupsOf, passInput, priorDecisions, type Built } from './build';

/**
 * Each resolution pass alone, on hand-built documents (test/pipeline/build.ts): `{…}` marks a
 * mention, `#id` the entities the passes before it decided. A case gives the pass's decisions in
 * words: the mention texts of each entity (in order of first mention) and the mentions left
 * unresolved. The short-forms pass reads the full-name index the full-names pass builds, so its
 * cases run that pass first.
 */
interface Case {
  readonly name: string;
  readonly text: string;
  readonly entities: readonly (readonly string[])[];
  readonly unresolved?: readonly string[];
}

type Pass = (b: Built, input: ResolutionInput) => Decisions;

interface Table {
  readonly pass: string;
  readonly run: Pass;
  readonly cases: readonly Case[];
}

const TABLES: readonly Table[] = [
  {
    pass: 'full names',
    run: (_b, input) => resolveFullNames(input, noDecisions(input)).decisions,
    cases: [
      { name: 'one full name, twice', text: '{Alan Brennan} spoke. Later {Alan Brennan} left.', entities: [['Alan Brennan', 'Alan Brennan']] },
      { name: 'a one-edit typo merges', text: '{Alan Brennan} spoke. Later {Aaln Brennan} left.', entities: [['Alan Brennan', 'Aaln Brennan']] },
      { name: 'two people', text: '{Alan Brennan} met {Jane Doe}.', entities: [['Alan Brennan'], ['Jane Doe']] },
      {
        name: 'short forms are not its business',
        text: '{Alan Brennan} spoke. {Mr Brennan} left.',
        entities: [['Alan Brennan']],
        unresolved: ['Mr Brennan'],
      },
    ],
  },
  {
    pass: 'short forms',
    run: (_b, input) => {
      const { decisions, fullNames } = resolveFullNames(input, noDecisions(input));
      return resolveShortForms(input, decisions, fullNames);
    },
    cases: [
      { name: 'a surname joins its full name', text: '{Alan Brennan} spoke. {Mr Brennan} left.', entities: [['Alan Brennan', 'Mr Brennan']] },
      { name: 'a knight’s first name joins', text: '{Sir Alan Brennan} spoke. {Sir Alan} left.', entities: [['Sir Alan Brennan', 'Sir Alan']] },
      {
        name: 'a short form that fits nobody makes its own entity',
        text: '{Alan Brennan} spoke. {Ms Okafor} left. {Ms Okafor} returned.',
        entities: [['Alan Brennan'], ['Ms Okafor', 'Ms Okafor']],
      },
    ],
  },
  {
    pass: 'descriptions',
    run: (b, input) => resolveDescriptions(input, priorDecisions(b, input)),
    cases: [
      { name: 'the author', text: '{I|author} asked. {Me|author} again.', entities: [['I', 'Me']] },
      {
        name: 'an organisation named again by its noun',
        text: '{Acme Retail|organisation} reported losses. {the company|organisation} said more.',
        entities: [['Acme Retail', 'the company']],
      },
      {
        name: 'the statement speaks for whoever issued it',
        text: '{Acme Retail|organisation} issued a statement. {the statement|organisation} said sales fell.',
        entities: [['Acme Retail', 'the statement']],
      },
      {
        name: 'the letter speaks for its writer, not for the object of a preposition',
        text: 'In a letter to {the committee|organisation}, {Dr Anneke Vorst#a} wrote more. {the letter|organisation} said work slipped.',
        entities: [['the committee'], ['Dr Anneke Vorst', 'the letter']],
      },
      {
        name: 'an unrelated description is an organisation of its own',
        text: '{Acme Retail|organisation} reported losses. {the police|organisation} said more.',
        entities: [['Acme Retail'], ['the police']],
      },
      {
        name: 'an indefinite source is nobody named before',
        text: '{Jane Doe#a} spoke. {a source|anonymous} added.',
        entities: [['Jane Doe'], ['a source']],
      },
      {
        name: 'a named person is left to the name passes',
        text: '{Jane Doe#a} spoke. {the spokesman} added.',
        entities: [['Jane Doe'], ['the spokesman']],
      },
    ],
  },
  {
    pass: 'pronouns',
    run: (b, input) => resolvePronouns(input, priorDecisions(b, input)),
    cases: [
      { name: 'she → the woman named before', text: '{Ms Jane Doe#a} arrived late. {She} said the talks had failed.', entities: [['Ms Jane Doe', 'She']] },
      { name: 'he → the man named before', text: '{Mr Tom Reid#a} arrived late. {He} said the talks had failed.', entities: [['Mr Tom Reid', 'He']] },
      {
        name: 'she does not go to a man',
        text: '{Mr Tom Reid#a} arrived late. {She} said the talks had failed.',
        entities: [['Mr Tom Reid']],
        unresolved: ['She'],
      },
      { name: 'no antecedent, no entity', text: '{He} said the talks had failed.', entities: [], unresolved: ['He'] },
      {
        name: 'who → the person a place after “of” qualifies',
        text: 'Rivals such as {Sen. Tom Reid#a} of Ohio, {who|pronoun} mused on Thursday, agreed.',
        entities: [['Sen. Tom Reid', 'who']],
      },
    ],
  },
];

describe('resolution passes, each alone on hand-built documents', () => {
  describe.each(TABLES.map((t) => [t.pass, t] as const))('%s', (_name, table) => {
    it.each(table.cases.map((c) => [c.name, c] as const))('%s', (_case, c) => {
      const b = build(c.text);
      const got = groupsOf(b, table.run(b, passInput(b)));
      expect(got).toEqual({ entities: c.entities, unresolved: c.unresolved ?? [] });
    });
  });
});

describe('naming pass alone', () => {
  it('names an entity by its fullest form and keeps the honorific', () => {
    const b = build('{Sir Alan Brennan#a} spoke. Later {Sir Alan#a} left.');
    const { entities, entityOf } = nameEntities(b.text, priorDecisions(b));
    expect(entityOf).toEqual([0, 0]);
    expect(entities.map((e) => ({ name: e.name, honorific: e.honorific, gender: e.gender }))).toEqual([
      { name: 'Alan Brennan', honorific: 'Sir', gender: 'male' },
    ]);
  });

  it('keeps two entities apart', () => {
    const b = build('{Ms Jane Doe#a} met {Mr Tom Reid#b}.');
    expect(nameEntities(b.text, priorDecisions(b)).entities.map((e) => e.name)).toEqual(['Jane Doe', 'Tom Reid']);
  });
});
